package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.reports.TestJourney.YEAR_2025;
import static se.finsam.journey.reports.TestJourney.closed;
import static se.finsam.journey.reports.TestJourney.enrolled;
import static se.finsam.journey.reports.TestJourney.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Instrument;

class AssessmentFiguresTest {

    @Test
    void scoresDatedInThePeriodGiveCountParticipantsMinMaxAndMean() {
        ReportFigures figures = figures(YEAR_2025, enrolled("a", "2024-06-01")
                        .assessed("2024-12-31", Instrument.BIP, "1.0")
                        .assessed("2025-01-01", Instrument.BIP, "3.25")
                        .assessed("2025-06-01", Instrument.BIP, "4.5"),
                enrolled("b", "2025-01-01").assessed("2025-02-01", Instrument.BIP, "2"),
                closed("gone", "2023-01-01", "2024-12-31", ClosureCause.WORK).assessed("2024-12-31", Instrument.BIP, "5"));

        assertThat(instrument(figures, Instrument.BIP)).containsEntry("count", 3).containsEntry("participants", 2)
                .containsEntry("min", new BigDecimal("2.0")).containsEntry("max", new BigDecimal("4.5"))
                .containsEntry("mean", new BigDecimal("3.3"));
        assertThat(figures.members("assessments.byInstrument.BIP.count")).contains(List.of("a", "a", "b"));
    }

    @Test
    void anInstrumentWithoutScoresHasNoMinMaxOrMean() {
        ReportFigures figures = figures(YEAR_2025, enrolled("a", "2025-01-01"));

        assertThat(instrument(figures, Instrument.WORK_ABILITY)).containsEntry("count", 0)
                .containsEntry("min", null).containsEntry("max", null).containsEntry("mean", null)
                .containsEntry("improved", 0);
    }

    @Test
    void progressComparesTheFirstWithTheLatestScoreDatedByToInDateOrder() {
        ReportFigures figures = figures(YEAR_2025,
                enrolled("improved", "2024-01-01").assessed("2025-06-01", Instrument.SELF_RATED_STEP, "7")
                        .assessed("2024-02-01", Instrument.SELF_RATED_STEP, "3"),
                enrolled("worsened", "2024-01-01").assessed("2024-02-01", Instrument.SELF_RATED_STEP, "6")
                        .assessed("2025-06-01", Instrument.SELF_RATED_STEP, "5.5")
                        .assessed("2026-01-01", Instrument.SELF_RATED_STEP, "9"),
                enrolled("unchanged", "2024-01-01").assessed("2024-02-01", Instrument.SELF_RATED_STEP, "5")
                        .assessed("2025-06-01", Instrument.SELF_RATED_STEP, "5.0"),
                enrolled("one-score", "2024-01-01").assessed("2025-06-01", Instrument.SELF_RATED_STEP, "5"));

        assertThat(instrument(figures, Instrument.SELF_RATED_STEP)).containsEntry("improved", 1)
                .containsEntry("unchanged", 1).containsEntry("worsened", 1);
        assertThat(figures.members("assessments.byInstrument.SELF_RATED_STEP.worsened")).contains(List.of("worsened"));
    }

    @Test
    void sameDayScoresAreTakenInTheOrderReceived() {
        ReportFigures figures = figures(YEAR_2025, enrolled("a", "2025-01-01")
                .assessed("2025-03-01", Instrument.WORK_ABILITY, "50")
                .assessed("2025-03-01", Instrument.WORK_ABILITY, "40")
                .assessed("2025-05-01", Instrument.WORK_ABILITY, "60")
                .assessed("2025-05-01", Instrument.WORK_ABILITY, "45"));

        assertThat(instrument(figures, Instrument.WORK_ABILITY)).containsEntry("improved", 0)
                .containsEntry("worsened", 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> instrument(ReportFigures figures, Instrument instrument) {
        Map<String, Object> assessments = (Map<String, Object>) figures.render().get("assessments");
        return (Map<String, Object>) ((Map<String, Object>) assessments.get("byInstrument")).get(instrument.name());
    }
}
