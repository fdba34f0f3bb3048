package se.finsam.journey.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.reports.CellSuppression;
import se.finsam.journey.reports.Figure;

/**
 * Small-cell protection of a table, by the rules the national report is protected by ({@link CellSuppression}):
 * every cell's count, shown or not, is a primary cell; a share is hidden with either count it is worked out
 * from; and the additive groups are the table's own: the rows of each column add up to its total row, the
 * columns of each row to its total column, except along a dimension where one journey can fall in several
 * categories ({@code workTrainingSector}), where they do not add up.
 */
public final class TableSuppression {

    private TableSuppression() {
    }

    /** The shown cells to hide in each year (the previous year's empty without a comparison). */
    public record Hidden(Set<String> cells, Set<String> previousCells) {

        /** Hidden in either year: the changes to hide. */
        public Set<String> either() {
            Set<String> either = new HashSet<>(cells);
            either.addAll(previousCells);
            return either;
        }
    }

    public static Hidden of(ComputedTable table, int threshold) {
        if (!table.compared()) {
            return new Hidden(shown(table.current(), CellSuppression.hidden(year(table.current()), threshold)),
                    Set.of());
        }
        List<Set<String>> hidden = CellSuppression.hidden(year(table.current()), year(table.previous()), threshold);
        return new Hidden(shown(table.current(), hidden.get(0)), shown(table.previous(), hidden.get(1)));
    }

    private static CellSuppression.Year year(TableFigures figures) {
        Map<String, Figure> cells = new LinkedHashMap<>();
        figures.counts().forEach((cell, count) -> cells.put(cell + "/count", count));
        figures.cells().forEach(cells::putIfAbsent);
        return new CellSuppression.Year(cells, groups(figures), figures::sharesOf);
    }

    private static List<CellSuppression.Group> groups(TableFigures figures) {
        TableSpec spec = figures.spec();
        List<String> rows = figures.rows();
        List<String> columns = figures.columns().isEmpty() ? java.util.Collections.singletonList(null)
                : figures.columns();
        List<CellSuppression.Group> groups = new ArrayList<>();
        if (additive(spec.rows())) {
            for (String column : columns) {
                List<String> parts = new ArrayList<>();
                rows.subList(0, rows.size() - 1).forEach(row -> parts.add(count(row, column)));
                groups.add(new CellSuppression.Group(count(TableFigures.TOTAL, column), parts));
            }
        }
        if (spec.hasColumns() && additive(spec.columns())) {
            for (String row : rows) {
                List<String> parts = new ArrayList<>();
                columns.subList(0, columns.size() - 1).forEach(column -> parts.add(count(row, column)));
                groups.add(new CellSuppression.Group(count(row, TableFigures.TOTAL), parts));
            }
        }
        groups.removeIf(group -> group.parts().isEmpty());
        return groups;
    }

    /** Whether a journey falls in exactly one category of the axis, so that its categories add up to the total. */
    private static boolean additive(Axis axis) {
        return axis.by() != Dimension.WORK_TRAINING_SECTOR;
    }

    private static String count(String row, String column) {
        return TableFigures.key(row, column) + "/count";
    }

    private static Set<String> shown(TableFigures figures, Set<String> hidden) {
        Set<String> shown = new HashSet<>(hidden);
        shown.retainAll(figures.cells().keySet());
        return shown;
    }
}
