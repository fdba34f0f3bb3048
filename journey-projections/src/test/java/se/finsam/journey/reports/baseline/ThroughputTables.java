package se.finsam.journey.reports.baseline;

import static se.finsam.journey.reports.baseline.FigureTable.those;

import java.util.List;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.reports.Progress;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportPeriod;

/** The {@code throughputTime} section (genomströmningstid): months from enrolment to closure over measured closures. */
final class ThroughputTables {

    private ThroughputTables() {
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys) {
        List<CurrentJourney> measured = those(journeys, definitions::isMeasuredClosure);
        // Months are days ÷ 30.4375, so means and the median are taken over whole days and divided once: exact,
        // and without a rational per journey.
        long[] days = new long[measured.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = ParticipantReportDefinitions.throughputDays(measured.get(i));
        }
        table.count("count", measured)
                .measure("meanMonths", months(Ratio.meanOfWhole(days)), measured)
                .measure("medianMonths", months(Ratio.medianOfWhole(days)), measured);
        FigureTable byGender = table.table("meanMonthsByGender");
        for (Gender gender : Gender.values()) {
            List<CurrentJourney> ofGender = those(measured, journey -> journey.gender() == gender);
            long[] genderDays = ofGender.stream().mapToLong(ParticipantReportDefinitions::throughputDays).toArray();
            byGender.measure(gender.name(), months(Ratio.meanOfWhole(genderDays)), ofGender);
        }
    }

    private static Ratio months(Ratio days) {
        return days == null ? null : days.dividedBy(ParticipantReportDefinitions.DAYS_PER_MONTH);
    }
}
