package se.finsam.journey.reports;

import se.finsam.journey.codes.WorkplaceSector;

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
        table.count("trainings", placementOwners).count("participants", withPlacement);
        FigureTable sectorTable = table.table("bySector");
        for (WorkplaceSector sector : sectors) {
            sectorTable.count(sector.name(), bySector[sector.ordinal()]);
        }
    }
}
