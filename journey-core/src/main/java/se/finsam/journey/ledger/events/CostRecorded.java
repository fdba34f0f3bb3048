package se.finsam.journey.ledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.money.CostType;

/**
 * An outcome (utfall): money spent on one type of cost over a period (a month, a quarter, one day's booking), in
 * öre; negative for a credit.
 */
@Revision("1")
public record CostRecorded(String ledgerId, String recordId, String recordedBy, LocalDate from, LocalDate to,
                           CostType costType, long amountOre) implements LedgerEvent {

    @Override
    public LedgerRecordType type() {
        return LedgerRecordType.COST;
    }

    @Override
    public CostRecorded withRecordedBy(String recordedBy) {
        return new CostRecorded(ledgerId, recordId, recordedBy, from, to, costType, amountOre);
    }
}
