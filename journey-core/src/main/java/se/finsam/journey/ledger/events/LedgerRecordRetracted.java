package se.finsam.journey.ledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.ledger.LedgerRecordType;

/** Cancels an earlier record of the same ledger (by record id), on {@code date}, with a reason. */
@Revision("1")
public record LedgerRecordRetracted(String ledgerId, String recordId, String recordedBy, LocalDate date,
                                    String retracts, String reason) implements LedgerEvent {

    @Override
    public LedgerRecordType type() {
        return LedgerRecordType.RETRACTION;
    }

    @Override
    public LedgerRecordRetracted withRecordedBy(String recordedBy) {
        return new LedgerRecordRetracted(ledgerId, recordId, recordedBy, date, retracts, reason);
    }
}
