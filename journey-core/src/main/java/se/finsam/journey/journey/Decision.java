package se.finsam.journey.journey;

import se.finsam.journey.journey.events.JourneyEvent;

/**
 * What the rules decided about a proposed record: store it as the journey's record number
 * {@code sequenceNumber}, or recognise it as a duplicate of the record already stored there.
 */
public record Decision(JourneyEvent record, int sequenceNumber, boolean duplicate) {
}
