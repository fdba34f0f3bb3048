package se.finsam.journey.persons;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Two journeys are the same person: found by the service ({@code how} automatic) or said by staff (manual). */
@Revision("1")
public record JourneysLinked(String association, String recordId, String journeyId, String otherJourneyId,
                             String how, String reason, LocalDate date, String recordedBy) implements PersonLinkEvent {

    /** Found by the service: the two journeys were recorded with the same identity number. */
    public static final String AUTOMATIC = "automatic";
    /** Said by staff of both journeys' initiatives, with a reason. */
    public static final String MANUAL = "manual";
}
