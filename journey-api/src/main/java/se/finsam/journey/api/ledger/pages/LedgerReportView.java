package se.finsam.journey.api.ledger.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import se.finsam.journey.api.ledger.reports.LedgerReportAnswer;
import se.finsam.journey.ledger.figures.Cells;
import se.finsam.journey.ledger.figures.GoalFigures;
import se.finsam.journey.ledger.figures.LedgerSections;
import se.finsam.journey.ledger.figures.Value;

/**
 * A ledger report laid out as the seed reports' tables, with the user's labels and number format: economy (allocation
 * and outcome, by financing party, S2's budget table by type of cost, cost per participant, per team), staff (by role,
 * employer, payer, per team), activities (by kind, compared, per team) and the goal-attainment table. Cells are found
 * by their dotted paths, so the HTML and the Excel workbook show the same cells as the API's answer.
 */
public final class LedgerReportView {

    /** One table: its id, caption, column heads and rows. */
    public record Table(String id, String caption, List<String> columns, List<Row> rows) {
    }

    public record Row(String label, List<Cell> cells, boolean total) {
    }

    /** A cell as shown ({@code text}), its number for a spreadsheet (null for none), and whether it is hidden. */
    public record Cell(String text, BigDecimal number, boolean hidden) {
    }

    private final LedgerReportAnswer answer;
    private final Function<String, String> text;
    private final Locale language;
    private final Map<String, Value> now;
    private final Map<String, Value> before;
    private final boolean compared;

    LedgerReportView(LedgerReportAnswer answer, Function<String, String> text, Locale language) {
        this.answer = answer;
        this.text = text;
        this.language = language;
        this.now = Cells.of(answer.figures());
        this.compared = answer.previous() != null;
        this.before = compared ? Cells.of(answer.previous().figures()) : Map.of();
    }

    public List<Table> tables() {
        if (answer.figures() instanceof LedgerSections.Economy economy) {
            return economy(economy);
        }
        if (answer.figures() instanceof LedgerSections.Staff staff) {
            return staff(staff);
        }
        if (answer.figures() instanceof LedgerSections.Activities activities) {
            return activities(activities);
        }
        return goals((GoalFigures) answer.figures());
    }

    public boolean compared() {
        return compared;
    }

    private List<Table> economy(LedgerSections.Economy economy) {
        List<Table> tables = new ArrayList<>();
        tables.add(compared("economy-summary", "ledger.economy.summary", List.of("allocated", "budget", "costs",
                "difference", "shareUsed", "forecast", "forecastDeviation", "budgetDeviation", "costsOutsidePeriod")
                .stream().map(c -> new String[]{text.apply("ledger.economy." + c), "total." + c}).toList()));
        tables.add(compared("economy-parties", "ledger.economy.byParty", economy.total().allocatedByParty().keySet()
                .stream().map(p -> new String[]{LedgerLabels.party(p, text), "total.allocatedByParty." + p}).toList()));
        List<String> typeColumns = List.of("budget", "costs", "difference", "forecast", "deviation");
        List<Row> typeRows = new ArrayList<>();
        economy.total().byCostType().keySet().forEach(type -> typeRows.add(row(LedgerLabels.costType(type, text),
                typeColumns.stream().map(c -> "total.byCostType." + type + "." + c).toList(), false)));
        typeRows.add(row(text.apply("ledger.reports.total"), List.of("total.budget", "total.costs", "total.difference",
                "total.forecast", "total.budgetDeviation"), true));
        tables.add(new Table("economy-cost-types", text.apply("ledger.economy.byCostType"), List.of(
                text.apply("ledger.economy.typeBudget"), text.apply("ledger.economy.typeCosts"),
                text.apply("ledger.economy.typeDifference"), text.apply("ledger.economy.typeForecast"),
                text.apply("ledger.economy.typeDeviation")), typeRows));
        List<String> counts = List.of("participants", "newParticipants", "closures", "greenOutcomes");
        List<String> per = List.of("participant", "newParticipant", "closure", "greenOutcome");
        List<Row> perRows = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            List<Cell> cells = new ArrayList<>(List.of(cell(now, "total.participants." + counts.get(i), false),
                    cell(now, "total.costPer." + per.get(i), false)));
            if (compared) {
                cells.add(cell(before, "total.costPer." + per.get(i), false));
                cells.add(cell(answer.change(), "total.costPer." + per.get(i), true));
            }
            perRows.add(new Row(text.apply("ledger.economy." + counts.get(i)), cells, false));
        }
        List<String> perColumns = new ArrayList<>(List.of(text.apply("ledger.economy.count"),
                text.apply("ledger.economy.costPer")));
        if (compared) {
            perColumns.addAll(List.of(text.apply("ledger.economy.costPer") + " " + text.apply("ledger.reports.before")
                    .toLowerCase(language), text.apply("ledger.reports.change")));
        }
        tables.add(new Table("economy-per-participant", text.apply("ledger.economy.perParticipant"), perColumns, perRows));
        if (!economy.byLedger().isEmpty()) {
            List<String> columns = List.of("allocated", "costs", "difference", "shareUsed", "costPer.participant");
            tables.add(new Table("economy-ledgers", text.apply("ledger.economy.byLedger"), columns.stream()
                    .map(c -> text.apply("ledger.economy." + (c.startsWith("costPer") ? "perParticipant" : c))).toList(),
                    economy.byLedger().keySet().stream().map(key -> row(LedgerLabels.ledger(key, text), columns.stream()
                            .map(c -> "byLedger." + key + "." + c).toList(), false)).toList()));
        }
        return tables;
    }

    private List<Table> staff(LedgerSections.Staff staff) {
        List<Table> tables = new ArrayList<>();
        tables.add(compared("staff-summary", "ledger.staff.summary", List.of("fte", "headcount", "participants",
                "participantsPerFte").stream().map(c -> new String[]{text.apply("ledger.staff." + c), "total." + c})
                .toList()));
        tables.add(compared("staff-roles", "ledger.staff.byRole", staff.total().fteByRole().keySet().stream()
                .map(r -> new String[]{LedgerLabels.role(r, text), "total.fteByRole." + r}).toList()));
        tables.add(compared("staff-employers", "ledger.staff.byEmployer", staff.total().fteByEmployer().keySet()
                .stream().map(p -> new String[]{LedgerLabels.party(p, text), "total.fteByEmployer." + p}).toList()));
        tables.add(compared("staff-payers", "ledger.staff.byPayer", staff.total().fteByPayer().keySet().stream()
                .map(p -> new String[]{LedgerLabels.party(p, text), "total.fteByPayer." + p}).toList()));
        if (!staff.byLedger().isEmpty()) {
            List<String> columns = List.of("fte", "headcount", "participants", "participantsPerFte");
            tables.add(new Table("staff-ledgers", text.apply("ledger.staff.byLedger"), columns.stream()
                    .map(c -> text.apply("ledger.staff." + c)).toList(), staff.byLedger().keySet().stream()
                    .map(key -> row(LedgerLabels.ledger(key, text), columns.stream().map(c -> "byLedger." + key + "." + c)
                            .toList(), false)).toList()));
        }
        return tables;
    }

    private List<Table> activities(LedgerSections.Activities activities) {
        List<Table> tables = new ArrayList<>();
        List<String> columns = List.of("activities", "sessions", "attendances", "uniqueParticipants", "women", "men",
                "nonBinary", "genderUnknown", "attendancesPerSession");
        List<Row> rows = new ArrayList<>();
        activities.total().byKind().keySet().forEach(kind -> rows.add(row(LedgerLabels.kind(kind, text),
                columns.stream().map(c -> "total.byKind." + kind + "." + c).toList(), false)));
        rows.add(row(text.apply("ledger.reports.total"), columns.stream().map(c -> "total.total." + c).toList(), true));
        tables.add(new Table("activities-kinds", text.apply("ledger.activities.byKind"), columns.stream()
                .map(c -> text.apply("ledger.activities." + c)).toList(), rows));
        if (compared) {
            List<String[]> compared = new ArrayList<>();
            activities.total().byKind().keySet().forEach(kind -> {
                compared.add(new String[]{LedgerLabels.kind(kind, text) + ": " + text.apply("ledger.activities.sessions")
                        .toLowerCase(language), "total.byKind." + kind + ".sessions"});
                compared.add(new String[]{LedgerLabels.kind(kind, text) + ": " + text.apply(
                        "ledger.activities.uniqueParticipants").toLowerCase(language),
                        "total.byKind." + kind + ".uniqueParticipants"});
            });
            tables.add(compared("activities-compared", "ledger.activities.compared", compared));
        }
        if (!activities.byLedger().isEmpty()) {
            List<String> perLedger = List.of("activities", "sessions", "attendances", "uniqueParticipants");
            tables.add(new Table("activities-ledgers", text.apply("ledger.activities.byLedger"), perLedger.stream()
                    .map(c -> text.apply("ledger.activities." + c)).toList(), activities.byLedger().keySet().stream()
                    .map(key -> row(LedgerLabels.ledger(key, text), perLedger.stream()
                            .map(c -> "byLedger." + key + ".total." + c).toList(), false)).toList()));
        }
        return tables;
    }

    private List<Table> goals(GoalFigures goals) {
        List<String> columns = new ArrayList<>(List.of(text.apply("ledger.goals.figure"), text.apply("ledger.goals.target"),
                text.apply("ledger.goals.result")));
        if (compared) {
            columns.add(text.apply("ledger.goals.previous"));
        }
        columns.addAll(List.of(text.apply("ledger.goals.reached"), text.apply("ledger.goals.assessment")));
        List<Row> rows = new ArrayList<>();
        goals.goals().forEach((key, goal) -> {
            List<Cell> cells = new ArrayList<>();
            String figure = goal.figure() == null ? "–" : (goal.figure().isNational() ? goal.figure().figure()
                    : goal.figure().definition() + " v" + goal.figure().version() + " · " + goal.figure().table()
                    + " · " + goal.figure().cell());
            cells.add(new Cell(figure, null, false));
            cells.add(goal.target() == null ? new Cell("–", null, false) : new Cell(text.apply("ledger.direction."
                    + goal.direction()) + " " + format(goal.target(), false), number(goal.target()), false));
            cells.add(cell(goal.result(), false));
            if (compared) {
                cells.add(cell(goal.previousResult(), false));
            }
            cells.add(new Cell(goal.reached() == null ? "–" : text.apply(goal.reached() ? "ledger.goals.yes"
                    : "ledger.goals.no"), null, false));
            String assessment = goal.assessment() == null ? "–" : (goal.assessment().attainment() == null ? ""
                    : text.apply("ledger.attainment." + goal.assessment().attainment()) + ": ")
                    + goal.assessment().text() + " (" + goal.assessment().date() + ", " + goal.assessment().recordedBy()
                    + ")";
            cells.add(new Cell(assessment, null, false));
            rows.add(new Row(goal.year() + " · " + goal.area() + ": " + goal.text() + " (" + LedgerLabels.ledger(
                    goal.ledger(), text) + ")", cells, false));
        });
        return List.of(new Table("goals", text.apply("ledger.goals.table"), columns, rows));
    }

    /** A table of labelled cells with this year's value and, compared, last year's and the change. */
    private Table compared(String id, String caption, List<String[]> rows) {
        List<String> columns = new ArrayList<>(List.of(text.apply("ledger.reports.now")));
        if (compared) {
            columns.addAll(List.of(text.apply("ledger.reports.before"), text.apply("ledger.reports.change")));
        }
        List<Row> built = new ArrayList<>();
        for (String[] row : rows) {
            List<Cell> cells = new ArrayList<>(List.of(cell(now, row[1], false)));
            if (compared) {
                cells.add(cell(before, row[1], false));
                cells.add(cell(answer.change(), row[1], true));
            }
            built.add(new Row(row[0], cells, false));
        }
        return new Table(id, text.apply(caption), columns, built);
    }

    private Row row(String label, List<String> paths, boolean total) {
        return new Row(label, paths.stream().map(path -> cell(now, path, false)).toList(), total);
    }

    private Cell cell(Map<String, Value> values, String path, boolean change) {
        Value value = values.get(path);
        return value == null ? new Cell("–", null, false) : cell(value, change);
    }

    private Cell cell(Value value, boolean change) {
        if (value.hidden()) {
            return new Cell("·", null, true);
        }
        return value.exact() == null ? new Cell("–", null, false) : new Cell(format(value, change), number(value), false);
    }

    private static BigDecimal number(Value value) {
        Object rendered = value.rendered();
        return rendered == null ? null : rendered instanceof Long whole ? BigDecimal.valueOf(whole) : (BigDecimal) rendered;
    }

    /** The user's number format; whole kronor without öre; a change with its sign. */
    private String format(Value value, boolean change) {
        BigDecimal number = number(value);
        boolean whole = value.unit() == Value.Unit.COUNT || (value.unit() == Value.Unit.KRONOR
                && number.stripTrailingZeros().scale() <= 0);
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMinimumFractionDigits(whole ? 0 : value.unit().decimals());
        format.setMaximumFractionDigits(whole ? 0 : value.unit().decimals());
        String text = format.format(number).replace('-', '\u2212');
        return change && number.signum() > 0 ? "+" + text : text;
    }
}
