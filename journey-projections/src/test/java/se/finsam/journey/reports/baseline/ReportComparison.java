package se.finsam.journey.reports.baseline;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.Progress;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportPeriod;

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

    /** The report for {@code period} and for the same dates one year earlier, over the same journeys. */
    public static ReportComparison compute(Collection<CurrentJourney> journeysInScope, ReportPeriod period) {
        return new ReportComparison(ParticipantReportDefinitions.compute(journeysInScope, period),
                ParticipantReportDefinitions.compute(journeysInScope, previousPeriod(period)));
    }

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
