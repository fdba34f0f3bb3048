package se.finsam.journey.api.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.metrics.JourneyMetrics;
import se.finsam.journey.api.axon.AxonConfiguration;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.personal.PersonalDataVault;
import se.finsam.journey.api.persons.PersonLinking;
import se.finsam.journey.api.recording.ImportResult.LineError;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.JsonProblems;
import se.finsam.journey.journey.Decision;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.JourneyRules;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.journey.Refusal;
import se.finsam.journey.journey.RuleViolation;
import se.finsam.journey.journey.Sealed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantReferred;

/**
 * Imports NDJSON records in chunks: each chunk loads the histories of its journeys in one query, decides every
 * line with the same {@link JourneyRules} as the aggregate, and appends the accepted records through Axon's
 * event store in one transaction, as one batch. A line that breaks a rule is reported and skipped; the
 * others stay. A chunk that meets a concurrent write to one of its journeys is decided again from scratch.
 * Lines arrive one at a time through an {@link Importer}, so no file is ever read whole.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** The contract's longest import line, in bytes of UTF-8. */
    public static final int MAX_LINE_BYTES = 64 * 1024;
    /** Rejected lines an answer lists; the others are counted ({@code errorsOmitted}). */
    public static final int MOST_ERRORS_LISTED = 1000;
    private static final int ATTEMPTS = 3;

    private final ObjectMapper json;
    private final JourneyStreams streams;
    private final Initiatives initiatives;
    private final RecordParser parser;
    private final PersonalDataVault vault;
    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final Clock clock;
    private final int chunkSize;
    private final ImportsInProgress inProgress;
    private final JourneyMetrics metrics;
    private final PersonLinking persons;

    public ImportService(ObjectMapper json, JourneyStreams streams, Initiatives initiatives, PersonalDataVault vault,
                         EventStore eventStore, TransactionManager transactions, Clock clock,
                         ImportProperties settings, ImportsInProgress inProgress,
                         JourneyMetrics metrics, PersonLinking persons) {
        this.persons = persons;
        this.metrics = metrics;
        this.inProgress = inProgress;
        this.json = json;
        this.streams = streams;
        this.initiatives = initiatives;
        this.parser = new RecordParser();
        this.vault = vault;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.clock = clock;
        this.chunkSize = settings.chunkSize();
    }

    /** Imports an NDJSON body, read a line at a time (see {@link NdjsonLines}). */
    public ImportResult importLines(InputStream ndjson, Caller caller) {
        try (Importer importer = begin(caller)) {
            try {
                NdjsonLines.feed(ndjson, importer);
            } catch (IOException e) {
                throw importer.brokenOff("the file stopped arriving after line " + importer.linesRead()
                        + " (the upload broke off)", e);
            }
            return importer.finish();
        }
    }

    /**
     * Starts an import that is fed a line at a time; background work waits while it runs, until it is closed.
     */
    public Importer begin(Caller caller) {
        inProgress.started();
        return new Importer(this, caller, "import-" + UUID.randomUUID(), chunkSize);
    }

    void closed() {
        inProgress.ended();
    }

    /** What the import did so far; when finished, {@code recordedAt} is after every stored line's recorded time. */
    ImportResult result(Importer importer, boolean finished) {
        Long position;
        try {
            position = importer.lastEventId() == null ? streams.head()
                    : streams.positionOfEvent(importer.lastEventId()).orElseGet(streams::head);
        } catch (RuntimeException databaseGone) {
            if (finished) {
                throw databaseGone;
            }
            position = null;
        }
        List<LineError> errors = importer.errors();
        return new ImportResult(importer.accepted(), importer.duplicates(), importer.rejected(), errors,
                importer.rejected() - errors.size(), position, finished ? settledInstant() : null);
    }

    void finished(Importer importer, ImportResult result, String importId) {
        metrics.imported(result.accepted(), result.duplicates(), result.rejected(), System.nanoTime() - importer.started());
        log.info("Import {} by {}: {} accepted, {} duplicates, {} rejected", importId, importer.caller().username(),
                result.accepted(), result.duplicates(), result.rejected());
    }

    void interrupted(Importer importer, ImportResult soFar, String importId, ImportInterruptedException.Reason reason,
                     Throwable cause) {
        metrics.imported(soFar.accepted(), soFar.duplicates(), soFar.rejected(), System.nanoTime() - importer.started());
        // The class of the cause only: its message may quote a line, and lines may hold personal data.
        String message = "Import {} by {} stopped ({}, {}) after {} accepted, {} duplicates, {} rejected";
        Object[] arguments = {importId, importer.caller().username(), reason, cause.getClass().getName(),
                soFar.accepted(), soFar.duplicates(), soFar.rejected()};
        if (reason == ImportInterruptedException.Reason.UNEXPECTED) {
            log.error(message, arguments);
        } else {
            log.warn(message, arguments);
        }
    }

    /** A line of the file: its text, or the error that it could not be read. */
    record Line(int number, String text, LineError unreadable) {
    }

    record ChunkResult(int accepted, int duplicates, List<LineError> errors, String lastEventId) {
    }

    ChunkResult importChunk(List<Line> lines, Caller caller, String importId) {
        for (int attempt = 1; ; attempt++) {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            try {
                unitOfWork.attachTransaction(transactions);
                ChunkResult result = decideAndAppend(lines, caller, importId);
                unitOfWork.commit();
                return result;
            } catch (ConcurrencyException | AggregateStreamCreationException | DataIntegrityViolationException e) {
                if (unitOfWork.isActive()) {
                    unitOfWork.rollback(e);
                }
                if (attempt == ATTEMPTS) {
                    throw RuleViolation.conflict("concurrent-change", "lines " + lines.get(0).number() + "–"
                            + lines.get(lines.size() - 1).number() + " touch journeys that other requests changed at "
                            + "the same moment, " + ATTEMPTS + " times running");
                }
            } catch (RuntimeException e) {
                if (unitOfWork.isActive()) {
                    unitOfWork.rollback(e);
                }
                throw e;
            }
        }
    }

    private ChunkResult decideAndAppend(List<Line> lines, Caller caller, String importId) {
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(recordedAt, Journey.SWEDEN);
        List<LineError> errors = new ArrayList<>();
        Map<Line, ProposedRecord> parsed = new LinkedHashMap<>();
        Map<String, Boolean> knownInitiatives = new HashMap<>();
        for (Line line : lines) {
            if (line.unreadable() != null) {
                errors.add(line.unreadable());
                continue;
            }
            JsonNode node = null;
            try {
                node = readJson(line);
                parsed.put(line, parse(node, caller, knownInitiatives));
            } catch (InvalidRecordException | RuleViolation e) {
                errors.add(LineError.of(line.number(), idFrom(node, "journeyId"), idFrom(node, "recordId"),
                        (Refusal) e));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        parsed.values().forEach(record -> ids.add(record.journeyId()));
        Map<String, JourneyHistory> histories = streams.histories(ids);
        List<DomainEventMessage<JourneyEvent>> accepted = new ArrayList<>();
        List<PersonLinking.Identified> identified = new ArrayList<>();
        Set<String> erasing = new LinkedHashSet<>();
        int duplicates = 0;
        for (Map.Entry<Line, ProposedRecord> entry : parsed.entrySet()) {
            ProposedRecord proposed = entry.getValue();
            JourneyEvent record = proposed.unsealed();
            JourneyHistory history = histories.computeIfAbsent(record.journeyId(), id -> new JourneyHistory());
            try {
                allowedFor(caller, history, record, knownInitiatives, today);
                // Authorised: seal, but make no key yet for a journey without one, so that a refused line leaves none.
                Sealing sealing = new Sealing(vault);
                record = proposed.sealedWith(sealing);
                Decision decision = JourneyRules.decide(history, record, today, vault);
                if (record.erasesPersonalData()) {
                    erasing.add(record.journeyId());
                }
                if (decision.duplicate()) {
                    duplicates++;
                    continue;
                }
                if (sealing.waitsForAKey()) {
                    Function<String, Sealed> withNewKey = vault.sealerWithNewKey(record.journeyId());
                    record = proposed.sealedWith((journeyId, plaintext) -> withNewKey.apply(plaintext));
                }
                history.add(record);
                if (proposed.identityNumber() != null) {
                    identified.add(new PersonLinking.Identified(record.journeyId(), history.initiative().orElse(null),
                            proposed.identityNumber()));
                }
                accepted.add(new GenericDomainEventMessage<>(Journey.class.getSimpleName(), record.journeyId(),
                        decision.sequenceNumber(), record,
                        Map.of(AxonConfiguration.REQUEST_ID, importId, "importLine", entry.getKey().number()),
                        UUID.randomUUID().toString(), recordedAt));
            } catch (RuleViolation e) {
                errors.add(LineError.of(entry.getKey().number(), record.journeyId(), record.recordId(), e));
            }
        }
        eventStore.publish(accepted);
        // In the chunk's transaction, after every line was authorised and decided: a refused line leaves no pseudonym.
        persons.identified(identified, caller.username(), importId);
        // In the chunk's transaction: the keys are destroyed exactly when the records that erase them are stored.
        erasing.forEach(vault::erase);
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ChunkResult(accepted.size(), duplicates, errors,
                accepted.isEmpty() ? null : accepted.get(accepted.size() - 1).getIdentifier());
    }

    private JsonNode readJson(Line line) {
        if (line.text().length() * 3 > MAX_LINE_BYTES
                && line.text().getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
            throw new InvalidRecordException(null, "line-too-long", "the line is longer than 64 KiB, the most an import "
                    + "line may hold");
        }
        // Most lines of a file of garbage fail here, without the cost of a parser's exception.
        if (!line.text().stripLeading().startsWith("{")) {
            throw new InvalidRecordException(null, "not-a-record", "the line is not a JSON object (a record starts with "
                    + "'{')");
        }
        try {
            return json.readTree(line.text());
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException(null, "not-json", "the line is not valid JSON (" + JsonProblems.describe(e)
                    + ")");
        }
    }

    private ProposedRecord parse(JsonNode node, Caller caller, Map<String, Boolean> known) {
        // A referral's initiative is checked before parsing, as for a single record: the answer for another's
        // initiative never depends on the line's mistakes. Permission before existence: to a caller who does not work
        // with every initiative, one that does not exist and one of others' answer the same.
        String initiative = node.path("initiative").textValue();
        if (initiative != null) {
            if (!caller.mayRecord(initiative)) {
                throw notYourInitiative(caller, initiative);
            }
            requireExisting(initiative, known);
        }
        return parser.parse(node, null, caller.username());
    }

    private void requireExisting(String initiative, Map<String, Boolean> known) {
        if (!known.computeIfAbsent(initiative, code -> initiatives.find(code).isPresent())) {
            throw RuleViolation.invalid("unknown-initiative", "initiative " + RecordFields.shown(initiative)
                    + " does not exist; an administrator creates it first").at("initiative");
        }
    }

    private static RuleViolation notYourInitiative(Caller caller, String initiative) {
        return RuleViolation.invalid("not-your-initiative", "user '" + caller.username()
                + "' may not record journeys of initiative '" + initiative + "'").at("initiative")
                .with("initiative", initiative);
    }

    /**
     * A line for a journey of an initiative the caller may not record in is refused exactly as if the journey did not
     * exist (the journey rules over an empty history), so that the message names neither the journey's initiative
     * nor says it exists; only a referral must say that its journeyId is taken.
     */
    private void allowedFor(Caller caller, JourneyHistory history, JourneyEvent record, Map<String, Boolean> known,
                            LocalDate today) {
        String initiative = history.initiative().orElse(null);
        if (initiative != null && !caller.mayRecord(initiative)) {
            if (record instanceof ParticipantReferred) {
                throw RuleViolation.conflict("second-referral", "journey '" + record.journeyId() + "' already has a "
                        + "referral; a new participation needs a new journeyId").with("journeyId", record.journeyId());
            }
            // Always refuses (a future date, or no referral first), as for a journey that does not exist.
            JourneyRules.decide(new JourneyHistory(), record, today);
        }
        if (initiative == null && record instanceof ParticipantReferred referral) {
            if (!caller.mayRecord(referral.initiative())) {
                throw notYourInitiative(caller, referral.initiative());
            }
            requireExisting(referral.initiative(), known);
        }
    }

    /** The id a rejected line gives, if it is readable and shaped like an id (never personal data). */
    private static String idFrom(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() && isShownId(value.asText()) ? value.asText() : null;
    }

    /** Whether an error may name this id: shaped like an id, and not like an identity number. */
    static boolean isShownId(String id) {
        return RecordFields.IDENTIFIER.matcher(id).matches() && !PersonalIdentityNumber.looksLikeOne(id);
    }

    /**
     * Now, to the millisecond the store keeps; returns only once the clock has passed it, so that everything
     * recorded after this answer has a later recorded time ({@code asOf} this instant excludes it).
     */
    private Instant settledInstant() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        while (!clock.instant().truncatedTo(ChronoUnit.MILLIS).isAfter(now)) {
            Thread.onSpinWait();
        }
        return now;
    }
}
