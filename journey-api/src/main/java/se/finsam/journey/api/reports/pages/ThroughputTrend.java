package se.finsam.journey.api.reports.pages;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.NationalFigures;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;

/**
 * Throughput time over rolling 12-month windows: for each month end in the last 24 months up to the period's end,
 * the mean throughput time (DOMAIN.md: months from enrolment to a measured closure) of the 12 months ending there.
 * The scope's journeys are loaded once for the whole 35 months, exactly as the report loads them (same position,
 * same as-of), and each window is the throughput section of {@link ParticipantReportDefinitions}' report for those
 * 12 months, so a window's mean is exactly that report's mean (to one decimal). Under small-cell protection a window over fewer than N closures has no
 * point, as the report's own mean would be hidden.
 */
final class ThroughputTrend {

    static final int MONTHS = 24;

    /** One window: its last month and the mean in months (null when no measured closure, or hidden). */
    record Window(YearMonth month, Double meanMonths, int closures) {
    }

    private ThroughputTrend() {
    }

    static List<Window> of(ReportService reports, ReportQuery query, List<String> scope, OptionalInt threshold) {
        YearMonth last = YearMonth.from(query.to());
        if (!query.to().equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        YearMonth first = last.minusMonths(MONTHS - 1);
        ReportPeriod loaded = new ReportPeriod(first.minusMonths(11).atDay(1), last.atEndOfMonth());
        JourneyColumns journeys = reports.load(query, scope, loaded).columns();
        List<Window> windows = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            ReportFigures window = new ParticipantReportDefinitions(
                    new ReportPeriod(month.minusMonths(11).atDay(1), month.atEndOfMonth())).throughputTime(journeys);
            int closures = ((Figure.Count) window.figure(NationalFigures.THROUGHPUT_COUNT)).value();
            Object mean = window.figure(NationalFigures.MEAN_MONTHS).rendered();
            boolean shown = mean != null && (threshold.isEmpty() || closures >= threshold.getAsInt());
            windows.add(new Window(month, shown ? ((Number) mean).doubleValue() : null, closures));
        }
        return windows;
    }
}
