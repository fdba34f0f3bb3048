package se.finsam.journey.api.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.Suppression;

/**
 * The report as CSV the way Swedish spreadsheets open it: UTF-8 with a byte-order mark, semicolons between
 * fields, decimal commas. One row per figure: its dotted path, its value, and with {@code compare=previous} last
 * year's value and the change. With small-cell protection ({@code suppress=N}) the first line names the threshold,
 * a hidden value is empty, and a last column {@code suppressed} names the row's hidden fields ({@code value},
 * {@code previous}, {@code change}, space-separated; empty when none), so an empty hidden cell cannot be taken
 * for a share over nobody.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /** The CSV of a published report, with the cells its suppression hides (if any) left empty and marked. */
    public static String of(Published<ReportService.Computed, Suppression> published) {
        ReportService.Computed computed = published.figures();
        String manifest = published.manifest();
        Suppression suppression = published.suppression();
        StringBuilder csv = new StringBuilder("\uFEFF");
        ReportQuery query = computed.query();
        boolean compared = computed.comparison() != null;
        csv.append("# definitions ").append(computed.figures().definitions()).append("; period ")
                .append(query.from()).append("–").append(query.to()).append("; scope ")
                .append(String.join(",", computed.scope())).append("; position ").append(computed.position())
                .append(query.asOf() == null ? "" : "; as of " + query.asOf()).append("; manifest ").append(manifest)
                .append(suppression == null ? "" : "; suppressed below " + suppression.threshold())
                .append("\r\n");
        csv.append(compared ? "figure;value;previous;change" : "figure;value")
                .append(suppression == null ? "\r\n" : ";suppressed\r\n");
        ReportFigures figures = computed.figures();
        Map<String, Figure> previous = compared ? computed.comparison().previousFigures().cells() : Map.of();
        Map<String, Object> change = compared
                ? suppression == null ? computed.comparison().change() : suppression.change() : Map.of();
        Set<String> hidden = suppression == null ? Set.of() : Set.copyOf(suppression.cells());
        Set<String> previousHidden = suppression == null ? Set.of() : Set.copyOf(suppression.previousCells());
        for (Map.Entry<String, Figure> cell : figures.cells().entrySet()) {
            String path = cell.getKey();
            List<String> marked = new ArrayList<>();
            csv.append(field(path)).append(';').append(value(shown(cell.getValue(), hidden.contains(path), "value", marked)));
            if (compared) {
                Figure before = previous.get(path);
                csv.append(';').append(value(shown(before, previousHidden.contains(path), "previous", marked)));
                if (change.containsKey(path) && change.get(path) == null) {
                    marked.add("change");
                }
                csv.append(';').append(value(change.get(path)));
            }
            if (suppression != null) {
                csv.append(';').append(String.join(" ", marked));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** The figure's rendered value, or null (and {@code field} marked) when it is hidden. */
    private static Object shown(Figure figure, boolean hidden, String field, List<String> marked) {
        if (hidden) {
            marked.add(field);
            return null;
        }
        return figure == null ? null : figure.rendered();
    }

    private static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        return field(value.toString());
    }

    /** Quotes a field that holds a separator, a quote or a line break (RFC 4180), and defuses formulas. */
    private static String field(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+") ? "'" + text : text;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
