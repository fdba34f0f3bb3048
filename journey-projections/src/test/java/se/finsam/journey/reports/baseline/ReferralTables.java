package se.finsam.journey.reports.baseline;

import static se.finsam.journey.reports.baseline.FigureTable.those;

import java.util.List;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.reports.Progress;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportPeriod;

/** The {@code referrals} section: referrals received, withdrawn and waiting, over every journey of the scope. */
final class ReferralTables {

    private ReferralTables() {
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys) {
        table.count("received", those(journeys, definitions::isReceived))
                .count("withdrawn", those(journeys, definitions::isWithdrawn))
                .count("waitingAtEnd", those(journeys, definitions::isWaitingAtEnd))
                .mean("meanDaysToEnrolment", those(journeys, definitions::isNew),
                        journey -> Ratio.of(ParticipantReportDefinitions.daysToEnrolment(journey)));
    }
}
