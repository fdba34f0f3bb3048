package se.finsam.journey.api.tables.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.tables.DefinitionStore;
import se.finsam.journey.api.tables.TableReports;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.TableSuppression;

/**
 * A definition's tables as CSV the way Swedish spreadsheets open it (UTF-8 with a byte-order mark, semicolons,
 * decimal commas), like the participant report's: a first line naming the definition (id, version, SHA-256), the
 * question and the manifest; then one row per cell, {@code table;row;column;value;now} (with a comparison
 * {@code ;previous;change}), rows and columns by their keys as in the API's cell keys; a cell hidden by small-cell
 * protection is empty and named in the last column {@code suppressed}.
 */
final class TableCsv {

    private TableCsv() {
    }

    static String of(TableReports.Published published) {
        ReportQuery query = published.computed().query();
        DefinitionStore.Version version = published.computed().definition().version();
        boolean compared = query.comparePrevious();
        boolean suppressed = published.threshold() != null;
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("# definition ").append(version.id()).append(" version ").append(version.version())
                .append(" sha256 ").append(version.sha256()).append("; period ").append(query.from()).append("–")
                .append(query.to()).append("; scope ").append(String.join(",", published.computed().scope()))
                .append("; position ").append(published.computed().position())
                .append(query.asOf() == null ? "" : "; as of " + query.asOf()).append("; manifest ")
                .append(published.manifest()).append(suppressed ? "; suppressed below " + published.threshold() : "")
                .append("\r\n");
        csv.append("table;row;column;value;now").append(compared ? ";previous;change" : "")
                .append(suppressed ? ";suppressed" : "").append("\r\n");
        for (ComputedTable table : published.computed().tables()) {
            TableSuppression.Hidden hidden = published.hidden().get(table.spec().id());
            Map<String, Object> now = table.current().render(hidden.cells());
            Map<String, Object> before = compared ? table.previous().render(hidden.previousCells()) : Map.of();
            Map<String, Object> change = compared ? table.change(hidden.either()) : Map.of();
            for (String row : table.current().rows()) {
                for (String column : table.spec().hasColumns() ? table.current().columns()
                        : java.util.Collections.<String>singletonList(null)) {
                    for (var value : table.spec().values()) {
                        String key = (column == null ? row : row + "/" + column) + "/" + value.name();
                        List<String> marked = new ArrayList<>();
                        csv.append(field(table.spec().id())).append(';').append(field(row)).append(';')
                                .append(column == null ? "" : field(column)).append(';').append(value.name())
                                .append(';').append(shown(now.get(key), hidden.cells().contains(key), "now", marked));
                        if (compared) {
                            csv.append(';').append(shown(before.get(key), hidden.previousCells().contains(key),
                                    "previous", marked));
                            boolean changeHidden = change.containsKey(key) && change.get(key) == null;
                            csv.append(';').append(shown(change.get(key), changeHidden, "change", marked));
                        }
                        if (suppressed) {
                            csv.append(';').append(String.join(" ", marked));
                        }
                        csv.append("\r\n");
                    }
                }
            }
        }
        return csv.toString();
    }

    private static String shown(Object value, boolean hidden, String field, List<String> marked) {
        if (hidden) {
            marked.add(field);
            return "";
        }
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString().replace('.', ',') : value.toString();
    }

    /** Quotes a field that holds a separator, a quote or a line break (RFC 4180), and defuses formulas. */
    private static String field(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
