package se.finsam.journey.ledger.events;

import org.axonframework.serialization.Revision;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.money.CostType;

/** A line of a budget year's budget: what the owner plans to spend on one type of cost, in öre. */
@Revision("1")
public record BudgetRecorded(String ledgerId, String recordId, String recordedBy, int year, CostType costType,
                             long amountOre) implements LedgerEvent {

    @Override
    public LedgerRecordType type() {
        return LedgerRecordType.BUDGET;
    }

    @Override
    public BudgetRecorded withRecordedBy(String recordedBy) {
        return new BudgetRecorded(ledgerId, recordId, recordedBy, year, costType, amountOre);
    }
}
