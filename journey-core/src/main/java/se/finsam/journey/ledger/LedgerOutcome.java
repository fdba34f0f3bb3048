package se.finsam.journey.ledger;

/** What became of one record of {@link RecordInLedger}: where it sits in its ledger, and whether it was already there. */
public record LedgerOutcome(String recordId, int sequenceNumber, boolean duplicate) {
}
