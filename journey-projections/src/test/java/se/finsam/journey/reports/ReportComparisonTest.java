package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.reports.TestJourney.YEAR_2024;
import static se.finsam.journey.reports.TestJourney.YEAR_2025;
import static se.finsam.journey.reports.TestJourney.build;
import static se.finsam.journey.reports.TestJourney.closed;
import static se.finsam.journey.reports.TestJourney.enrolled;
import static se.finsam.journey.reports.TestJourney.period;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.ReferringParty;

class ReportComparisonTest {

    @Test
    void thePreviousPeriodIsTheSameDatesOneYearEarlier() {
        assertThat(ReportComparison.previousPeriod(YEAR_2025)).isEqualTo(YEAR_2024);
        assertThat(ReportComparison.previousPeriod(period("2024-07-01", "2025-06-30")))
                .isEqualTo(period("2023-07-01", "2024-06-30"));
    }

    @Test
    void the29thOfFebruaryBecomesThe28thAndOtherDatesStayAsTheyAre() {
        assertThat(ReportComparison.previousPeriod(period("2024-02-29", "2024-02-29")))
                .isEqualTo(period("2023-02-28", "2023-02-28"));
        assertThat(ReportComparison.previousPeriod(period("2023-09-01", "2024-02-29")))
                .isEqualTo(period("2022-09-01", "2023-02-28"));
        assertThat(ReportComparison.previousPeriod(period("2024-03-01", "2025-02-28")))
                .isEqualTo(period("2023-03-01", "2024-02-28"));
    }

    @Test
    void theChangeOfACountIsAnIntegerDifference() {
        ReportComparison comparison = ReportComparison.compute(build(List.of(
                enrolled("a", "2024-06-01"), enrolled("b", "2025-02-01"), enrolled("c", "2025-03-01"))), YEAR_2025);

        assertThat(comparison.change()).containsEntry("participants.total", 2).containsEntry("participants.new", 1)
                .containsEntry("participants.byGender.MAN", 0);
        assertThat(comparison.previous()).containsKey("participants");
    }

    @Test
    void theChangeOfAShareIsTheExactDifferenceRoundedHalfUp() {
        ReportComparison comparison = ReportComparison.compute(build(List.of(
                closed("now-work", "2025-01-01", "2025-02-01", ClosureCause.WORK),
                closed("now-1", "2025-01-01", "2025-02-01", ClosureCause.STUDIES),
                closed("now-2", "2025-01-01", "2025-02-01", ClosureCause.STUDIES),
                closed("then-work", "2024-01-01", "2024-02-01", ClosureCause.WORK),
                closed("then-1", "2024-01-01", "2024-02-01", ClosureCause.MOVED),
                closed("then-2", "2024-01-01", "2024-02-01", ClosureCause.MOVED),
                closed("then-3", "2024-01-01", "2024-02-01", ClosureCause.MOVED),
                closed("then-4", "2024-01-01", "2024-02-01", ClosureCause.MOVED),
                closed("then-5", "2024-01-01", "2024-02-01", ClosureCause.MOVED))), YEAR_2025);

        // 33.33… − 16.66… = 16.66… → 16.7, where the rounded figures would give 33.3 − 16.7 = 16.6
        assertThat(comparison.change()).containsEntry("closures.shares.work", new BigDecimal("16.7"))
                .containsEntry("closures.shares.other", new BigDecimal("-83.3"))
                .containsEntry("closures.standardTable.work", 0);
    }

    @Test
    void theChangeLeavesOutFiguresWithoutAValueInEitherPeriod() {
        ReportComparison comparison = ReportComparison.compute(build(List.of(
                closed("now", "2025-01-01", "2025-02-01", ClosureCause.WORK).by(ReferringParty.REGION, "Psykiatri"),
                enrolled("both", "2024-01-01").by(ReferringParty.SELF, "Själv"))), YEAR_2025);

        assertThat(comparison.change()).doesNotContainKey("closures.shares.work")
                .doesNotContainKey("participants.byReferringUnit.REGION:Psykiatri")
                .containsEntry("participants.byReferringUnit.SELF:Själv", 0)
                .doesNotContainKey("closures.meanAgeAtClosure.all");
    }

    @Test
    void theChangeIsInReportOrder() {
        ReportComparison comparison = ReportComparison.compute(build(List.of(enrolled("a", "2025-01-01"))), YEAR_2025);

        assertThat(comparison.change().keySet()).startsWith("participants.total", "participants.new",
                "participants.activeAtStart", "participants.activeAtEnd", "participants.closed");
    }
}
