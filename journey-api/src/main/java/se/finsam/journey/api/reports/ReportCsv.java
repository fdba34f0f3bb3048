package se.finsam.journey.api.reports;

import java.math.BigDecimal;
import java.util.Map;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.ReportFigures;

/**
 * The report as CSV the way Swedish spreadsheets open it: UTF-8 with a byte-order mark, semicolons between
 * fields, decimal commas. One row per figure: its dotted path, its value, and with {@code compare=previous} last
 * year's value and the change.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(ReportService.Computed computed, String manifest) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        ReportQuery query = computed.query();
        boolean compared = computed.comparison() != null;
        csv.append("# definitions ").append(computed.figures().definitions()).append("; period ")
                .append(query.from()).append("–").append(query.to()).append("; scope ")
                .append(String.join(",", computed.scope())).append("; position ").append(computed.position())
                .append(query.asOf() == null ? "" : "; as of " + query.asOf()).append("; manifest ").append(manifest)
                .append("\r\n");
        csv.append(compared ? "figure;value;previous;change\r\n" : "figure;value\r\n");
        ReportFigures figures = computed.figures();
        Map<String, Figure> previous = compared ? computed.comparison().previousFigures().cells() : Map.of();
        Map<String, Object> change = compared ? computed.comparison().change() : Map.of();
        for (Map.Entry<String, Figure> cell : figures.cells().entrySet()) {
            csv.append(field(cell.getKey())).append(';').append(value(cell.getValue().rendered()));
            if (compared) {
                Figure before = previous.get(cell.getKey());
                csv.append(';').append(value(before == null ? null : before.rendered()))
                        .append(';').append(value(change.get(cell.getKey())));
            }
            csv.append("\r\n");
        }
        return csv.toString();
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
