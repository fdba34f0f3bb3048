package se.finsam.journey.api.ledger.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.ledger.figures.Cells;
import se.finsam.journey.ledger.figures.GoalFigures;
import se.finsam.journey.ledger.figures.Value;

/**
 * A ledger report as CSV the way Swedish spreadsheets open it, like the participant report's: UTF-8 with a
 * byte-order mark, semicolons, decimal commas, the question and manifest in the first line. One row per figure (its
 * dotted path, value, and compared last year's value and the change), or for the goal report one row per goal. A
 * cell small-number protection hides is empty, and named in a last column {@code suppressed}.
 */
public final class LedgerReportCsv {

    private LedgerReportCsv() {
    }

    public static String of(LedgerReportAnswer answer) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("# report ").append(answer.report()).append("; definitions ").append(answer.definitions())
                .append("; period ").append(answer.period().from()).append("–").append(answer.period().to())
                .append("; scope ").append(String.join(",", answer.scope().initiatives())).append("; position ")
                .append(answer.position()).append(answer.asOf() == null ? "" : "; as of " + answer.asOf())
                .append("; manifest ").append(answer.manifest())
                .append(answer.suppression() == null ? "" : "; suppressed below " + answer.suppression().threshold())
                .append("\r\n");
        if (answer.figures() instanceof GoalFigures goals) {
            return goals(csv, goals);
        }
        boolean compared = answer.previous() != null;
        boolean protectedCells = answer.suppression() != null;
        csv.append(compared ? "figure;value;previous;change" : "figure;value").append(protectedCells ? ";suppressed" : "")
                .append("\r\n");
        Map<String, Value> before = compared ? Cells.of(answer.previous().figures()) : Map.of();
        Set<String> hidden = protectedCells ? Set.copyOf(answer.suppression().cells()) : Set.of();
        Set<String> hiddenBefore = protectedCells ? Set.copyOf(answer.suppression().previousCells()) : Set.of();
        Cells.of(answer.figures()).forEach((path, value) -> {
            csv.append(field(path)).append(';').append(number(value.rendered()));
            String marked = hidden.contains(path) ? "value" : "";
            if (compared) {
                Value then = before.get(path);
                Value change = answer.change().get(path);
                csv.append(';').append(then == null ? "" : number(then.rendered())).append(';')
                        .append(change == null ? "" : number(change.rendered()));
                if (hiddenBefore.contains(path)) {
                    marked = (marked + " previous").strip();
                }
                if (change != null && change.rendered() == null && (hidden.contains(path) || hiddenBefore.contains(path))) {
                    marked = (marked + " change").strip();
                }
            }
            csv.append(protectedCells ? ";" + marked : "").append("\r\n");
        });
        return csv.toString();
    }

    private static String goals(StringBuilder csv, GoalFigures goals) {
        csv.append("ledger;goal;year;area;text;figure;direction;target;result;previous;change;reached;assessment;"
                + "attainment\r\n");
        goals.goals().values().forEach(goal -> {
            String figure = goal.figure() == null ? "" : goal.figure().isNational() ? goal.figure().figure()
                    : goal.figure().definition() + " v" + goal.figure().version() + " " + goal.figure().table() + " "
                    + goal.figure().cell();
            List<String> fields = List.of(field(goal.ledger()), field(goal.goal()), String.valueOf(goal.year()),
                    field(goal.area()), field(goal.text()), field(figure), field(orEmpty(goal.direction())),
                    goal.target() == null ? "" : number(goal.target().rendered()), number(goal.result().rendered()),
                    number(goal.previousResult().rendered()), number(goal.change().rendered()),
                    goal.reached() == null ? "" : goal.reached() ? "yes" : "no",
                    goal.assessment() == null ? "" : field(goal.assessment().text()),
                    goal.assessment() == null ? "" : field(orEmpty(goal.assessment().attainment())));
            csv.append(String.join(";", fields)).append("\r\n");
        });
        return csv.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String number(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString().replace('.', ',') : value.toString();
    }

    /** Quotes a field that holds a separator, a quote or a line break (RFC 4180), and defuses formulas. */
    private static String field(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
