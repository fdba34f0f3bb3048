package se.finsam.journey.ledger;

import se.finsam.journey.ledger.events.LedgerEvent;

/**
 * What the rules decided about a proposed ledger record: store it as the ledger's record number
 * {@code sequenceNumber}, or recognise it as a duplicate of the record already stored there.
 */
public record LedgerDecision(LedgerEvent record, int sequenceNumber, boolean duplicate) {
}
