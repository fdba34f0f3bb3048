package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.reports.TestJourney.YEAR_2025;
import static se.finsam.journey.reports.TestJourney.enrolled;
import static se.finsam.journey.reports.TestJourney.figures;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.WorkplaceSector;

class WorkTrainingFiguresTest {

    @Test
    void aPlacementIsActiveIfItStartedByToAndDidNotEndBeforeFrom() {
        ReportFigures figures = figures(YEAR_2025,
                enrolled("ended-before", "2024-01-01").training("2024-02-01", "2024-12-31", WorkplaceSector.PRIVATE),
                enrolled("ended-on-from", "2024-01-01").training("2024-02-01", "2025-01-01", WorkplaceSector.PRIVATE),
                enrolled("started-on-to", "2024-01-01").training("2025-12-31", null, WorkplaceSector.PRIVATE),
                enrolled("started-after", "2024-01-01").training("2026-01-01", null, WorkplaceSector.PRIVATE));

        assertThat(figures.members("workTraining.participants")).contains(List.of("ended-on-from", "started-on-to"));
    }

    @Test
    void trainingsCountPlacementsWhileParticipantsAndSectorsCountJourneys() {
        ReportFigures figures = figures(YEAR_2025, enrolled("two", "2024-01-01")
                        .training("2025-01-01", "2025-03-01", WorkplaceSector.PRIVATE)
                        .training("2025-04-01", null, WorkplaceSector.PRIVATE),
                enrolled("one", "2025-01-01").training("2025-02-01", null, WorkplaceSector.NON_PROFIT));

        assertThat(figures.count("workTraining.trainings")).contains(3);
        assertThat(figures.members("workTraining.trainings")).contains(List.of("one", "two", "two"));
        assertThat(figures.count("workTraining.participants")).contains(2);
        assertThat(figures.count("workTraining.bySector.PRIVATE")).contains(1);
        assertThat(figures.count("workTraining.bySector.NON_PROFIT")).contains(1);
        assertThat(figures.count("workTraining.bySector.MUNICIPAL")).contains(0);
    }

    @Test
    void aPlacementLeftOpenEndsWithTheJourney() {
        ReportFigures figures = figures(YEAR_2025, enrolled("closed", "2024-01-01")
                .training("2024-03-01", null, WorkplaceSector.MUNICIPAL).closed("2024-12-31", ClosureCause.WORK));

        assertThat(figures.count("workTraining.trainings")).contains(0);
    }

    @Test
    void surahammar2025CountsItsSevenPlacements() {
        List<TestJourney> journeys = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            TestJourney journey = enrolled("p" + i, i < 9 ? "2025-03-01" : "2024-05-01");
            if (i < 7) {
                journey.training("2025-04-01", i < 3 ? "2025-06-30" : null, WorkplaceSector.values()[i % 4]);
            }
            journeys.add(i < 9 ? journey.closed("2025-11-30", ClosureCause.STUDIES) : journey);
        }

        ReportFigures figures = figures(YEAR_2025, journeys.toArray(TestJourney[]::new));

        assertThat(figures.count("participants.total")).contains(22);
        assertThat(figures.count("participants.new")).contains(9);
        assertThat(figures.count("closures.total")).contains(9);
        assertThat(figures.count("workTraining.trainings")).contains(7);
    }
}
