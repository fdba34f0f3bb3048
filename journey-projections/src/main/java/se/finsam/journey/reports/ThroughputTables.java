package se.finsam.journey.reports;

import static se.finsam.journey.reports.FigureTable.those;

import java.util.List;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.journey.CurrentJourney;

/** The {@code throughputTime} section (genomströmningstid): months from enrolment to closure over measured closures. */
final class ThroughputTables {

    private ThroughputTables() {
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys) {
        List<CurrentJourney> measured = those(journeys, definitions::isMeasuredClosure);
        List<Ratio> months = measured.stream().map(ParticipantReportDefinitions::throughputMonths).toList();
        table.count("count", measured)
                .mean("meanMonths", measured, ParticipantReportDefinitions::throughputMonths)
                .measure("medianMonths", Ratio.medianOf(months), measured);
        FigureTable byGender = table.table("meanMonthsByGender");
        for (Gender gender : Gender.values()) {
            byGender.mean(gender.name(), those(measured, journey -> journey.gender() == gender),
                    ParticipantReportDefinitions::throughputMonths);
        }
    }
}
