package se.finsam.journey.reports;

import java.util.List;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.CurrentJourney.Training;

/** The {@code workTraining} section: the participants' placements active in the period. */
final class WorkTrainingTables {

    private WorkTrainingTables() {
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, JourneyColumns columns, int[] roles) {
        JourneySet placementOwners = new JourneySet(columns, 256);
        JourneySet withPlacement = new JourneySet(columns, 256);
        WorkplaceSector[] sectors = WorkplaceSector.values();
        JourneySet[] bySector = new JourneySet[sectors.length];
        for (int s = 0; s < sectors.length; s++) {
            bySector[s] = new JourneySet(columns);
        }
        boolean[] inSector = new boolean[sectors.length];
        for (int i = 0; i < roles.length; i++) {
            if ((roles[i] & ParticipantReportDefinitions.PARTICIPANT) == 0) {
                continue;
            }
            List<Training> trainings = columns.journeys[i].trainings();
            if (trainings.isEmpty()) {
                continue;
            }
            boolean any = false;
            for (int k = 0; k < trainings.size(); k++) {
                Training training = trainings.get(k);
                if (definitions.isActivePlacement(training)) {
                    placementOwners.add(i);
                    inSector[training.sector().ordinal()] = true;
                    any = true;
                }
            }
            if (any) {
                withPlacement.add(i);
                for (int s = 0; s < sectors.length; s++) {
                    if (inSector[s]) {
                        bySector[s].add(i);
                        inSector[s] = false;
                    }
                }
            }
        }
        table.count("trainings", placementOwners).count("participants", withPlacement);
        FigureTable sectorTable = table.table("bySector");
        for (WorkplaceSector sector : sectors) {
            sectorTable.count(sector.name(), bySector[sector.ordinal()]);
        }
    }
}
