package se.finsam.journey.tables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.finsam.journey.reports.CountedJourneys;

/**
 * Computes the tables of a definition over the journeys of a scope, as the national report counts them in a
 * period ({@link CountedJourneys}): each table's filtered population, tabulated by its rows and columns.
 */
public final class TableEngine {

    private TableEngine() {
    }

    /** Every table of the definition over one period, for a report over the initiatives of {@code scope}. */
    public static List<ComputedTable> compute(TableDefinition definition, Collection<String> scope,
                                              CountedJourneys journeys) {
        return definition.tables().stream().map(spec -> compute(spec, scope, journeys, null)).toList();
    }

    /**
     * Every table over a period and over the year before ({@code previous}, the same journeys counted one year
     * earlier), with the same rows and columns in both years.
     */
    public static List<ComputedTable> compare(TableDefinition definition, Collection<String> scope,
                                              CountedJourneys journeys, CountedJourneys previous) {
        return definition.tables().stream().map(spec -> compute(spec, scope, journeys, previous)).toList();
    }

    /**
     * One table over a period, and over {@code previous} (null for none). An open dimension takes the codes that
     * occur in the table's filtered population of either period, so that both years carry the same categories.
     */
    public static ComputedTable compute(TableSpec spec, Collection<String> scope, CountedJourneys journeys,
                                        CountedJourneys previous) {
        Filter filter = Filter.of(spec.where());
        List<JourneyCodes> codes = new ArrayList<>();
        List<int[]> members = new ArrayList<>();
        for (CountedJourneys period : previous == null ? List.of(journeys) : List.of(journeys, previous)) {
            JourneyCodes periodCodes = new JourneyCodes(period, spec.ageAt());
            codes.add(periodCodes);
            members.add(population(spec, filter, periodCodes));
        }
        AxisCategories rows = categories(spec.rows(), scope, codes, members);
        AxisCategories columns = spec.hasColumns() ? categories(spec.columns(), scope, codes, members) : null;
        TableFigures current = TableFigures.tabulate(spec, rows, columns, codes.get(0), members.get(0));
        TableFigures earlier = previous == null ? null
                : TableFigures.tabulate(spec, rows, columns, codes.get(1), members.get(1));
        return new ComputedTable(spec, current, earlier);
    }

    /** The rows of the table's population that pass its filter. */
    private static int[] population(TableSpec spec, Filter filter, JourneyCodes codes) {
        CountedJourneys journeys = codes.journeys();
        int[] rows = new int[journeys.size()];
        int n = 0;
        for (int i = 0; i < journeys.size(); i++) {
            if (spec.population().includes(journeys, i) && filter.passes(codes, i)) {
                rows[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(rows, n);
    }

    private static AxisCategories categories(Axis axis, Collection<String> scope, List<JourneyCodes> codes,
                                             List<int[]> members) {
        Set<String> occurring = new HashSet<>();
        if (axis.by().kind() == Dimension.Kind.OPEN && axis.groups().isEmpty()) {
            for (int p = 0; p < codes.size(); p++) {
                for (int i : members.get(p)) {
                    occurring.add(codes.get(p).text(axis.by(), i));
                }
            }
        }
        return AxisCategories.of(axis, scope, occurring);
    }
}
