package se.finsam.journey.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.finsam.journey.reports.CountedJourneys;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.JourneySet;
import se.finsam.journey.reports.ReportPeriod;

/**
 * One table over one period, exact, with the journeys behind every cell. A cell is a row and (with columns) a
 * column, the totals included; its key in the answer is {@code ROW/VALUE} or {@code ROW/COLUMN/VALUE}, and
 * lineage names it {@code ROW} or {@code ROW/COLUMN}. Every cell has a count, shown or not, which small-cell
 * protection and lineage read.
 */
public final class TableFigures {

    public static final String TOTAL = "total";

    private final TableSpec spec;
    private final ReportPeriod period;
    private final List<String> rows;
    private final List<String> columns;
    /** Every cell's journeys, by lineage key, rows first. */
    private final Map<String, Figure.Count> counts;
    /** The values shown, by cell key, in the order of rows, columns and values. */
    private final Map<String, Figure> cells;
    /** For each share shown, the counts it is worked out from (numerator and denominator), by cell key. */
    private final Map<String, List<String>> sharesOf;

    TableFigures(TableSpec spec, ReportPeriod period, List<String> rows, List<String> columns,
                 Map<String, Figure.Count> counts, Map<String, Figure> cells, Map<String, List<String>> sharesOf) {
        this.spec = spec;
        this.period = period;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.counts = Collections.unmodifiableMap(counts);
        this.cells = Collections.unmodifiableMap(cells);
        this.sharesOf = Collections.unmodifiableMap(sharesOf);
    }

    /** Tabulates the table's population over the given categories (shared by both years of a comparison). */
    static TableFigures tabulate(TableSpec spec, AxisCategories rowAxis, AxisCategories columnAxis, JourneyCodes codes,
                                 int[] members) {
        CountedJourneys journeys = codes.journeys();
        int rowCount = rowAxis.size() + 1;
        int columnCount = columnAxis == null ? 1 : columnAxis.size() + 1;
        JourneySet[] cellMembers = new JourneySet[rowCount * columnCount];
        for (int k = 0; k < cellMembers.length; k++) {
            cellMembers[k] = new JourneySet(journeys.columns(), 8);
        }
        int[] inRows = new int[32];
        int[] inColumns = new int[32];
        AxisCategories.Classifier rowsOf = rowAxis.classifier(codes);
        AxisCategories.Classifier columnsOf = columnAxis == null ? null : columnAxis.classifier(codes);
        for (int i : members) {
            int r = rowsOf.classify(i, inRows);
            inRows[r++] = rowCount - 1;
            int c = 1;
            if (columnsOf != null) {
                c = columnsOf.classify(i, inColumns);
                inColumns[c++] = columnCount - 1;
            } else {
                inColumns[0] = 0;
            }
            for (int a = 0; a < r; a++) {
                for (int b = 0; b < c; b++) {
                    cellMembers[inRows[a] * columnCount + inColumns[b]].add(i);
                }
            }
        }
        List<String> rows = withTotal(rowAxis.labels());
        List<String> columns = columnAxis == null ? List.of() : withTotal(columnAxis.labels());
        return new CellValues(spec, codes, rows, columns, cellMembers).figures(journeys.period());
    }

    private static List<String> withTotal(List<String> labels) {
        List<String> all = new ArrayList<>(labels);
        all.add(TOTAL);
        return all;
    }

    public TableSpec spec() {
        return spec;
    }

    public ReportPeriod period() {
        return period;
    }

    /** The rows in order, {@code total} last. */
    public List<String> rows() {
        return rows;
    }

    /** The columns in order, {@code total} last; empty for a table without columns. */
    public List<String> columns() {
        return columns;
    }

    /** Every value shown, exact, by cell key. */
    public Map<String, Figure> cells() {
        return cells;
    }

    /** Every cell's count (shown or not) by lineage key. */
    public Map<String, Figure.Count> counts() {
        return counts;
    }

    /** The cell keys of the counts a shown share is worked out from (its numerator's and its denominator's). */
    List<String> sharesOf(String cellKey) {
        return sharesOf.getOrDefault(cellKey, List.of());
    }

    /** The count of the cell lineage names {@code ROW} or {@code ROW/COLUMN} (its journeys), if there is one. */
    public Optional<Figure.Count> count(String cell) {
        return Optional.ofNullable(counts.get(cell));
    }

    /** The cells as the answer shows them: counts whole, the rest rounded half-up to the table's decimals. */
    public Map<String, Object> render(Set<String> hidden) {
        Map<String, Object> rendered = new LinkedHashMap<>();
        cells.forEach((key, figure) -> rendered.put(key, hidden.contains(key) ? null : value(figure, spec.decimals())));
        return rendered;
    }

    static Object value(Figure figure, int decimals) {
        if (figure instanceof Figure.Count count) {
            return count.value();
        }
        Figure.Measure measure = (Figure.Measure) figure;
        return measure.exact() == null ? null : measure.exact().rounded(decimals);
    }

    static String key(String row, String column) {
        return column == null ? row : row + "/" + column;
    }
}
