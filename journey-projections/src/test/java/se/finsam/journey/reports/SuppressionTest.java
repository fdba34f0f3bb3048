package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.journey.reports.TestJourney.YEAR_2025;
import static se.finsam.journey.reports.TestJourney.build;
import static se.finsam.journey.reports.TestJourney.closed;
import static se.finsam.journey.reports.TestJourney.enrolled;
import static se.finsam.journey.reports.TestJourney.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;

/** Small-cell protection on small teams' tables, with cells of 1 to 4 journeys. */
class SuppressionTest {

    @Test
    void aCountBelowTheThresholdIsHiddenAndAZeroIsNot() {
        ReportFigures figures = figures(YEAR_2025, team(5, 1));

        Suppression suppression = Suppression.of(figures, 3);

        assertThat(suppression.cells()).contains("participants.byGender.MAN")
                .doesNotContain("participants.byGender.NON_BINARY", "participants.total");
        assertThat(at(suppression.render(), "participants", "byGender", "MAN")).isNull();
        assertThat(at(suppression.render(), "participants", "byGender", "NON_BINARY")).isEqualTo(0);
        assertThat(at(suppression.render(), "participants", "total")).isEqualTo(6);
        assertNoHiddenCellCanBeWorkedOut(figures, suppression);
    }

    @Test
    void aGroupWithOneSmallCellHasItsSmallestOtherNonZeroCellHiddenToo() {
        ReportFigures figures = figures(YEAR_2025, team(5, 1));

        Suppression suppression = Suppression.of(figures, 3);

        // total 6 = WOMAN 5 + MAN 1 + NON_BINARY 0: with MAN alone hidden, 6 − 5 − 0 would give it away.
        assertThat(suppression.cells()).contains("participants.byGender.WOMAN", "participants.newByGender.WOMAN",
                "participants.newByGender.MAN");
        assertThat(at(suppression.render(), "participants", "byGender", "WOMAN")).isNull();
    }

    @Test
    void aGroupWithOneSmallCellAndNoOtherNonZeroCellHasItsTotalHidden() {
        ReportFigures figures = figures(YEAR_2025, team(3, 0));

        Suppression suppression = Suppression.of(figures, 5);

        assertThat(suppression.cells()).contains("participants.byGender.WOMAN", "participants.total",
                "participants.new");
        assertNoHiddenCellCanBeWorkedOut(figures, suppression);
    }

    @Test
    void theSecondCellIsTheSmallestNonZeroOneOfTheStandardClosureTable() {
        ReportFigures figures = figuresOf(YEAR_2025, closures(Map.of(ClosureCause.WORK, 5, ClosureCause.STUDIES, 1,
                ClosureCause.CONTINUED_REHABILITATION, 4)));

        Suppression suppression = Suppression.of(figures, 3);

        assertThat(suppression.cells()).contains("closures.standardTable.studies",
                        "closures.standardTable.continuedRehabilitation", "closures.byCause.STUDIES",
                        "closures.byCause.CONTINUED_REHABILITATION")
                .doesNotContain("closures.standardTable.work", "closures.standardTable.closures",
                        "closures.greenOutcomes.count");
        assertNoHiddenCellCanBeWorkedOut(figures, suppression);
    }

    @Test
    void aShareOnAHiddenCountIsHiddenAndOneOnAShownCountIsNot() {
        ReportFigures figures = figuresOf(YEAR_2025, closures(Map.of(ClosureCause.WORK, 5, ClosureCause.STUDIES, 1,
                ClosureCause.CONTINUED_REHABILITATION, 4)));

        Suppression suppression = Suppression.of(figures, 3);

        assertThat(suppression.cells()).contains("closures.shares.studies", "closures.shares.continuedRehabilitation")
                .doesNotContain("closures.shares.work", "closures.greenOutcomes.share", "closures.shares.other");
        assertThat(at(suppression.render(), "closures", "shares", "work")).isEqualTo(figures.cells()
                .get("closures.shares.work").rendered());
    }

    @Test
    void hiddenDropoutsHideTheMeasuredClosuresAndSoEveryShare() {
        ReportFigures figures = figuresOf(YEAR_2025, closures(Map.of(ClosureCause.WORK, 4, ClosureCause.DROPOUT, 2,
                ClosureCause.CONTINUED_REHABILITATION, 4)));

        Suppression suppression = Suppression.of(figures, 3);

        // closures 10 − measured 8 would give the 2 drop-outs away; every share times 8 would give its count.
        assertThat(suppression.cells()).contains("closures.dropouts", "throughputTime.count",
                "closures.shares.work", "closures.greenOutcomes.share");
        assertNoHiddenCellCanBeWorkedOut(figures, suppression);
    }

    @Test
    void aMeanOverFewerJourneysThanTheThresholdIsHiddenAndOneOverNobodyIsNotListed() {
        List<TestJourney> team = closures(Map.of(ClosureCause.WORK, 4));
        team.add(closed("man", "2025-01-01", "2025-03-01", ClosureCause.WORK).person(Gender.MAN, 1980));
        ReportFigures figures = figuresOf(YEAR_2025, team);

        Suppression suppression = Suppression.of(figures, 3);

        assertThat(suppression.cells()).contains("closures.meanAgeAtClosure.MAN", "throughputTime.meanMonthsByGender.MAN")
                .doesNotContain("closures.meanAgeAtClosure.all", "closures.meanAgeAtClosure.WOMAN",
                        "closures.meanAgeAtClosure.NON_BINARY");
        assertThat(at(suppression.render(), "closures", "meanAgeAtClosure", "MAN")).isNull();
    }

    @Test
    void aCellHiddenInEitherYearIsHiddenInBothAndSoIsItsChange() {
        List<TestJourney> journeys = new ArrayList<>(List.of(team(4, 3)));
        for (int i = 0; i < 4; i++) {
            journeys.add(closed("then-w" + i, "2024-02-01", "2024-06-01", ClosureCause.WORK));
        }
        journeys.add(closed("then-m", "2024-02-01", "2024-06-01", ClosureCause.WORK).person(Gender.MAN, 1985));
        ReportComparison comparison = ReportComparison.compute(build(journeys), YEAR_2025);

        Suppression suppression = Suppression.of(comparison, 3);

        // 3 men now is not small, but 1 a year earlier is: now = before + change would give it away.
        assertThat(suppression.cells()).contains("participants.byGender.MAN", "participants.byGender.WOMAN");
        assertThat(suppression.previousCells()).contains("participants.byGender.MAN", "participants.byGender.WOMAN");
        assertThat(suppression.change()).containsEntry("participants.byGender.MAN", null)
                .containsEntry("participants.byGender.WOMAN", null).containsEntry("participants.total", 2);
        assertThat(at(suppression.render(), "participants", "byGender", "MAN")).isNull();
        assertThat(at(suppression.previous(), "participants", "byGender", "MAN")).isNull();
        assertNoHiddenCellCanBeWorkedOut(comparison.current(), suppression.cells());
        assertNoHiddenCellCanBeWorkedOut(comparison.previousFigures(), suppression.previousCells());
    }

    @Test
    void withoutASmallCellNothingIsHiddenAndTheReportIsAsItWas() {
        ReportFigures figures = figures(YEAR_2025, team(5, 0));

        Suppression suppression = Suppression.of(figures, 5);

        assertThat(suppression.cells()).isEmpty();
        assertThat(suppression.render()).isEqualTo(figures.render());
        assertThat(suppression.describe()).containsEntry("threshold", 5).containsEntry("cells", List.of())
                .containsEntry("previousCells", List.of());
    }

    @Test
    void aThresholdOutside2To100IsRefused() {
        ReportFigures figures = figures(YEAR_2025, team(1, 0));

        assertThatThrownBy(() -> Suppression.of(figures, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Suppression.of(figures, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code women} and {@code men} enrolled in 2025, open, alike in everything else. */
    private static TestJourney[] team(int women, int men) {
        List<TestJourney> team = new ArrayList<>();
        for (int i = 0; i < women; i++) {
            team.add(enrolled("w" + i, "2025-02-01"));
        }
        for (int i = 0; i < men; i++) {
            team.add(enrolled("m" + i, "2025-02-01").person(Gender.MAN, 1985));
        }
        return team.toArray(TestJourney[]::new);
    }

    /** Journeys enrolled and closed in 2025, so many with each cause. */
    private static List<TestJourney> closures(Map<ClosureCause, Integer> causes) {
        List<TestJourney> closures = new ArrayList<>();
        causes.forEach((cause, count) -> {
            for (int i = 0; i < count; i++) {
                closures.add(closed(cause.name() + i, "2025-01-01", "2025-03-01", cause));
            }
        });
        return closures;
    }

    private static ReportFigures figuresOf(ReportPeriod period, List<TestJourney> journeys) {
        return TestJourney.figures(period, journeys.toArray(TestJourney[]::new));
    }

    static void assertNoHiddenCellCanBeWorkedOut(ReportFigures figures, Suppression suppression) {
        assertNoHiddenCellCanBeWorkedOut(figures, suppression.cells());
    }

    /** In no additive group is a hidden cell the total minus the shown parts, or a hidden total their sum. */
    static void assertNoHiddenCellCanBeWorkedOut(ReportFigures figures, List<String> hiddenCells) {
        Set<String> hidden = new HashSet<>(hiddenCells);
        for (CellSuppression.Group group : SuppressionGroups.of(figures)) {
            long hiddenParts = group.parts().stream().filter(hidden::contains).count();
            if (hidden.contains(group.total())) {
                assertThat(hiddenParts).as("%s is the sum of its shown parts", group).isPositive();
            } else {
                assertThat(hiddenParts).as("%s has one hidden part: the total minus the others", group).isNotEqualTo(1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> rendered, String... keys) {
        Object node = rendered;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }
}
