package se.finsam.journey.api.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.journey.api.axon.AxonConfiguration;
import se.finsam.journey.api.recording.JourneyStreams;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.ledger.LedgerHistory;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.LedgerOutcome;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.LedgerViolation;
import se.finsam.journey.ledger.RecordInLedger;
import se.finsam.journey.ledger.events.LedgerEvent;

/**
 * Records ledger records through the ledger aggregate: one from a client or a form, or every record of a finance
 * file in one transaction (all stored, or none). Who may record is asked before the record is read: first whether
 * the caller may record anything in the ledger, then whether the record's area (a retraction's is that of the
 * record it retracts).
 */
@Service
public class LedgerRecording {

    private final CommandGateway commands;
    private final EventStore events;
    private final TransactionTemplate transactions;
    private final JourneyStreams streams;
    private final LedgerAccess access;
    private final LedgerRecordParser parser;
    private final Clock clock;

    LedgerRecording(CommandGateway commands, EventStore events, TransactionTemplate transactions,
                    JourneyStreams streams, LedgerAccess access, GoalFigureCheck figures, Clock clock) {
        this.commands = commands;
        this.events = events;
        this.transactions = transactions;
        this.streams = streams;
        this.access = access;
        this.parser = new LedgerRecordParser(figures);
        this.clock = clock;
    }

    /** One stored (or duplicate) record: its id and the global position of its event. */
    public record Recorded(String ledger, String recordId, long position, boolean duplicate) {
    }

    /**
     * Records one record in the ledger of {@code owner} {@code code}, asking in the order that tells a caller nothing
     * it may not know: its roles (403), its initiatives (403), whether the ledger exists (404), the record's form
     * (422) and the ledger's rules (409, 422).
     */
    public Recorded record(LedgerId.Owner owner, String code, JsonNode body, Caller caller) {
        if (!access.recordsAnything(caller)) {
            throw new ForbiddenException("user '" + caller.username() + "' may not record in ledgers (OFFICE, "
                    + "ANALYST, STAFF and ADMIN do, each their own areas)");
        }
        LedgerRecordType type = LedgerRecordParser.type(body);
        if (type.area() != null) {
            access.requireRecordingArea(caller, type.area());
        }
        LedgerId ledger = access.recordable(caller, owner, code, type.area());
        LedgerEvent record = parser.parse(ledger, body, caller.username(), today());
        access.requireRecording(caller, ledger, areaOf(ledger, record));
        return store(Map.of(ledger, List.of(record))).get(0);
    }

    /** The area a record belongs to; a retraction's is that of the record it retracts (if the ledger holds it). */
    LedgerRecordType.Area areaOf(LedgerId ledger, LedgerEvent record) {
        if (record.type() != LedgerRecordType.RETRACTION) {
            return record.type().area();
        }
        String target = ((se.finsam.journey.ledger.events.LedgerRecordRetracted) record).retracts();
        return history(ledger).record(target).map(r -> r.type().area()).orElseThrow(() -> LedgerViolation.conflict(
                "retracts", "retracts-unknown", "this ledger has no record '" + target + "' to retract", target));
    }

    /** The ledger's history as stored now, through Axon's event store (and its upcasters). */
    public LedgerHistory history(LedgerId ledger) {
        LedgerHistory history = new LedgerHistory();
        events.readEvents(ledger.value()).asStream().forEach(message -> history.add((LedgerEvent) message.getPayload()));
        return history;
    }

    /**
     * Stores the records of each ledger in order, all in one transaction: if any is refused, nothing is stored.
     * Returns the outcome of every record, ledger by ledger.
     */
    public List<Recorded> store(Map<LedgerId, List<LedgerEvent>> records) {
        try {
            return transactions.execute(status -> {
                List<Recorded> recorded = new ArrayList<>();
                records.forEach((ledger, ofLedger) -> {
                    List<LedgerOutcome> outcomes = commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                            new RecordInLedger(ledger.value(), ofLedger)).andMetaData(Map.of(AxonConfiguration.REQUEST_ID,
                            "request-" + UUID.randomUUID())));
                    for (LedgerOutcome outcome : outcomes) {
                        recorded.add(new Recorded(ledger.value(), outcome.recordId(),
                                streams.positionOf(ledger.value(), outcome.sequenceNumber()), outcome.duplicate()));
                    }
                });
                return recorded;
            });
        } catch (ConcurrencyException | AggregateStreamCreationException e) {
            throw LedgerViolation.conflict(null, "concurrent-change", "the ledger was changed by another request at the "
                    + "same moment; nothing was stored, send the records again");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Journey.SWEDEN));
    }
}
