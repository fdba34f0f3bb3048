package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.reports.TestJourney.YEAR_2024;
import static se.finsam.journey.reports.TestJourney.YEAR_2025;
import static se.finsam.journey.reports.TestJourney.closed;
import static se.finsam.journey.reports.TestJourney.enrolled;
import static se.finsam.journey.reports.TestJourney.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.SupportSource;

class ClosureFiguresTest {

    @Test
    void hallstahammar2025GivesItsPublishedStandardTableAndShares() {
        ReportFigures figures = closures(YEAR_2025, Map.of(ClosureCause.WORK, 2, ClosureCause.STUDIES, 5,
                ClosureCause.ACTIVE_JOB_SEEKING, 2, ClosureCause.CONTINUED_REHABILITATION, 5,
                ClosureCause.SICKNESS_COMPENSATION, 1, ClosureCause.MOVED, 1));

        assertThat(table(figures, "standardTable")).containsExactly(Map.entry("closures", 16),
                Map.entry("dropouts", 0), Map.entry("work", 2), Map.entry("studies", 5),
                Map.entry("activeJobSeeking", 2), Map.entry("continuedRehabilitation", 5),
                Map.entry("medicalRehabilitation", 1), Map.entry("other", 1));
        assertThat(table(figures, "shares")).containsEntry("work", new BigDecimal("12.5"))
                .containsEntry("studies", new BigDecimal("31.3")).containsEntry("medicalRehabilitation",
                        new BigDecimal("6.3"));
        assertThat(table(figures, "greenOutcomes")).containsEntry("count", 14)
                .containsEntry("share", new BigDecimal("87.5"));
    }

    @Test
    void vasteras2025And2024GiveTheirPublishedWorkAndGreenShares() {
        ReportFigures in2025 = closures(YEAR_2025, Map.of(ClosureCause.WORK, 8, ClosureCause.STUDIES, 6,
                ClosureCause.ACTIVE_JOB_SEEKING, 4, ClosureCause.CONTINUED_REHABILITATION, 4,
                ClosureCause.MEDICAL_REHABILITATION, 20, ClosureCause.DROPOUT, 3));
        ReportFigures in2024 = closures(YEAR_2024, Map.of(ClosureCause.WORK, 3, ClosureCause.OTHER, 50));

        assertThat(table(in2025, "shares")).containsEntry("work", new BigDecimal("19.0"));
        assertThat(table(in2025, "greenOutcomes")).containsEntry("share", new BigDecimal("52.4"));
        assertThat(in2025.count("closures.total")).contains(45);
        assertThat(table(in2024, "shares")).containsEntry("work", new BigDecimal("5.7"));
    }

    @Test
    void dropoutsCountAsClosuresButNotInTheDenominatorOfShares() {
        ReportFigures figures = closures(YEAR_2025, Map.of(ClosureCause.WORK, 1, ClosureCause.DROPOUT, 3));

        assertThat(table(figures, "byCause")).containsEntry("DROPOUT", 3).containsEntry("WORK", 1)
                .hasSize(ClosureCause.values().length);
        assertThat(figures.count("closures.dropouts")).contains(3);
        assertThat(table(figures, "shares")).containsEntry("work", new BigDecimal("100.0"));
        assertThat(figures.population("closures.shares.work")).contains(List.of("WORK-0"));
    }

    @Test
    void theOtherColumnGroupsParentalLeaveMovedNotMeasuredAndOther() {
        ReportFigures figures = closures(YEAR_2025, Map.of(ClosureCause.PARENTAL_LEAVE, 1, ClosureCause.MOVED, 1,
                ClosureCause.NOT_MEASURED, 1, ClosureCause.OTHER, 1, ClosureCause.MEDICAL_REHABILITATION, 2));

        assertThat(table(figures, "standardTable")).containsEntry("other", 4).containsEntry("medicalRehabilitation", 2);
    }

    @Test
    void sharesAndMeansOverNobodyAreNull() {
        ReportFigures figures = closures(YEAR_2025, Map.of(ClosureCause.DROPOUT, 2));

        assertThat(table(figures, "shares").values()).containsOnlyNulls();
        assertThat(table(figures, "greenOutcomes")).containsEntry("count", 0).containsEntry("share", null);
        assertThat(table(figures, "meanAgeAtClosure").values()).containsOnlyNulls();
    }

    @Test
    void closuresBySupportAfterIncludeDropouts() {
        ReportFigures figures = figures(YEAR_2025,
                enrolled("a", "2025-01-01").closed("2025-03-01", ClosureCause.DROPOUT, SupportSource.SOCIAL_ASSISTANCE, null),
                enrolled("b", "2025-01-01").closed("2025-03-01", ClosureCause.WORK, SupportSource.NO_PUBLIC_SUPPORT, null));

        assertThat(table(figures, "bySupportAfter")).containsEntry("SOCIAL_ASSISTANCE", 1)
                .containsEntry("NO_PUBLIC_SUPPORT", 1).hasSize(SupportSource.values().length);
    }

    @Test
    void workClosuresAreSubsidisedOnlyWhenSaidSo() {
        ReportFigures figures = figures(YEAR_2025,
                enrolled("yes", "2025-01-01").closed("2025-03-01", ClosureCause.WORK, SupportSource.NO_PUBLIC_SUPPORT, true),
                enrolled("no", "2025-01-01").closed("2025-03-01", ClosureCause.WORK, SupportSource.NO_PUBLIC_SUPPORT, false),
                enrolled("unsaid", "2025-01-01").closed("2025-03-01", ClosureCause.WORK, SupportSource.NO_PUBLIC_SUPPORT, null),
                enrolled("studies", "2025-01-01").closed("2025-03-01", ClosureCause.STUDIES, SupportSource.STUDENT_FINANCE, true));

        assertThat(figures.members("closures.workSubsidised")).contains(List.of("yes"));
        assertThat(figures.members("closures.workUnsubsidised")).contains(List.of("no", "unsaid"));
    }

    @Test
    void meanAgeAtClosureIsOverMeasuredClosuresByGender() {
        ReportFigures figures = figures(YEAR_2025,
                closed("w1", "2024-01-01", "2025-03-01", ClosureCause.WORK).person(Gender.WOMAN, 1980),
                closed("w2", "2024-01-01", "2025-03-01", ClosureCause.WORK).person(Gender.WOMAN, 1991),
                closed("m", "2024-01-01", "2025-03-01", ClosureCause.WORK).person(Gender.MAN, 1970),
                closed("dropout", "2024-01-01", "2025-03-01", ClosureCause.DROPOUT).person(Gender.MAN, 2000));

        assertThat(table(figures, "meanAgeAtClosure")).containsEntry("all", new BigDecimal("44.7"))
                .containsEntry("WOMAN", new BigDecimal("39.5")).containsEntry("MAN", new BigDecimal("55.0"))
                .containsEntry("NON_BINARY", null);
    }

    @Test
    void meanYearsInPublicSupportIsOverMeasuredClosuresWithAValue() {
        ReportFigures figures = figures(YEAR_2025,
                closed("a", "2024-01-01", "2025-03-01", ClosureCause.WORK).supportBefore(SupportSource.SICKNESS_BENEFIT, "2.5"),
                closed("b", "2024-01-01", "2025-03-01", ClosureCause.WORK).supportBefore(SupportSource.SICKNESS_BENEFIT, "3.0"),
                closed("c", "2024-01-01", "2025-03-01", ClosureCause.WORK).supportBefore(SupportSource.UNKNOWN, null));

        assertThat(table(figures, "meanYearsInPublicSupport")).containsEntry("all", new BigDecimal("2.8"));
        assertThat(figures.population("closures.meanYearsInPublicSupport.all")).contains(List.of("a", "b"));
    }

    /** Closures in {@code period} (enrolled on its first day, closed on its last), so many of each cause. */
    private static ReportFigures closures(ReportPeriod period, Map<ClosureCause, Integer> causes) {
        List<TestJourney> journeys = new ArrayList<>();
        causes.forEach((cause, count) -> {
            for (int i = 0; i < count; i++) {
                journeys.add(closed(cause + "-" + i, period.from().toString(), period.to().toString(), cause));
            }
        });
        return figures(period, journeys.toArray(TestJourney[]::new));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> table(ReportFigures figures, String name) {
        return (Map<String, Object>) ((Map<String, Object>) figures.render().get("closures")).get(name);
    }
}
