package se.finsam.journey.persons;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Two journeys are not (or no longer) to be counted as one person, said by staff with a reason. It overrides an
 * automatic link too, and the service never links the pair automatically again.
 */
@Revision("1")
public record JourneysUnlinked(String association, String recordId, String journeyId, String otherJourneyId,
                               String reason, LocalDate date, String recordedBy) implements PersonLinkEvent {
}
