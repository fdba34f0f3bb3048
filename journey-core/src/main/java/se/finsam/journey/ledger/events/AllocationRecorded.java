package se.finsam.journey.ledger.events;

import org.axonframework.serialization.Revision;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.money.Party;

/** Money allotted to the ledger's owner for a budget year by one financing party, in öre. */
@Revision("1")
public record AllocationRecorded(String ledgerId, String recordId, String recordedBy, int year, Party financingParty,
                                 long amountOre) implements LedgerEvent {

    @Override
    public LedgerRecordType type() {
        return LedgerRecordType.ALLOCATION;
    }

    @Override
    public AllocationRecorded withRecordedBy(String recordedBy) {
        return new AllocationRecorded(ledgerId, recordId, recordedBy, year, financingParty, amountOre);
    }
}
