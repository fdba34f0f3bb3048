package se.finsam.journey.reports.baseline;

import static se.finsam.journey.reports.baseline.FigureTable.those;

import java.util.ArrayList;
import java.util.List;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.reports.Progress;
import se.finsam.journey.reports.ReportPeriod;

/** The {@code participants} section: the period's flow of participants and the breakdowns of {@code total} and {@code new}. */
final class ParticipantTables {

    private ParticipantTables() {
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys) {
        List<CurrentJourney> total = new ArrayList<>();
        List<CurrentJourney> fresh = new ArrayList<>();
        List<CurrentJourney> atStart = new ArrayList<>();
        List<CurrentJourney> atEnd = new ArrayList<>();
        List<CurrentJourney> closed = new ArrayList<>();
        for (CurrentJourney journey : journeys) {
            if (!definitions.isParticipant(journey)) {
                continue;
            }
            total.add(journey);
            (definitions.isNew(journey) ? fresh : atStart).add(journey);
            (definitions.isClosed(journey) ? closed : atEnd).add(journey);
        }
        table.count("total", total)
                .count("new", fresh)
                .count("activeAtStart", atStart)
                .count("activeAtEnd", atEnd)
                .count("closed", closed)
                .breakdown("byGender", Gender.values(), total, CurrentJourney::gender)
                .breakdown("newByGender", Gender.values(), fresh, CurrentJourney::gender)
                .breakdown("byAgeBand", ParticipantReportDefinitions.AGE_BANDS, total,
                        journey -> ParticipantReportDefinitions.ageBand(definitions.age(journey)))
                .breakdown("byReferringParty", ReferringParty.values(), total, CurrentJourney::referringParty)
                .breakdown("newByReferringParty", ReferringParty.values(), fresh, CurrentJourney::referringParty)
                .breakdown("byReferringUnit", List.of(), total, ParticipantReportDefinitions::referringUnit)
                .breakdown("newByReferringUnit", List.of(), fresh, ParticipantReportDefinitions::referringUnit)
                .breakdown("bySupportBefore", SupportSource.values(), total, CurrentJourney::supportBefore)
                .breakdown("newBySupportBefore", SupportSource.values(), fresh, CurrentJourney::supportBefore)
                .breakdown("byTimeInPublicSupport", ParticipantReportDefinitions.YEARS_IN_PUBLIC_SUPPORT_BUCKETS, total,
                        journey -> ParticipantReportDefinitions.yearsInPublicSupportBucket(journey.yearsInPublicSupport()))
                .breakdown("byHomeMunicipality", List.of(), total, CurrentJourney::homeMunicipality);
    }
}
