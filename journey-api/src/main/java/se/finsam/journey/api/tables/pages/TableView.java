package se.finsam.journey.api.tables.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;
import se.finsam.journey.catalogue.FigureKind;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.pages.ReportView;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.TableFigures;
import se.finsam.journey.tables.TableSuppression;
import se.finsam.journey.tables.TableValue;

/**
 * A definition's computed tables ready to show, in the page, the print view and the workbook alike: every cell's
 * value, last year's and the change, as numbers and as text in the user's language (decimal comma, "%", "–" over
 * nobody, "·" hidden by small-cell protection), rows and columns in words, and every count linked to the journeys
 * behind it (when the tables are of a stored version; a preview links nowhere).
 */
public final class TableView {

    /** One table: its id, title, population, column labels (empty without columns), value labels and rows. */
    public record Table(String id, String title, String population, List<String> columns, List<String> values,
                        List<Row> rows, int decimals) {

        public int cellsPerColumn() {
            return values.size();
        }
    }

    /** A row: its label, whether it is the total, and its cells, column by column and value by value. */
    public record Row(String label, boolean total, List<ReportView.Cell> cells) {
    }

    /** What lineage links need: the stored version the tables are of. */
    public record Source(String definitionId, int version) {
    }

    private final List<Table> tables = new ArrayList<>();
    private final boolean compared;

    /**
     * @param source the stored version, for lineage links; null for a preview
     */
    TableView(List<ComputedTable> computed, Map<String, TableSuppression.Hidden> hidden, ReportQuery query,
              Source source, TableLabels labels, Locale locale) {
        this.compared = !computed.isEmpty() && computed.get(0).compared();
        for (ComputedTable table : computed) {
            tables.add(table(table, hidden.get(table.spec().id()), query, source, labels, locale));
        }
    }

    public List<Table> tables() {
        return tables;
    }

    public boolean compared() {
        return compared;
    }

    private Table table(ComputedTable table, TableSuppression.Hidden hidden, ReportQuery query, Source source,
                        TableLabels labels, Locale locale) {
        var spec = table.spec();
        TableFigures now = table.current();
        Map<String, Object> shown = now.render(hidden.cells());
        Map<String, Object> before = compared ? table.previous().render(hidden.previousCells()) : Map.of();
        Map<String, Object> change = compared ? table.change(hidden.either()) : Map.of();
        List<String> columnKeys = spec.hasColumns() ? now.columns() : java.util.Collections.singletonList(null);
        List<Row> rows = new ArrayList<>();
        for (String row : now.rows()) {
            List<ReportView.Cell> cells = new ArrayList<>();
            for (String column : columnKeys) {
                String cell = column == null ? row : row + "/" + column;
                for (TableValue value : spec.values()) {
                    String key = cell + "/" + value.name();
                    FigureKind kind = kind(value);
                    ReportView.Value valueNow = value(shown, key, hidden.cells(), kind, spec.decimals(), locale,
                            link(source, query, new ReportPeriod(query.from(), query.to()), spec.id(), cell, kind));
                    ReportView.Value valueBefore = compared ? value(before, key, hidden.previousCells(), kind,
                            spec.decimals(), locale, link(source, query, table.previous().period(), spec.id(), cell,
                                    kind)) : null;
                    ReportView.Change difference = compared ? change(change.containsKey(key), change.get(key), kind,
                            spec.decimals(), labels, locale) : null;
                    cells.add(new ReportView.Cell(null, valueNow, valueBefore, difference));
                }
            }
            rows.add(new Row(labels.category(spec.rows(), row, locale), row.equals(TableFigures.TOTAL), cells));
        }
        List<String> columns = spec.hasColumns() ? now.columns().stream()
                .map(column -> labels.category(spec.columns(), column, locale)).toList() : List.of();
        return new Table(spec.id(), spec.title(), labels.population(spec.population(), locale), columns,
                spec.values().stream().map(v -> labels.value(v, locale)).toList(), rows, spec.decimals());
    }

    static FigureKind kind(TableValue value) {
        return value.kind() == TableValue.Kind.COUNT ? FigureKind.COUNT
                : value.isShare() ? FigureKind.SHARE : FigureKind.MEAN;
    }

    private static ReportView.Value value(Map<String, Object> shown, String key, Set<String> hidden,
                                          FigureKind kind, int decimals, Locale locale, String href) {
        if (hidden.contains(key)) {
            return new ReportView.Value(null, kind, true, "·", null);
        }
        Object number = shown.get(key);
        return number == null ? new ReportView.Value(null, kind, false, "–", null)
                : new ReportView.Value(number, kind, false, format(number, kind, decimals, locale), href);
    }

    private static ReportView.Change change(boolean present, Object number, FigureKind kind, int decimals,
                                            TableLabels labels, Locale locale) {
        if (present && number == null) {
            return new ReportView.Change(null, true, "·", "hidden", labels.message("reports.hidden", locale));
        }
        if (number == null) {
            return new ReportView.Change(null, false, "–", "none", labels.message("reports.change.none", locale));
        }
        int sign = number instanceof Integer i ? Integer.signum(i) : ((BigDecimal) number).signum();
        Object size = number instanceof Integer i ? Integer.valueOf(Math.abs(i)) : ((BigDecimal) number).abs();
        String magnitude = format(size, kind == FigureKind.SHARE ? FigureKind.MEAN : kind, decimals, locale)
                + (kind == FigureKind.SHARE ? " " + labels.message("reports.points", locale) : "");
        return switch (sign) {
            case 1 -> new ReportView.Change(number, false, "▲ +" + magnitude, "up",
                    labels.message("reports.change.up", locale) + " " + magnitude);
            case -1 -> new ReportView.Change(number, false, "▼ −" + magnitude, "down",
                    labels.message("reports.change.down", locale) + " " + magnitude);
            default -> new ReportView.Change(number, false, "± 0", "same", labels.message("reports.change.same", locale));
        };
    }

    /** Whole counts; other values with the table's decimals, a decimal comma in Swedish, and "%" for shares. */
    static String format(Object number, FigureKind kind, int decimals, Locale locale) {
        if (number instanceof Integer i) {
            return String.valueOf(i).replace('-', '−');
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        String text = format.format(number).replace('-', '−');
        return kind == FigureKind.SHARE ? text + " %" : text;
    }

    /** The lineage page of a count: the same question and version, the table and the cell. */
    private static String link(Source source, ReportQuery query, ReportPeriod period, String table, String cell,
                               FigureKind kind) {
        if (source == null || kind != FigureKind.COUNT) {
            return null;
        }
        return TableLinks.lineage(query, period, source, table, cell);
    }

    /** The addresses of the table pages, built as the browser would send them. */
    static final class TableLinks {

        private TableLinks() {
        }

        static String lineage(ReportQuery query, ReportPeriod period, Source source, String table, String cell) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/app/tables/lineage");
            Map<String, Object> values = new LinkedHashMap<>();
            uri.queryParam("definition", "{definition}").queryParam("version", source.version());
            values.put("definition", source.definitionId());
            scope(uri, values, query);
            uri.queryParam("from", period.from()).queryParam("to", period.to());
            if (query.asOf() != null) {
                uri.queryParam("asOf", "{asOf}");
                values.put("asOf", query.asOf().toString());
            }
            uri.queryParam("table", "{table}").queryParam("cell", "{cell}");
            values.put("table", table);
            values.put("cell", cell);
            return uri.encode().buildAndExpand(values).toUriString();
        }

        static void scope(UriComponentsBuilder uri, Map<String, Object> values, ReportQuery query) {
            if (query.association() != null) {
                uri.queryParam("association", "{association}");
                values.put("association", query.association());
            } else {
                for (int i = 0; i < query.initiatives().size(); i++) {
                    uri.queryParam("initiative", "{i" + i + "}");
                    values.put("i" + i, query.initiatives().get(i));
                }
            }
        }
    }
}
