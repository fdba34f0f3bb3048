package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.reports.TestJourney.YEAR_2025;
import static se.finsam.journey.reports.TestJourney.closed;
import static se.finsam.journey.reports.TestJourney.enrolled;
import static se.finsam.journey.reports.TestJourney.figures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;

class ThroughputFiguresTest {

    @Test
    void samverkansteamAvestaGetsItsPublishedThroughputByGender() {
        ReportFigures figures = figures(TestJourney.period("2024-07-01", "2025-06-30"),
                closed("woman", "2023-01-01", "2025-02-21", ClosureCause.WORK).person(Gender.WOMAN, 1980),
                closed("man", "2023-07-01", "2025-03-31", ClosureCause.STUDIES).person(Gender.MAN, 1980),
                closed("dropout", "2025-01-01", "2025-01-31", ClosureCause.DROPOUT).person(Gender.WOMAN, 1980));

        assertThat(byGender(figures)).containsEntry("WOMAN", new BigDecimal("25.7"))
                .containsEntry("MAN", new BigDecimal("21.0")).containsEntry("NON_BINARY", null);
        assertThat(throughput(figures)).containsEntry("count", 2);
    }

    @Test
    void aMonthIs30Point4375Days() {
        ReportFigures figures = figures(YEAR_2025, closed("a", "2024-01-01", "2025-05-02", ClosureCause.WORK));

        assertThat(throughput(figures)).containsEntry("meanMonths", new BigDecimal("16.0"));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        ReportFigures figures = figures(YEAR_2025,
                closed("a", "2025-01-01", "2025-01-01", ClosureCause.WORK),
                closed("b", "2025-01-01", "2025-01-31", ClosureCause.WORK),
                closed("c", "2025-01-01", "2025-03-02", ClosureCause.WORK),
                closed("d", "2025-01-01", "2025-12-31", ClosureCause.WORK));

        // middle values 30 and 60 days: 45 / 30.4375 = 1.478…
        assertThat(throughput(figures)).containsEntry("medianMonths", new BigDecimal("1.5"))
                .containsEntry("meanMonths", new BigDecimal("3.7"));
    }

    @Test
    void throughputOverNoMeasuredClosureIsNull() {
        ReportFigures figures = figures(YEAR_2025, enrolled("open", "2025-01-01"));

        Map<String, Object> expected = new HashMap<>();
        expected.put("count", 0);
        expected.put("meanMonths", null);
        expected.put("medianMonths", null);
        assertThat(throughput(figures)).containsAllEntriesOf(expected);
    }

    @Test
    void theSectionAloneIsTheWholeReportsSectionWithTheSameJourneysBehindIt() {
        ReportPeriod period = TestJourney.period("2024-07-01", "2025-06-30");
        JourneyColumns columns = JourneyColumns.of(TestJourney.build(java.util.List.of(
                closed("woman", "2023-01-01", "2025-02-21", ClosureCause.WORK).person(Gender.WOMAN, 1980),
                closed("man", "2023-07-01", "2025-03-31", ClosureCause.STUDIES).person(Gender.MAN, 1980),
                closed("dropout", "2025-01-01", "2025-01-31", ClosureCause.DROPOUT).person(Gender.WOMAN, 1980),
                closed("earlier", "2022-01-01", "2023-05-01", ClosureCause.WORK),
                enrolled("open", "2024-09-01"))));

        ReportFigures whole = ParticipantReportDefinitions.compute(columns, period);
        ReportFigures alone = new ParticipantReportDefinitions(period).throughputTime(columns);

        assertThat(alone.render()).containsOnlyKeys("throughputTime");
        assertThat(throughput(alone)).isEqualTo(throughput(whole)).containsEntry("count", 2);
        assertThat(alone.members("throughputTime.count")).isEqualTo(whole.members("throughputTime.count"))
                .hasValueSatisfying(members -> assertThat(members).containsExactlyInAnyOrder("woman", "man"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> throughput(ReportFigures figures) {
        return (Map<String, Object>) figures.render().get("throughputTime");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> byGender(ReportFigures figures) {
        return (Map<String, Object>) throughput(figures).get("meanMonthsByGender");
    }
}
