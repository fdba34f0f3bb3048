package se.finsam.journey.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.journey.journey.RuleViolation;

class PersonLinkRulesTest {

    private static final String ASSOCIATION = "vastmanland";
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void anAutomaticLinkGoesToTheEarliestOtherJourneyWithTheSamePseudonym() {
        JourneysLinked link = PersonLinkRules.automatic(new PersonLinks(), ASSOCIATION, "c", List.of("a", "b"), "l1",
                TODAY, "staff").orElseThrow();

        assertThat(link.pair()).isEqualTo(JourneyPair.of("a", "c"));
        assertThat(link.how()).isEqualTo(JourneysLinked.AUTOMATIC);
    }

    @Test
    void noAutomaticLinkIsMadeBetweenJourneysThatAlreadyCountAsOnePerson() {
        PersonLinks links = PersonLinks.of(List.of(linked("a", "b"), linked("b", "c")));

        assertThat(PersonLinkRules.automatic(links, ASSOCIATION, "c", List.of("a"), "l3", TODAY, "staff")).isEmpty();
    }

    @Test
    void thePairStaffUnlinkedIsNeverLinkedAutomaticallyAgainButTheNextEarliestIs() {
        PersonLinks links = PersonLinks.of(List.of(linked("a", "c"),
                new JourneysUnlinked(ASSOCIATION, "u1", "c", "a", "två personer", TODAY, "staff")));

        JourneysLinked link = PersonLinkRules.automatic(links, ASSOCIATION, "c", List.of("a", "b"), "l2", TODAY,
                "staff").orElseThrow();

        assertThat(link.pair()).isEqualTo(JourneyPair.of("b", "c"));
    }

    @Test
    void anUnlinkSeparatesTheJourneysIntoTwoPersons() {
        PersonLinks links = PersonLinks.of(List.of(linked("a", "b")));
        assertThat(links.persons(List.of("a", "b"))).isEqualTo(1);

        links.add(PersonLinkRules.unlink(links, ASSOCIATION, "b", "a", "fel", "u1", TODAY, "staff"));

        assertThat(links.persons(List.of("a", "b"))).isEqualTo(2);
    }

    @Test
    void aChainThroughAJourneyOutsideThePopulationStillMakesOnePersonOfItsEnds() {
        PersonLinks links = PersonLinks.of(List.of(linked("a", "b"), linked("b", "c")));

        assertThat(links.persons(List.of("a", "c"))).isEqualTo(1);
    }

    @Test
    void staffCannotLinkAJourneyToItselfNorTwiceNorWithoutAReasonNorWithAnIdentityNumberInIt() {
        PersonLinks links = PersonLinks.of(List.of(linked("a", "b"), linked("b", "c")));

        assertRefused(() -> link(links, "a", "a", "samma"), "link-to-itself");
        assertRefused(() -> link(links, "b", "a", "samma"), "already-linked");
        assertRefused(() -> link(links, "a", "c", "samma"), "already-same-person");
        assertRefused(() -> link(links, "a", "d", " "), "reason-required");
        assertRefused(() -> link(links, "a", "d", "x".repeat(201)), "reason-too-long");
        assertRefused(() -> link(links, "a", "d", "nummer 19850707-1234"), "identity-number-in-text");
        assertRefused(() -> PersonLinkRules.unlink(links, ASSOCIATION, "a", "c", "fel", "u", TODAY, "staff"),
                "not-linked");
    }

    private static JourneysLinked link(PersonLinks links, String one, String other, String reason) {
        return PersonLinkRules.link(links, ASSOCIATION, one, other, reason, "l", TODAY, "staff");
    }

    private static void assertRefused(Runnable attempt, String rule) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo(rule));
    }

    private static JourneysLinked linked(String one, String other) {
        return new JourneysLinked(ASSOCIATION, one + other, one, other, JourneysLinked.AUTOMATIC, "same number", TODAY,
                "service");
    }
}
