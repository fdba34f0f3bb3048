package se.finsam.journey.reports;

import static se.finsam.journey.reports.NationalFigures.TRAINEES;
import static se.finsam.journey.reports.NationalFigures.TRAINEES_BY_SECTOR;
import static se.finsam.journey.reports.NationalFigures.TRAININGS;

import se.finsam.journey.codes.WorkplaceSector;

/** The {@code workTraining} section: the participants' placements active in the period. */
final class WorkTrainingTables {

    private WorkTrainingTables() {
    }

    static void fill(FigureTable figures, ParticipantReportDefinitions definitions, JourneyColumns columns, int[] roles) {
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
            boolean any = false;
            for (int k = columns.trainingsFrom[i]; k < columns.trainingsFrom[i + 1]; k++) {
                if (definitions.isActivePlacement(columns.trainingStart[k], columns.trainingEnd[k])) {
                    placementOwners.add(i);
                    inSector[columns.trainingSector[k]] = true;
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
        figures.count(TRAININGS, placementOwners).count(TRAINEES, withPlacement);
        for (WorkplaceSector sector : sectors) {
            figures.count(TRAINEES_BY_SECTOR, sector.name(), bySector[sector.ordinal()]);
        }
    }
}
