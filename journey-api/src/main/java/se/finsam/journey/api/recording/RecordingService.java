package se.finsam.journey.api.recording;

import com.fasterxml.jackson.databind.JsonNode;
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
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.journey.AddRecord;
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
    private final RecordParser parser;
    private final JourneyMetrics metrics;

    public RecordingService(CommandGateway commands, JourneyStreams streams, Initiatives initiatives,
                            PersonalDataVault vault, TransactionTemplate transactions, JourneyMetrics metrics) {
        this.metrics = metrics;
        this.commands = commands;
        this.streams = streams;
        this.initiatives = initiatives;
        this.vault = vault;
        this.transactions = transactions;
        this.parser = new RecordParser(vault::seal);
    }

    public record Recorded(String recordId, long position, boolean duplicate) {
    }

    public Recorded record(String journeyId, JsonNode body, Caller caller) {
        long start = System.nanoTime();
        try {
            // Permission before parsing: parsing seals personal data, which creates the journey's key.
            Optional<String> existing = streams.initiativeOf(journeyId);
            Optional<String> named = existing.or(() -> Optional.ofNullable(body.path("initiative").textValue())
                    .map(this::existingInitiative));
            named.ifPresent(caller::requireRecording);
            caller.requireRecordingAnywhere();
            JourneyEvent record = parser.parse(body, journeyId, caller.username());
            String initiative = existing.orElseGet(() -> initiativeOfNewJourney(record, named));
            if (initiative != null) {
                caller.requireRecording(initiative);
            }
            Recorded recorded = store(record);
            if (existing.isEmpty() && initiative != null) {
                streams.remember(journeyId, initiative);
            }
            metrics.record(recorded.duplicate() ? "duplicate" : "stored", System.nanoTime() - start);
            return recorded;
        } catch (RuntimeException e) {
            metrics.record("refused", System.nanoTime() - start);
            throw e;
        }
    }

    /**
     * Adds the record to its journey. A record that erases personal data destroys the journey's key in the same
     * transaction as its event is stored: the journey never says "erased" while its key still exists, nor the
     * other way round. (A resent one destroys it again, which repairs nothing but costs nothing.)
     */
    Recorded store(JourneyEvent record) {
        String journeyId = record.journeyId();
        try {
            return transactions.execute(status -> {
                RecordOutcome outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AddRecord(record))
                        .andMetaData(Map.of(AxonConfiguration.REQUEST_ID, "request-" + UUID.randomUUID())));
                if (record.erasesPersonalData()) {
                    vault.erase(journeyId);
                }
                return new Recorded(outcome.recordId(), streams.positionOf(journeyId, outcome.sequenceNumber()),
                        outcome.duplicate());
            });
        } catch (ConcurrencyException | AggregateStreamCreationException e) {
            throw RuleViolation.conflict("concurrent-change", "journey '" + journeyId + "' was changed by another "
                    + "request at the same moment; nothing was stored, send the record again");
        }
    }

    private String existingInitiative(String code) {
        if (initiatives.find(code).isEmpty()) {
            throw RuleViolation.invalid("unknown-initiative", "initiative " + RecordFields.shown(code)
                    + " does not exist; an administrator creates it first");
        }
        return code;
    }

    /**
     * For a referral, the initiative it names, which must exist (already checked when it is the one the body
     * named); for anything else there is none yet.
     */
    private String initiativeOfNewJourney(JourneyEvent record, Optional<String> checked) {
        if (record instanceof ParticipantReferred referral) {
            return checked.filter(referral.initiative()::equals).orElseGet(() -> existingInitiative(referral.initiative()));
        }
        return null;
    }
}
