package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.reports.TestJourney.YEAR_2025;
import static se.finsam.journey.reports.TestJourney.closed;
import static se.finsam.journey.reports.TestJourney.enrolled;
import static se.finsam.journey.reports.TestJourney.figures;
import static se.finsam.journey.reports.TestJourney.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;

class ParticipantFiguresTest {

    @Test
    void aJourneyActiveOnlyOnTheFirstDayIsAParticipantActiveAtStartAndClosed() {
        ReportFigures figures = figures(YEAR_2025, closed("a", "2024-03-01", "2025-01-01", ClosureCause.WORK));

        assertThat(section(figures)).containsEntry("total", 1).containsEntry("activeAtStart", 1)
                .containsEntry("new", 0).containsEntry("closed", 1).containsEntry("activeAtEnd", 0);
    }

    @Test
    void aClosureOnTheLastDayIsClosedAndNotActiveAtEnd() {
        ReportFigures figures = figures(YEAR_2025, closed("a", "2025-03-01", "2025-12-31", ClosureCause.WORK),
                closed("b", "2025-03-01", "2026-01-01", ClosureCause.WORK));

        assertThat(figures.members("participants.closed")).contains(List.of("a"));
        assertThat(figures.members("participants.activeAtEnd")).contains(List.of("b"));
    }

    @Test
    void anEnrolmentOnTheLastDayIsNewAndActiveAtEnd() {
        ReportFigures figures = figures(YEAR_2025, enrolled("a", "2025-12-31"));

        assertThat(section(figures)).containsEntry("total", 1).containsEntry("new", 1).containsEntry("activeAtEnd", 1);
    }

    @Test
    void journeysOutsideThePeriodOrNeverEnrolledAreNoParticipants() {
        ReportFigures figures = figures(YEAR_2025,
                closed("closed-before", "2024-01-01", "2024-12-31", ClosureCause.WORK),
                enrolled("enrolled-after", "2026-01-01"),
                journey("waiting").referred("2025-02-01"),
                journey("withdrawn").referred("2025-02-01").withdrawn("2025-03-01"));

        assertThat(section(figures).get("total")).isEqualTo(0);
    }

    @Test
    void voidJourneysCountNowhere() {
        ReportFigures figures = figures(YEAR_2025, enrolled("void", "2025-02-01").voided());

        assertThat(figures.cells().values()).allSatisfy(figure -> assertThat(figure.population()).isEmpty());
    }

    @Test
    void samverkansteamAvestaReproducesItsPublishedFlow() {
        List<TestJourney> journeys = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            journeys.add(i < 11 ? closed("start-" + i, "2023-09-01", "2025-01-15", ClosureCause.STUDIES)
                    : enrolled("start-" + i, "2023-09-01"));
        }
        for (int i = 0; i < 23; i++) {
            journeys.add(i < 8 ? closed("new-" + i, "2024-08-01", "2025-05-01",
                    i == 0 ? ClosureCause.DROPOUT : ClosureCause.WORK) : enrolled("new-" + i, "2024-08-01"));
        }
        journeys.add(closed("closed-before", "2023-09-01", "2024-06-30", ClosureCause.WORK));
        journeys.add(enrolled("enrolled-after", "2025-07-01"));

        ReportFigures figures = figures(TestJourney.period("2024-07-01", "2025-06-30"),
                journeys.toArray(TestJourney[]::new));

        assertThat(section(figures)).containsEntry("activeAtStart", 48).containsEntry("new", 23)
                .containsEntry("closed", 19).containsEntry("activeAtEnd", 52);
        assertThat(figures.count("closures.dropouts")).contains(1);
    }

    @Test
    void ageIsTakenInTheClosureYearForJourneysClosedInThePeriodAndInTheLastYearOtherwise() {
        ReportFigures figures = figures(TestJourney.period("2024-07-01", "2025-06-30"),
                closed("closed", "2024-01-01", "2024-12-15", ClosureCause.WORK).person(Gender.MAN, 1995),
                enrolled("open", "2024-01-01").person(Gender.MAN, 1995),
                closed("closed-later", "2024-01-01", "2025-08-01", ClosureCause.WORK).person(Gender.MAN, 1995));

        assertThat(breakdown(figures, "byAgeBand")).containsExactly(Map.entry("16-29", 1), Map.entry("30-44", 2),
                Map.entry("45-59", 0), Map.entry("60-67", 0));
    }

    @Test
    void agesOutsideTheBandsGetTheirOwnKeyOnlyWhenTheyOccur() {
        ReportFigures figures = figures(YEAR_2025, enrolled("old", "2020-01-01").person(Gender.WOMAN, 1957));

        assertThat(breakdown(figures, "byAgeBand")).containsEntry("over-67", 1).doesNotContainKey("under-16")
                .containsEntry("60-67", 0);
    }

    @Test
    void breakdownsOverACodeListCarryEveryCodeInTheCodeListOrder() {
        ReportFigures figures = figures(YEAR_2025, enrolled("a", "2025-02-01").person(Gender.NON_BINARY, 1990));

        assertThat(breakdown(figures, "byGender")).containsExactly(Map.entry("WOMAN", 0), Map.entry("MAN", 0),
                Map.entry("NON_BINARY", 1));
        assertThat(breakdown(figures, "byReferringParty")).hasSize(ReferringParty.values().length)
                .containsEntry("SOCIAL_INSURANCE_AGENCY", 1).containsEntry("SELF", 0);
        assertThat(breakdown(figures, "newBySupportBefore")).hasSize(SupportSource.values().length);
    }

    @Test
    void referringUnitsAreKeyedPartyColonUnitSortedAndOnlyWhenGiven() {
        ReportFigures figures = figures(YEAR_2025,
                enrolled("a", "2025-02-01").by(ReferringParty.REGION, "Psykiatri Väst"),
                enrolled("b", "2024-02-01").by(ReferringParty.MUNICIPALITY, "IFO Försörjningsstöd"),
                enrolled("c", "2025-03-01").by(ReferringParty.MUNICIPALITY, "IFO Försörjningsstöd"),
                enrolled("d", "2025-03-01").by(ReferringParty.SELF, null),
                enrolled("e", "2025-03-01").by(ReferringParty.OTHER, ""));

        assertThat(breakdown(figures, "byReferringUnit")).containsExactly(
                Map.entry("MUNICIPALITY:IFO Försörjningsstöd", 2), Map.entry("REGION:Psykiatri Väst", 1));
        assertThat(breakdown(figures, "newByReferringUnit")).containsExactly(
                Map.entry("MUNICIPALITY:IFO Försörjningsstöd", 1), Map.entry("REGION:Psykiatri Väst", 1));
    }

    @Test
    void yearsInPublicSupportAreBucketedByCompletedYears() {
        ReportFigures figures = figures(YEAR_2025,
                enrolled("a", "2025-02-01").supportBefore(SupportSource.SICKNESS_BENEFIT, "0.9"),
                enrolled("b", "2025-02-01").supportBefore(SupportSource.SICKNESS_BENEFIT, "1.0"),
                enrolled("c", "2025-02-01").supportBefore(SupportSource.SICKNESS_BENEFIT, "3.9"),
                enrolled("d", "2025-02-01").supportBefore(SupportSource.SICKNESS_BENEFIT, "4"),
                enrolled("e", "2025-02-01").supportBefore(SupportSource.SICKNESS_BENEFIT, "9.9"),
                enrolled("f", "2025-02-01").supportBefore(SupportSource.SICKNESS_BENEFIT, "10.0"),
                enrolled("g", "2025-02-01").supportBefore(SupportSource.UNKNOWN, null));

        assertThat(breakdown(figures, "byTimeInPublicSupport")).containsExactly(Map.entry("<1", 1),
                Map.entry("1-3", 2), Map.entry("4-6", 1), Map.entry("7-9", 1), Map.entry(">9", 1),
                Map.entry("NOT_APPLICABLE", 1));
    }

    @Test
    void homeMunicipalitiesCarryOnlyThoseThatOccurSorted() {
        ReportFigures figures = figures(YEAR_2025, enrolled("a", "2025-02-01").livingIn("1982"),
                enrolled("b", "2025-02-01").livingIn("1980"), enrolled("c", "2025-02-01").livingIn(null));

        assertThat(breakdown(figures, "byHomeMunicipality")).containsExactly(Map.entry("1980", 1),
                Map.entry("1982", 1));
    }

    @Test
    void newBreakdownsCountOnlyTheNewParticipants() {
        ReportFigures figures = figures(YEAR_2025, enrolled("old", "2024-02-01").person(Gender.MAN, 1980),
                enrolled("new", "2025-02-01").person(Gender.WOMAN, 1980));

        assertThat(breakdown(figures, "byGender")).containsEntry("WOMAN", 1).containsEntry("MAN", 1);
        assertThat(breakdown(figures, "newByGender")).containsEntry("WOMAN", 1).containsEntry("MAN", 0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(ReportFigures figures) {
        return (Map<String, Object>) figures.render().get("participants");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> breakdown(ReportFigures figures, String name) {
        return (Map<String, Object>) section(figures).get(name);
    }
}
