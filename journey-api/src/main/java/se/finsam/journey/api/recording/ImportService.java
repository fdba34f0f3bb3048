package se.finsam.journey.api.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.metrics.JourneyMetrics;
import se.finsam.journey.api.axon.AxonConfiguration;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.personal.PersonalDataVault;
import se.finsam.journey.api.recording.ImportResult.LineError;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.JsonProblems;
import se.finsam.journey.journey.Decision;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.JourneyRules;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.journey.RuleViolation;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantReferred;

/**
 * Imports NDJSON records in chunks: each chunk loads the histories of its journeys in one query, decides every
 * line with the same {@link JourneyRules} as the aggregate, and appends the accepted records through Axon's
 * event store in one transaction, as one batch. A line that breaks a rule is reported and skipped; the
 * others stay. A chunk that meets a concurrent write to one of its journeys is decided again from scratch.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int MAX_LINE_BYTES = 64 * 1024;
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

    public ImportService(ObjectMapper json, JourneyStreams streams, Initiatives initiatives, PersonalDataVault vault,
                         EventStore eventStore, TransactionManager transactions, Clock clock,
                         @Value("${journey.import.chunk-size}") int chunkSize, ImportsInProgress inProgress,
                         JourneyMetrics metrics) {
        this.metrics = metrics;
        this.inProgress = inProgress;
        this.json = json;
        this.streams = streams;
        this.initiatives = initiatives;
        this.parser = new RecordParser(vault::seal);
        this.vault = vault;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    public ImportResult importLines(BufferedReader reader, Caller caller) throws IOException {
        inProgress.started();
        long start = System.nanoTime();
        try {
            ImportResult result = importAll(reader, caller);
            metrics.imported(result.accepted(), result.duplicates(), result.rejected(), System.nanoTime() - start);
            return result;
        } finally {
            inProgress.ended();
        }
    }

    private ImportResult importAll(BufferedReader reader, Caller caller) throws IOException {
        String importId = "import-" + UUID.randomUUID();
        Totals totals = new Totals();
        List<Line> chunk = new ArrayList<>(chunkSize);
        int number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (!text.isBlank()) {
                chunk.add(new Line(number, text));
            }
            if (chunk.size() >= chunkSize) {
                totals.add(importChunk(chunk, caller, importId));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            totals.add(importChunk(chunk, caller, importId));
        }
        long position = totals.lastEventId == null ? streams.head()
                : streams.positionOfEvent(totals.lastEventId).orElseGet(streams::head);
        log.info("Import {} by {}: {} accepted, {} duplicates, {} rejected", importId, caller.username(),
                totals.accepted, totals.duplicates, totals.errors.size());
        return new ImportResult(totals.accepted, totals.duplicates, totals.errors.size(), totals.errors, position,
                settledInstant());
    }

    private record Line(int number, String text) {
    }

    private record ChunkResult(int accepted, int duplicates, List<LineError> errors, String lastEventId) {
    }

    private ChunkResult importChunk(List<Line> lines, Caller caller, String importId) {
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
                            + lines.get(lines.size() - 1).number() + " touch journeys that others changed at the "
                            + "same moment, " + ATTEMPTS + " times; the lines before them are stored, import the "
                            + "rest again");
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
        Map<Line, JourneyEvent> parsed = new LinkedHashMap<>();
        Map<String, Boolean> knownInitiatives = new HashMap<>();
        for (Line line : lines) {
            try {
                parsed.put(line, parse(line, caller, knownInitiatives));
            } catch (InvalidRecordException | RuleViolation e) {
                errors.add(error(line, null, e.getMessage()));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        parsed.values().forEach(record -> ids.add(record.journeyId()));
        Map<String, JourneyHistory> histories = streams.histories(ids);
        List<DomainEventMessage<JourneyEvent>> accepted = new ArrayList<>();
        Set<String> erasing = new LinkedHashSet<>();
        int duplicates = 0;
        for (Map.Entry<Line, JourneyEvent> entry : parsed.entrySet()) {
            JourneyEvent record = entry.getValue();
            JourneyHistory history = histories.computeIfAbsent(record.journeyId(), id -> new JourneyHistory());
            try {
                allowedFor(caller, history, record, knownInitiatives, today);
                Decision decision = JourneyRules.decide(history, record, today);
                if (record.erasesPersonalData()) {
                    erasing.add(record.journeyId());
                }
                if (decision.duplicate()) {
                    duplicates++;
                    continue;
                }
                history.add(record);
                accepted.add(new GenericDomainEventMessage<>(Journey.class.getSimpleName(), record.journeyId(),
                        decision.sequenceNumber(), record,
                        Map.of(AxonConfiguration.REQUEST_ID, importId, "importLine", entry.getKey().number()),
                        UUID.randomUUID().toString(), recordedAt));
            } catch (RuleViolation e) {
                errors.add(error(entry.getKey(), record, e.getMessage()));
            }
        }
        eventStore.publish(accepted);
        // In the chunk's transaction: the keys are destroyed exactly when the records that erase them are stored.
        erasing.forEach(vault::erase);
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ChunkResult(accepted.size(), duplicates, errors,
                accepted.isEmpty() ? null : accepted.get(accepted.size() - 1).getIdentifier());
    }

    private JourneyEvent parse(Line line, Caller caller, Map<String, Boolean> known) {
        if (line.text().length() * 3 > MAX_LINE_BYTES
                && line.text().getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
            throw new InvalidRecordException("the line is longer than 64 KiB, the most an import line may hold");
        }
        JsonNode node;
        try {
            node = json.readTree(line.text());
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("the line is not valid JSON ("
                    + JsonProblems.describe(e) + ")");
        }
        // A referral's initiative is checked before parsing, which seals personal data and so creates a key.
        // Permission before existence: to a caller who does not work with every initiative, one that does not exist
        // and one of others' answer the same.
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
            throw RuleViolation.invalid("unknown-initiative", "initiative '" + initiative
                    + "' does not exist; an administrator creates it first");
        }
    }

    private static RuleViolation notYourInitiative(Caller caller, String initiative) {
        return RuleViolation.invalid("not-your-initiative", "user '" + caller.username()
                + "' may not record journeys of initiative '" + initiative + "'");
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
                        + "referral; a new participation needs a new journeyId");
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

    private LineError error(Line line, JourneyEvent record, String message) {
        String journeyId = record != null ? record.journeyId() : idFrom(line, "journeyId");
        return new LineError(line.number(), journeyId, idFrom(line, "recordId"), message);
    }

    /** The id a rejected line gives, if it is readable and shaped like an id (never personal data). */
    private String idFrom(Line line, String field) {
        try {
            JsonNode value = json.readTree(line.text()).get(field);
            return value != null && value.isTextual() && RecordFields.IDENTIFIER.matcher(value.asText()).matches()
                    && !PersonalIdentityNumber.looksLikeOne(value.asText())
                    ? value.asText() : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
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

    private static final class Totals {
        int accepted;
        int duplicates;
        final List<LineError> errors = new ArrayList<>();
        String lastEventId;

        void add(ChunkResult chunk) {
            accepted += chunk.accepted();
            duplicates += chunk.duplicates();
            errors.addAll(chunk.errors());
            if (chunk.lastEventId() != null) {
                lastEventId = chunk.lastEventId();
            }
        }
    }
}
