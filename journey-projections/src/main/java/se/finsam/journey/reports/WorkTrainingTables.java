package se.finsam.journey.reports;

import static se.finsam.journey.reports.FigureTable.those;

import java.util.List;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.CurrentJourney;

/** The {@code workTraining} section: the participants' placements active in the period. */
final class WorkTrainingTables {

    private WorkTrainingTables() {
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys) {
        List<CurrentJourney> participants = those(journeys, definitions::isParticipant);
        table.countIds("trainings", participants.stream()
                        .flatMap(journey -> journey.trainings().stream()
                                .filter(definitions::isActivePlacement)
                                .map(training -> journey.journeyId()))
                        .toList())
                .count("participants", those(participants,
                        journey -> journey.trainings().stream().anyMatch(definitions::isActivePlacement)));
        FigureTable bySector = table.table("bySector");
        for (WorkplaceSector sector : WorkplaceSector.values()) {
            bySector.count(sector.name(), those(participants, journey -> journey.trainings().stream()
                    .anyMatch(training -> training.sector() == sector && definitions.isActivePlacement(training))));
        }
    }
}
