package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static se.finsam.journey.reports.TestJourney.YEAR_2025;
import static se.finsam.journey.reports.TestJourney.enrolled;
import static se.finsam.journey.reports.TestJourney.figures;
import static se.finsam.journey.reports.TestJourney.journey;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralFiguresTest {

    @Test
    void referralsReceivedAreThoseDatedInThePeriodWhateverBecameOfThem() {
        ReportFigures figures = figures(YEAR_2025,
                journey("enrolled").referred("2025-01-01").enrolled("2025-02-01"),
                journey("withdrawn").referred("2025-12-31").withdrawn("2026-01-10"),
                journey("before").referred("2024-12-31"),
                journey("after").referred("2026-01-01"));

        assertThat(figures.members("referrals.received")).contains(List.of("enrolled", "withdrawn"));
    }

    @Test
    void referralsWithdrawnAreThoseWithdrawnInThePeriod() {
        ReportFigures figures = figures(YEAR_2025,
                journey("in").referred("2024-11-01").withdrawn("2025-01-01"),
                journey("before").referred("2024-11-01").withdrawn("2024-12-31"),
                journey("after").referred("2025-11-01").withdrawn("2026-01-01"));

        assertThat(figures.members("referrals.withdrawn")).contains(List.of("in"));
    }

    @Test
    void referralsWaitingAtEndAreReferredByToAndNeitherEnrolledNorWithdrawnByTo() {
        ReportFigures figures = figures(YEAR_2025,
                journey("enrolled-later").referred("2025-12-01").enrolled("2026-01-05"),
                journey("withdrawn-later").referred("2025-05-01").withdrawn("2026-01-05"),
                journey("waiting-long").referred("2023-06-01"),
                journey("enrolled").referred("2025-06-01").enrolled("2025-12-31"),
                journey("withdrawn").referred("2025-06-01").withdrawn("2025-12-31"),
                journey("referred-later").referred("2026-01-01"));

        assertThat(figures.members("referrals.waitingAtEnd"))
                .contains(List.of("enrolled-later", "waiting-long", "withdrawn-later"));
    }

    @Test
    void meanDaysToEnrolmentIsOverTheNewParticipants() {
        ReportFigures figures = figures(YEAR_2025,
                journey("ten").referred("2025-03-01").enrolled("2025-03-11"),
                journey("twenty-one").referred("2025-03-01").enrolled("2025-03-22"),
                journey("old").referred("2024-01-01").enrolled("2024-06-01"));

        assertThat(figures.render().get("referrals")).asInstanceOf(MAP)
                .containsEntry("meanDaysToEnrolment", new BigDecimal("15.5"));
        assertThat(figures.population("referrals.meanDaysToEnrolment")).contains(List.of("ten", "twenty-one"));
    }

    @Test
    void meanDaysToEnrolmentWithoutNewParticipantsIsNull() {
        ReportFigures figures = figures(YEAR_2025, enrolled("old", "2024-06-01"));

        assertThat(figures.render().get("referrals")).asInstanceOf(MAP)
                .containsEntry("meanDaysToEnrolment", null);
    }
}
