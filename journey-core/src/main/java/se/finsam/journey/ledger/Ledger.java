package se.finsam.journey.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.ledger.events.LedgerEvent;

/**
 * The event-sourced ledger of one initiative or association: its money, staff, goals and activities. It is created
 * by its first record; the rules live in {@link LedgerRules}, so the finance import decides exactly alike.
 */
public class Ledger {

    @AggregateIdentifier
    private String ledgerId;
    private final LedgerHistory history = new LedgerHistory();

    protected Ledger() {
    }

    /** Decides every record in order; one refusal refuses the command, so nothing of it is stored. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<LedgerOutcome> handle(RecordInLedger command, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(Journey.SWEDEN));
        List<LedgerOutcome> outcomes = new ArrayList<>();
        for (LedgerEvent record : command.records()) {
            if (!record.ledgerId().equals(command.ledgerId())) {
                throw new IllegalArgumentException("record " + record.recordId() + " names another ledger");
            }
            LedgerDecision decision = LedgerRules.decide(history, record, today);
            if (!decision.duplicate()) {
                apply(decision.record());
            }
            outcomes.add(new LedgerOutcome(decision.record().recordId(), decision.sequenceNumber(),
                    decision.duplicate()));
        }
        return outcomes;
    }

    @EventSourcingHandler
    void on(LedgerEvent event) {
        ledgerId = event.ledgerId();
        history.add(event);
    }
}
