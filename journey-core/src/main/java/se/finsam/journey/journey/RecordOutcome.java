package se.finsam.journey.journey;

/** The answer to {@link AddRecord}: where the record sits in its journey, and whether it was already there. */
public record RecordOutcome(String recordId, int sequenceNumber, boolean duplicate) {
}
