package se.finsam.journey.api.recording;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.metrics.JourneyMetrics;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.journey.api.axon.AxonConfiguration;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.personal.PersonalDataVault;
import se.finsam.journey.api.persons.PersonLinking;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.journey.AddRecord;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.JourneyRules;
import se.finsam.journey.journey.RecordOutcome;
import se.finsam.journey.journey.RuleViolation;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantReferred;

/** Records one record through the journey aggregate. */
@Service
public class RecordingService {

    private final CommandGateway commands;
    private final JourneyStreams streams;
    private final Initiatives initiatives;
    private final PersonalDataVault vault;
    private final TransactionTemplate transactions;
    private final RecordParser parser = new RecordParser();
    private final Clock clock;
    private final JourneyMetrics metrics;
    private final PersonLinking persons;

    public RecordingService(CommandGateway commands, JourneyStreams streams, Initiatives initiatives,
                            PersonalDataVault vault, TransactionTemplate transactions, JourneyMetrics metrics,
                            Clock clock, PersonLinking persons) {
        this.persons = persons;
        this.metrics = metrics;
        this.clock = clock;
        this.commands = commands;
        this.streams = streams;
        this.initiatives = initiatives;
        this.vault = vault;
        this.transactions = transactions;
    }

    public record Recorded(String recordId, long position, boolean duplicate) {
    }

    public Recorded record(String journeyId, JsonNode body, Caller caller) {
        long start = System.nanoTime();
        try {
            // Who may record where is asked first, of the body as sent, so that the answer for another initiative's
            // journey or code never depends on the body's mistakes. Then the record is parsed (no side effect), the
            // initiative it names is checked, and only the store seals its personal data (making the journey's key).
            Optional<String> stored = streams.initiativeOf(journeyId);
            boolean ours = stored.isPresent() && caller.mayRecord(stored.get());
            String checked = ours ? null : body.path("initiative").textValue();
            if (checked != null) {
                requireRecordingIn(checked, caller);
            }
            caller.requireRecordingAnywhere();
            ProposedRecord record = parser.parse(body, journeyId, caller.username());
            if (stored.isPresent() && !ours) {
                throw asIfAbsent(journeyId, record);
            }
            String initiative = stored.orElse(record.unsealed() instanceof ParticipantReferred referral
                    ? referral.initiative() : null);
            if (stored.isEmpty() && initiative != null && !initiative.equals(checked)) {
                requireRecordingIn(initiative, caller);
            }
            Recorded recorded = store(record);
            if (stored.isEmpty() && initiative != null) {
                streams.remember(journeyId, initiative);
            }
            metrics.record(recorded.duplicate() ? "duplicate" : "stored", System.nanoTime() - start);
            return recorded;
        } catch (RuntimeException e) {
            metrics.record("refused", System.nanoTime() - start);
            throw e;
        }
    }

    /** Adds a record the service itself makes (it carries no personal data) to its journey. */
    Recorded store(JourneyEvent record) {
        return store(new ProposedRecord(record, null, null));
    }

    /**
     * Adds the record to its journey, in one transaction: its personal data is sealed (a journey without a key gets
     * one), then the journey decides. A refusal rolls the whole back, the new key with it, so a refused record leaves
     * no trace. A record that erases personal data destroys the journey's key in the same transaction as its event
     * is stored: the journey never says "erased" while its key still exists, nor the other way round. (A resent one
     * destroys it again, which repairs nothing but costs nothing.)
     */
    private Recorded store(ProposedRecord proposed) {
        String journeyId = proposed.journeyId();
        try {
            return transactions.execute(status -> {
                List<PersonLinking.Identified> identified = identified(proposed);
                // Before the record's own writes, in the order every writer takes them (see PersonLinking.lock).
                persons.lock(identified);
                JourneyEvent record = proposed.sealedWith(vault::seal);
                String requestId = "request-" + UUID.randomUUID();
                RecordOutcome outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AddRecord(record))
                        .andMetaData(Map.of(AxonConfiguration.REQUEST_ID, requestId)));
                if (record.erasesPersonalData()) {
                    vault.erase(journeyId);
                }
                if (!outcome.duplicate()) {
                    persons.identified(identified, record.recordedBy(), requestId);
                }
                return new Recorded(outcome.recordId(), streams.positionOf(journeyId, outcome.sequenceNumber()),
                        outcome.duplicate());
            });
        } catch (ConcurrencyException | AggregateStreamCreationException e) {
            throw RuleViolation.conflict("concurrent-change", "journey '" + journeyId + "' was changed by another "
                    + "request at the same moment; nothing was stored, send the record again")
                    .with("journeyId", journeyId);
        }
    }

    /** The journey's identity number as the record gives it (none when it gives none), with its initiative. */
    private List<PersonLinking.Identified> identified(ProposedRecord proposed) {
        if (proposed.identityNumber() == null) {
            return List.of();
        }
        String initiative = proposed.unsealed() instanceof ParticipantReferred referral ? referral.initiative()
                : streams.initiativeOf(proposed.journeyId()).orElse(null);
        return List.of(new PersonLinking.Identified(proposed.journeyId(), initiative, proposed.identityNumber()));
    }

    /**
     * May the caller record in this initiative, and does it exist, in that order: to a caller who does not work with
     * every initiative, an initiative that does not exist and one of others' answer the same, and neither answer
     * says which it is.
     */
    private void requireRecordingIn(String code, Caller caller) {
        caller.requireRecording(code);
        if (initiatives.find(code).isEmpty()) {
            throw RuleViolation.invalid("unknown-initiative", "initiative " + RecordFields.shown(code)
                    + " does not exist; an administrator creates it first").at("initiative");
        }
    }

    /**
     * The answer to a record for a journey of an initiative the caller may not record in: exactly what it would be if
     * the journey did not exist (the same field errors, then the journey rules over an empty history), so that it
     * tells nothing of the journey or its initiative. Only a referral cannot pretend: the id is taken, and it says no
     * more than that. Nothing is sealed, so no key is made for the journey.
     */
    private RuntimeException asIfAbsent(String journeyId, ProposedRecord proposed) {
        JourneyEvent record = proposed.unsealed();
        if (record instanceof ParticipantReferred) {
            return RuleViolation.conflict("second-referral", "journey '" + journeyId + "' already has a referral; a new "
                    + "participation needs a new journeyId").with("journeyId", journeyId);
        }
        JourneyRules.decide(new JourneyHistory(), record, LocalDate.now(clock.withZone(Journey.SWEDEN)));
        throw new IllegalStateException("the journey rules accepted a " + record.type().wireName()
                + " as the first record of a journey");
    }
}
