package se.finsam.journey.reports.baseline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.CurrentJourney.Training;
import se.finsam.journey.reports.Progress;
import se.finsam.journey.reports.ReportPeriod;

/** The {@code workTraining} section: the participants' placements active in the period. */
final class WorkTrainingTables {

    private WorkTrainingTables() {
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys) {
        List<String> placementOwners = new ArrayList<>();
        List<CurrentJourney> withPlacement = new ArrayList<>();
        Map<WorkplaceSector, List<CurrentJourney>> bySector = new EnumMap<>(WorkplaceSector.class);
        for (WorkplaceSector sector : WorkplaceSector.values()) {
            bySector.put(sector, new ArrayList<>());
        }
        for (CurrentJourney journey : journeys) {
            if (!definitions.isParticipant(journey)) {
                continue;
            }
            Set<WorkplaceSector> sectors = EnumSet.noneOf(WorkplaceSector.class);
            for (Training training : journey.trainings()) {
                if (definitions.isActivePlacement(training)) {
                    placementOwners.add(journey.journeyId());
                    sectors.add(training.sector());
                }
            }
            if (!sectors.isEmpty()) {
                withPlacement.add(journey);
            }
            sectors.forEach(sector -> bySector.get(sector).add(journey));
        }
        table.countIds("trainings", placementOwners).count("participants", withPlacement);
        FigureTable sectorTable = table.table("bySector");
        bySector.forEach((sector, journeysInSector) -> sectorTable.count(sector.name(), journeysInSector));
    }
}
