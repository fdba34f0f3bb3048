package se.finsam.journey.api.reports.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.web.util.UriComponentsBuilder;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.reports.Suppression;

/**
 * A computed report ready to show: every cell of {@link ReportLayout} with its value, last year's value and the
 * change, as numbers (for the XLSX) and as text in the user's language (decimal comma, "%", "–" for a share over
 * nobody, "·" for a cell hidden by small-cell protection), and every count linked to its lineage.
 */
public final class ReportView {

    public enum Kind { COUNT, SHARE, MEAN }

    /** One value: the number (Integer, BigDecimal or null), whether it is hidden, its text and its lineage link. */
    public record Value(Object number, Kind kind, boolean hidden, String text, String href) {
    }

    /** A change: the number (null when there is none or it is hidden), its text, and its direction for styling. */
    public record Change(Object number, boolean hidden, String text, String direction, String spoken) {
    }

    /** One column group of a row: the value, last year's and the change (the latter two null without comparison). */
    public record Cell(Value now, Value before, Change change) {
    }

    public record Row(String label, List<Cell> cells, boolean total) {
    }

    public record Table(String caption, List<String> columns, List<Row> rows) {
    }

    public record Section(String id, String title, List<Table> tables) {
    }

    private final ReportService.Computed computed;
    private final Suppression suppression;
    private final Locale locale;
    private final Function<String, String> text;
    private final List<Section> sections;

    ReportView(ReportService.Computed computed, Suppression suppression, Locale locale, Function<String, String> text) {
        this.computed = computed;
        this.suppression = suppression;
        this.locale = locale;
        this.text = text;
        Map<String, Figure> now = computed.figures().cells();
        Map<String, Figure> before = computed.comparison() == null ? Map.of()
                : computed.comparison().previousFigures().cells();
        Map<String, Figure> all = new LinkedHashMap<>(now);
        before.forEach(all::putIfAbsent);
        Map<String, Object> change = computed.comparison() == null ? Map.of()
                : suppression == null ? computed.comparison().change() : suppression.change();
        Set<String> hidden = suppression == null ? Set.of() : Set.copyOf(suppression.cells());
        Set<String> hiddenBefore = suppression == null ? Set.of() : Set.copyOf(suppression.previousCells());
        ReportPeriod period = new ReportPeriod(computed.query().from(), computed.query().to());
        ReportPeriod earlier = computed.comparison() == null ? null : computed.comparison().previousFigures().period();
        List<Section> built = new ArrayList<>();
        for (ReportLayout.Section section : ReportLayout.of(all, text)) {
            List<Table> tables = new ArrayList<>();
            for (ReportLayout.Table table : section.tables()) {
                List<Row> rows = new ArrayList<>();
                for (ReportLayout.Row row : table.rows()) {
                    List<Cell> cells = new ArrayList<>();
                    for (String path : row.paths()) {
                        if (path == null) {
                            cells.add(null);
                            continue;
                        }
                        Value value = value(path, now.get(path), hidden.contains(path), period);
                        Value previous = earlier == null ? null
                                : value(path, before.get(path), hiddenBefore.contains(path), earlier);
                        Change difference = earlier == null ? null
                                : change(change.containsKey(path), change.get(path), value.kind());
                        cells.add(new Cell(value, previous, difference));
                    }
                    rows.add(new Row(row.label(), cells, row.total()));
                }
                tables.add(new Table(table.caption(), table.columns(), rows));
            }
            built.add(new Section(section.id(), section.title(), tables));
        }
        this.sections = built;
    }

    public List<Section> sections() {
        return sections;
    }

    public boolean compared() {
        return computed.comparison() != null;
    }

    public ReportService.Computed computed() {
        return computed;
    }

    public Suppression suppression() {
        return suppression;
    }

    static Kind kind(String path, Figure figure) {
        if (figure instanceof Figure.Count) {
            return Kind.COUNT;
        }
        return path.contains(".shares.") || path.endsWith(".share") ? Kind.SHARE : Kind.MEAN;
    }

    private Value value(String path, Figure figure, boolean hidden, ReportPeriod period) {
        Kind kind = figure == null ? Kind.COUNT : kind(path, figure);
        if (hidden) {
            return new Value(null, kind, true, "·", null);
        }
        if (figure == null) {
            return new Value(null, kind, false, "–", null);
        }
        Object number = figure.rendered();
        String href = kind == Kind.COUNT ? lineage(computed.query(), period, path) : null;
        return new Value(number, kind, false, format(number, kind), href);
    }

    private Change change(boolean present, Object number, Kind kind) {
        if (present && number == null) {
            return new Change(null, true, "·", "hidden", text.apply("reports.hidden"));
        }
        if (number == null) {
            return new Change(null, false, "–", "none", text.apply("reports.change.none"));
        }
        int sign = number instanceof Integer i ? Integer.signum(i) : ((BigDecimal) number).signum();
        String magnitude = format(number instanceof Integer i ? Integer.valueOf(Math.abs(i)) : ((BigDecimal) number).abs(),
                kind == Kind.SHARE ? Kind.MEAN : kind) + (kind == Kind.SHARE ? " " + text.apply("reports.points") : "");
        return switch (sign) {
            case 1 -> new Change(number, false, "▲ +" + magnitude, "up", text.apply("reports.change.up") + " " + magnitude);
            case -1 -> new Change(number, false, "▼ −" + magnitude, "down",
                    text.apply("reports.change.down") + " " + magnitude);
            default -> new Change(number, false, "± 0", "same", text.apply("reports.change.same"));
        };
    }

    /** Swedish style in Swedish (decimal comma, space before %), English style in English. */
    String format(Object number, Kind kind) {
        if (number == null) {
            return "–";
        }
        if (number instanceof Integer i) {
            return String.valueOf(i);
        }
        DecimalFormat decimals = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
        String shown = decimals.format(number).replace('-', '−');
        return kind == Kind.SHARE ? shown + " %" : shown;
    }

    /**
     * The lineage page of a count: the same scope, period and as-of as the report, plus the cell's dotted path
     * (the parameter names of the REST lineage endpoint).
     */
    static String lineage(ReportQuery query, ReportPeriod period, String cell) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/app/lineage");
        if (query.association() != null) {
            uri.queryParam("association", "{association}");
        } else {
            for (int i = 0; i < query.initiatives().size(); i++) {
                uri.queryParam("initiative", "{i" + i + "}");
            }
        }
        uri.queryParam("from", period.from()).queryParam("to", period.to());
        if (query.asOf() != null) {
            uri.queryParam("asOf", "{asOf}");
        }
        uri.queryParam("cell", "{cell}");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("association", query.association());
        for (int i = 0; i < query.initiatives().size(); i++) {
            values.put("i" + i, query.initiatives().get(i));
        }
        values.put("asOf", query.asOf() == null ? null : query.asOf().toString());
        values.put("cell", cell);
        return uri.encode().buildAndExpand(values).toUriString();
    }
}
