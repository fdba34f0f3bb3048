package se.finsam.journey.persons;

import java.time.LocalDate;

/**
 * A record of an association's person links: two journeys linked as one person, or unlinked. It names journeys by
 * their ids only, never a person, so figures and manifests over it stay reproducible after an erasure.
 */
public sealed interface PersonLinkEvent permits JourneysLinked, JourneysUnlinked {

    /** The association whose link stream holds the record. */
    String association();

    String recordId();

    /** The journey the record was made for (the newer one of an automatic link). */
    String journeyId();

    /** The journey it is (or no longer is) the same person as. */
    String otherJourneyId();

    LocalDate date();

    String recordedBy();

    /** Why, in the words of who recorded it; the service's own for automatic links. */
    String reason();

    default JourneyPair pair() {
        return JourneyPair.of(journeyId(), otherJourneyId());
    }
}
