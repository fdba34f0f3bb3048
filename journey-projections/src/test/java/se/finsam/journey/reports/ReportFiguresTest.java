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
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;

class ReportFiguresTest {

    private static final ReportFigures FIGURES = figures(YEAR_2025,
            closed("j-3", "2024-05-01", "2025-04-01", ClosureCause.WORK).by(ReferringParty.MUNICIPALITY, "IFO Försörjningsstöd"),
            closed("j-1", "2025-02-01", "2025-04-01", ClosureCause.DROPOUT).by(ReferringParty.MUNICIPALITY, "IFO Försörjningsstöd"),
            closed("j-2", "2025-02-01", "2025-09-01", ClosureCause.STUDIES).by(ReferringParty.REGION, "Enh. 2 Västerås"),
            enrolled("Ö-1", "2025-03-01").person(Gender.MAN, 1990));

    @Test
    void rendersTheSectionsOfTheContractInOrder() {
        assertThat(FIGURES.render()).containsOnlyKeys("participants", "closures", "throughputTime", "referrals",
                "workTraining", "assessments");
        assertThat(List.copyOf(FIGURES.render().keySet())).containsExactly("participants", "closures",
                "throughputTime", "referrals", "workTraining", "assessments");
        assertThat(section("closures").keySet()).containsExactly("total", "dropouts", "byCause", "bySupportAfter",
                "standardTable", "shares", "greenOutcomes", "workSubsidised", "workUnsubsidised",
                "meanAgeAtClosure", "meanYearsInPublicSupport");
        assertThat(section("throughputTime").keySet()).containsExactly("count", "meanMonths", "medianMonths",
                "meanMonthsByGender");
    }

    @Test
    void rendersCountsAsIntegersAndSharesWithOneDecimal() {
        assertThat(section("participants").get("total")).isEqualTo(4);
        assertThat(((Map<?, ?>) section("closures").get("shares")).get("work")).isEqualTo(new BigDecimal("50.0"));
    }

    @Test
    void aCountCellListsTheSortedJourneysCountedInIt() {
        assertThat(FIGURES.members("participants.total")).contains(List.of("j-1", "j-2", "j-3", "Ö-1"));
        assertThat(FIGURES.members("participants.byGender.MAN")).contains(List.of("Ö-1"));
        assertThat(FIGURES.members("participants.byReferringUnit.MUNICIPALITY:IFO Försörjningsstöd"))
                .contains(List.of("j-1", "j-3"));
        assertThat(FIGURES.members("participants.newByReferringParty.MUNICIPALITY")).contains(List.of("j-1"));
        assertThat(FIGURES.members("closures.standardTable.work")).contains(List.of("j-3"));
        assertThat(FIGURES.members("closures.byCause.DROPOUT")).contains(List.of("j-1"));
        assertThat(FIGURES.members("closures.greenOutcomes.count")).contains(List.of("j-2", "j-3"));
        assertThat(FIGURES.members("referrals.received")).contains(List.of("j-1", "j-2", "Ö-1"));
    }

    @Test
    void aUnitWithADotIsLookedUpWhole() {
        assertThat(FIGURES.count("participants.byReferringUnit.REGION:Enh. 2 Västerås")).contains(1);
    }

    @Test
    void aShareOrMeanIsTracedToItsPopulation() {
        assertThat(FIGURES.population("closures.shares.work")).contains(List.of("j-2", "j-3"));
        assertThat(FIGURES.population("throughputTime.meanMonthsByGender.WOMAN")).contains(List.of("j-2", "j-3"));
        assertThat(FIGURES.members("closures.shares.work")).isEmpty();
    }

    @Test
    void anUnknownOrAbsentCellHasNoLineage() {
        assertThat(FIGURES.members("participants.nobody")).isEmpty();
        assertThat(FIGURES.members("participants.byReferringUnit.SELF:none")).isEmpty();
        assertThat(FIGURES.population("closures")).isEmpty();
        assertThat(FIGURES.count("participants.byGender.NON_BINARY")).contains(0);
    }

    @Test
    void everyCountCellHasAsManyMembersAsItsValue() {
        FIGURES.cells().forEach((path, figure) -> {
            if (figure instanceof Figure.Count count) {
                assertThat(FIGURES.members(path)).as(path).hasValueSatisfying(m -> assertThat(m).hasSize(count.value()));
            }
        });
        assertThat(FIGURES.cells()).containsKey("assessments.byInstrument.WORK_ABILITY.worsened");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(String name) {
        return (Map<String, Object>) FIGURES.render().get(name);
    }
}
