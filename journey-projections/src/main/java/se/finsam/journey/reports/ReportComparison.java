package se.finsam.journey.reports;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import se.finsam.journey.journey.CurrentJourney;

/**
 * A report next to the same report one year earlier: the earlier figures, and for each figure present with a
 * value in both the change, current − previous, computed from the exact values before rounding.
 */
public final class ReportComparison {

    private final ReportFigures current;
    private final ReportFigures previous;

    public ReportComparison(ReportFigures current, ReportFigures previous) {
        this.current = current;
        this.previous = previous;
    }

    /**
     * The report for {@code period} and for the same dates one year earlier, over the same journeys, read into
     * columns once for both.
     */
    public static ReportComparison compute(Collection<CurrentJourney> journeysInScope, ReportPeriod period) {
        return compute(JourneyColumns.of(journeysInScope), period);
    }

    /**
     * As {@link #compute(Collection, ReportPeriod)}, over the scope's columns. The earlier year is computed on
     * another core while this thread computes the period: the two read the same columns and share nothing else,
     * and on two cores this halves the comparison (measured by {@code ReportComputationBenchmark}).
     */
    public static ReportComparison compute(JourneyColumns columns, ReportPeriod period) {
        ForkJoinTask<ReportFigures> previous = PERIOD_WORKERS.submit(
                () -> new ParticipantReportDefinitions(previousPeriod(period)).compute(columns));
        ReportFigures current = new ParticipantReportDefinitions(period).compute(columns);
        return new ReportComparison(current, previous.join());
    }

    /** Daemon threads, made only when a comparison first needs one. */
    private static final ForkJoinPool PERIOD_WORKERS =
            new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    /** The same dates one year earlier; see {@link ReportPeriod#oneYearEarlier()} for 29 February. */
    public static ReportPeriod previousPeriod(ReportPeriod period) {
        return period.oneYearEarlier();
    }

    public ReportFigures current() {
        return current;
    }

    public ReportFigures previousFigures() {
        return previous;
    }

    /** The rendered figures of the earlier period, for the answer's {@code previous}. */
    public Map<String, Object> previous() {
        return previous.render();
    }

    /**
     * The answer's {@code change}: dotted path → difference, in report order, for every leaf present in both
     * reports with a value in both; an Integer for two counts, otherwise the exact difference rounded half-up
     * to one decimal.
     */
    public Map<String, Object> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        current.cells().forEach((path, now) -> {
            Figure before = previous.cells().get(path);
            if (now instanceof Figure.Count n && before instanceof Figure.Count b) {
                change.put(path, n.value() - b.value());
            } else if (exact(now) != null && before != null && exact(before) != null) {
                change.put(path, exact(now).minus(exact(before)).toTenths());
            }
        });
        return Collections.unmodifiableMap(change);
    }

    private static Ratio exact(Figure figure) {
        return figure instanceof Figure.Count count ? Ratio.of(count.value()) : ((Figure.Measure) figure).exact();
    }
}
