package se.finsam.journey.journey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * The event-sourced journey. Every record arrives as {@link AddRecord}; a journey that does not exist yet is
 * created by it (and the rules only let a referral do that). The rules themselves live in
 * {@link JourneyRules}, so the bulk import applies exactly the same ones.
 */
public class Journey {

    /** Dates are Swedish calendar days: "today" is today in Sweden, whatever the server's zone. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @AggregateIdentifier
    private String journeyId;
    private final JourneyHistory history = new JourneyHistory();

    protected Journey() {
    }

    /**
     * {@code clock} and {@code sealedValues} are resources Axon injects (Spring beans in the service): today's
     * date, and how to tell whether a resent record's personal data says what the stored one says.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordOutcome handle(AddRecord command, Clock clock, SealedComparison sealedValues) {
        Decision decision = JourneyRules.decide(history, command.record(), LocalDate.now(clock.withZone(SWEDEN)),
                sealedValues);
        if (!decision.duplicate()) {
            apply(decision.record());
        }
        return new RecordOutcome(decision.record().recordId(), decision.sequenceNumber(), decision.duplicate());
    }

    @EventSourcingHandler
    void on(JourneyEvent event) {
        journeyId = event.journeyId();
        history.add(event);
    }
}
