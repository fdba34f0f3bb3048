package se.finsam.journey.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
        Populations populations = new Populations(journeys, definition.tables());
        List<Plan> plans = definition.tables().stream().map(spec -> plan(spec, scope, populations, null)).toList();
        TableFigures[] figures = tabulated(plans);
        List<ComputedTable> tables = new ArrayList<>(plans.size());
        for (int t = 0; t < plans.size(); t++) {
            tables.add(new ComputedTable(plans.get(t).spec(), figures[t], null));
        }
        return tables;
    }

    /**
     * Every plan tabulated over this period, the tables shared out between this thread and the other cores: each
     * takes the next table not yet taken, so one large table does not leave a core idle. This thread waits only for
     * tables another has started (a helper that starts late finds none left), never for a helper to be scheduled.
     */
    private static TableFigures[] tabulated(List<Plan> plans) {
        TableFigures[] figures = new TableFigures[plans.size()];
        int helpers = Math.min(PERIOD_WORKERS.getParallelism(), plans.size() - 1);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(figures.length);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable share = () -> {
            for (int t = next.getAndIncrement(); t < figures.length; t = next.getAndIncrement()) {
                try {
                    figures[t] = plans.get(t).tabulate(0);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int h = 0; h < helpers; h++) {
            PERIOD_WORKERS.execute(share);
        }
        share.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the tables were tabulated", e);
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        // The latch's count-downs happen before its await returns: every table written by a helper is seen here.
        return figures;
    }

    /**
     * Every table over a period and over the year before ({@code previous}, the same journeys counted one year
     * earlier), with the same rows and columns in both years. The earlier year is tabulated on another core while
     * this thread tabulates the period, as the participant report's comparison does: the two share only what
     * is read.
     */
    public static List<ComputedTable> compare(TableDefinition definition, Collection<String> scope,
                                              CountedJourneys journeys, CountedJourneys previous) {
        Populations now = new Populations(journeys, definition.tables());
        Populations before = new Populations(previous, definition.tables());
        List<Plan> plans = definition.tables().stream().map(spec -> plan(spec, scope, now, before)).toList();
        ForkJoinTask<List<TableFigures>> earlier = PERIOD_WORKERS.submit(() ->
                plans.stream().map(plan -> plan.tabulate(1)).toList());
        List<TableFigures> current = plans.stream().map(plan -> plan.tabulate(0)).toList();
        List<TableFigures> previousFigures = earlier.join();
        List<ComputedTable> tables = new ArrayList<>();
        for (int t = 0; t < plans.size(); t++) {
            tables.add(new ComputedTable(plans.get(t).spec(), current.get(t), previousFigures.get(t)));
        }
        return tables;
    }

    /** Daemon threads, made only when a comparison or a definition of several tables first needs one. */
    private static final ForkJoinPool PERIOD_WORKERS =
            new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    /**
     * One table over a period, and over {@code previous} (null for none). An open dimension takes the codes that
     * occur in the table's filtered population of either period, so that both years carry the same categories.
     */
    public static ComputedTable compute(TableSpec spec, Collection<String> scope, CountedJourneys journeys,
                                        CountedJourneys previous) {
        Plan plan = plan(spec, scope, new Populations(journeys), previous == null ? null : new Populations(previous));
        return new ComputedTable(spec, plan.tabulate(0), previous == null ? null : plan.tabulate(1));
    }

    /** A table's categories and, per period (this one, then the year before), its codes and filtered population. */
    private record Plan(TableSpec spec, AxisCategories rows, AxisCategories columns, List<JourneyCodes> codes,
                        List<int[]> members) {

        TableFigures tabulate(int period) {
            return TableFigures.tabulate(spec, rows, columns, codes.get(period), members.get(period));
        }
    }

    private static Plan plan(TableSpec spec, Collection<String> scope, Populations journeys, Populations previous) {
        Filter filter = Filter.of(spec.where());
        List<JourneyCodes> codes = new ArrayList<>();
        List<int[]> members = new ArrayList<>();
        for (Populations period : previous == null ? List.of(journeys) : List.of(journeys, previous)) {
            JourneyCodes periodCodes = new JourneyCodes(period.journeys, spec.ageAt());
            codes.add(periodCodes);
            members.add(filtered(period.of(spec.population()), filter, periodCodes));
        }
        AxisCategories rows = categories(spec.rows(), scope, codes, members);
        AxisCategories columns = spec.hasColumns() ? categories(spec.columns(), scope, codes, members) : null;
        return new Plan(spec, rows, columns, codes, members);
    }

    /** The rows of a population that pass a table's filter. */
    private static int[] filtered(int[] population, Filter filter, JourneyCodes codes) {
        if (filter.isEmpty()) {
            return population;
        }
        int[] rows = new int[population.length];
        int n = 0;
        for (int i : population) {
            if (filter.passes(codes, i)) {
                rows[n++] = i;
            }
        }
        return Arrays.copyOf(rows, n);
    }

    /** The rows of each population of one period, found once for all the tables of a definition. */
    private static final class Populations {

        final CountedJourneys journeys;
        private final Map<Population, int[]> rows = new EnumMap<>(Population.class);

        Populations(CountedJourneys journeys) {
            this.journeys = journeys;
        }

        /** The rows of every population of {@code tables}, found in one pass over the journeys. */
        Populations(CountedJourneys journeys, List<TableSpec> tables) {
            this(journeys);
            Population[] wanted = tables.stream().map(TableSpec::population).distinct().toArray(Population[]::new);
            int[][] found = new int[wanted.length][journeys.size()];
            int[] sizes = new int[wanted.length];
            for (int i = 0; i < journeys.size(); i++) {
                for (int p = 0; p < wanted.length; p++) {
                    if (wanted[p].includes(journeys, i)) {
                        found[p][sizes[p]++] = i;
                    }
                }
            }
            for (int p = 0; p < wanted.length; p++) {
                rows.put(wanted[p], Arrays.copyOf(found[p], sizes[p]));
            }
        }

        int[] of(Population population) {
            return rows.computeIfAbsent(population, p -> {
                int[] found = new int[journeys.size()];
                int n = 0;
                for (int i = 0; i < journeys.size(); i++) {
                    if (p.includes(journeys, i)) {
                        found[n++] = i;
                    }
                }
                return Arrays.copyOf(found, n);
            });
        }
    }

    private static AxisCategories categories(Axis axis, Collection<String> scope, List<JourneyCodes> codes,
                                             List<int[]> members) {
        Set<String> occurring = new HashSet<>();
        if (axis.by().kind() == Dimension.Kind.OPEN && axis.groups().isEmpty()) {
            for (int p = 0; p < codes.size(); p++) {
                JourneyCodes period = codes.get(p);
                boolean[] seen = new boolean[period.keys(axis.by()).size()];
                for (int i : members.get(p)) {
                    int key = period.key(axis.by(), i);
                    if (key < 0) {
                        occurring.add(Dimension.NONE);
                    } else {
                        seen[key] = true;
                    }
                }
                for (int key = 0; key < seen.length; key++) {
                    if (seen[key]) {
                        occurring.add(period.keys(axis.by()).get(key));
                    }
                }
            }
        }
        return AxisCategories.of(axis, scope, occurring);
    }
}
