package se.finsam.journey.ledger;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.finsam.journey.ledger.events.LedgerEvent;

/**
 * Add records to a ledger, in order: one from a form or a client, or every row of a finance file that concerns this
 * ledger. All are decided; if any is refused, none is stored.
 */
public record RecordInLedger(@TargetAggregateIdentifier String ledgerId, List<LedgerEvent> records) {

    public RecordInLedger {
        records = List.copyOf(records);
    }
}
