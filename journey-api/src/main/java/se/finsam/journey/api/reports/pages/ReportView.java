package se.finsam.journey.api.reports.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.web.util.UriComponentsBuilder;
import se.finsam.journey.api.reports.Published;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.catalogue.FigureKind;
import se.finsam.journey.catalogue.FigureName;
import se.finsam.journey.catalogue.Layout;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.reports.Suppression;

/**
 * A computed report ready to show: every cell of {@link ReportLayout} with its value, last year's value and the
 * change, as numbers (for the XLSX) and as text in the user's language (decimal comma, "%", "–" for a share over
 * nobody, "·" for a cell hidden by small-cell protection), and every count linked to its lineage.
 */
public final class ReportView {

    /** One value: the number (Integer, BigDecimal or null), whether it is hidden, its text and its lineage link. */
    public record Value(Object number, FigureKind kind, boolean hidden, String text, String href) {
    }

    /** A change: the number (null when there is none or it is hidden), its text, and its direction for styling. */
    public record Change(Object number, boolean hidden, String text, String direction, String spoken) {
    }

    /**
     * One column group of a row: the figure, its value, last year's and the change (the latter two null without
     * comparison).
     */
    public record Cell(FigureName name, Value now, Value before, Change change) {
    }

    public record Row(String label, List<Cell> cells, boolean total) {

        /** The row's figure of {@code family}, if it has one. */
        public Optional<Cell> cellOf(FigureFamily family) {
            return cells.stream().filter(cell -> cell != null && cell.name().family() == family).findFirst();
        }

        /** The row's first figure of {@code kind}, if it has one. */
        public Optional<Cell> cellOf(FigureKind kind) {
            return cells.stream().filter(cell -> cell != null && cell.name().family().kind() == kind).findFirst();
        }
    }

    /** A table of the report, and the table of the layout it was filled from. */
    public record Table(Layout.Table layout, String caption, List<String> columns, List<Row> rows) {
    }

    public record Section(String id, String title, List<Table> tables) {
    }

    private final ReportService.Computed computed;
    private final Suppression suppression;
    private final Locale locale;
    private final Function<String, String> text;
    private final List<Section> sections;

    ReportView(Published<ReportService.Computed, Suppression> published, Locale locale, Function<String, String> text) {
        this.computed = published.figures();
        this.suppression = published.suppression();
        this.locale = locale;
        this.text = text;
        ReportFigures previousFigures = computed.comparison() == null ? null : computed.comparison().previousFigures();
        Map<String, Figure> now = computed.figures().cells();
        Map<String, Figure> before = previousFigures == null ? Map.of() : previousFigures.cells();
        Map<String, Object> change = computed.comparison() == null ? Map.of()
                : suppression == null ? computed.comparison().change() : suppression.change();
        Set<String> hidden = suppression == null ? Set.of() : Set.copyOf(suppression.cells());
        Set<String> hiddenBefore = suppression == null ? Set.of() : Set.copyOf(suppression.previousCells());
        ReportPeriod period = new ReportPeriod(computed.query().from(), computed.query().to());
        ReportPeriod earlier = previousFigures == null ? null : previousFigures.period();
        List<Section> built = new ArrayList<>();
        for (ReportLayout.Section section : ReportLayout.of(computed.figures(), previousFigures, text)) {
            List<Table> tables = new ArrayList<>();
            for (ReportLayout.Table table : section.tables()) {
                List<Row> rows = new ArrayList<>();
                for (ReportLayout.Row row : table.rows()) {
                    List<Cell> cells = new ArrayList<>();
                    for (FigureName name : row.names()) {
                        if (name == null) {
                            cells.add(null);
                            continue;
                        }
                        String path = name.path();
                        FigureKind kind = name.family().kind();
                        Value value = value(path, kind, now.get(path), hidden.contains(path), period);
                        Value previous = earlier == null ? null
                                : value(path, kind, before.get(path), hiddenBefore.contains(path), earlier);
                        Change difference = earlier == null ? null
                                : change(change.containsKey(path), change.get(path), kind);
                        cells.add(new Cell(name, value, previous, difference));
                    }
                    rows.add(new Row(row.label(), cells, row.total()));
                }
                tables.add(new Table(table.layout(), table.caption(), table.columns(), rows));
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

    /** The report's tables filled from {@code table} of the layout (one per key for a table per key). */
    public List<Table> tables(Layout.Table table) {
        return sections.stream().flatMap(section -> section.tables().stream())
                .filter(shown -> shown.layout() == table).toList();
    }

    private Value value(String path, FigureKind kind, Figure figure, boolean hidden, ReportPeriod period) {
        if (hidden) {
            return new Value(null, kind, true, "·", null);
        }
        if (figure == null) {
            return new Value(null, kind, false, "–", null);
        }
        Object number = figure.rendered();
        String href = kind == FigureKind.COUNT ? lineage(computed.query(), period, path) : null;
        return new Value(number, kind, false, format(number, kind), href);
    }

    private Change change(boolean present, Object number, FigureKind kind) {
        if (present && number == null) {
            return new Change(null, true, "·", "hidden", text.apply("reports.hidden"));
        }
        if (number == null) {
            return new Change(null, false, "–", "none", text.apply("reports.change.none"));
        }
        int sign = number instanceof Integer i ? Integer.signum(i) : ((BigDecimal) number).signum();
        String magnitude = format(number instanceof Integer i ? Integer.valueOf(Math.abs(i)) : ((BigDecimal) number).abs(),
                kind == FigureKind.SHARE ? FigureKind.MEAN : kind) + (kind == FigureKind.SHARE ? " " + text.apply("reports.points") : "");
        return switch (sign) {
            case 1 -> new Change(number, false, "▲ +" + magnitude, "up", text.apply("reports.change.up") + " " + magnitude);
            case -1 -> new Change(number, false, "▼ −" + magnitude, "down",
                    text.apply("reports.change.down") + " " + magnitude);
            default -> new Change(number, false, "± 0", "same", text.apply("reports.change.same"));
        };
    }

    /** Swedish style in Swedish (decimal comma, space before %), English style in English. */
    String format(Object number, FigureKind kind) {
        if (number == null) {
            return "–";
        }
        if (number instanceof Integer i) {
            return String.valueOf(i);
        }
        DecimalFormat decimals = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
        String shown = decimals.format(number).replace('-', '−');
        return kind == FigureKind.SHARE ? shown + " %" : shown;
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
