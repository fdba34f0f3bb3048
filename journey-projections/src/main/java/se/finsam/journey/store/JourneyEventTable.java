package se.finsam.journey.store;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * The journeys' histories from the event store, many journeys per query, optionally only up to a global position
 * (what a processor has seen) or a recorded instant (what was known then): {@link EventReader} for the journey
 * aggregate, so every payload passes the upcaster chain. Events of other aggregates (a ledger's) are never read.
 */
public class JourneyEventTable {

    /** The aggregate type Axon stores with every event of a journey (the aggregate's simple class name). */
    public static final String JOURNEY_AGGREGATE = "Journey";

    private final EventReader events;

    public JourneyEventTable(EventReader events) {
        this.events = events;
    }

    /**
     * One stored record with where and when it was stored, and (when asked for) the SHA-256 of the stored
     * event's immutable content: its identifier, journey, sequence number, timestamp, type, revision and payload.
     */
    public record StoredRecord(JourneyEvent record, long position, Instant recordedAt, byte[] contentHash) {
    }

    /** The one reader of stored events, for the readers of other aggregates beside this one (ledgers). */
    EventReader reader() {
        return events;
    }

    /** The position of the newest stored event (0 when there is none). */
    public long head() {
        return events.head();
    }

    public Map<String, JourneyHistory> histories(Collection<String> journeyIds) {
        return histories(journeyIds, Long.MAX_VALUE, null);
    }

    /** Histories up to and including {@code maxPosition}, and recorded by {@code asOf} when given. */
    public Map<String, JourneyHistory> histories(Collection<String> journeyIds, long maxPosition, Instant asOf) {
        Map<String, JourneyHistory> histories = new LinkedHashMap<>();
        stored(journeyIds, maxPosition, asOf).forEach((id, records) -> {
            JourneyHistory history = new JourneyHistory();
            records.forEach(r -> history.add(r.record()));
            histories.put(id, history);
        });
        return histories;
    }

    /** Every stored record of the journeys, in each journey's order. */
    public Map<String, List<StoredRecord>> stored(Collection<String> journeyIds, long maxPosition, Instant asOf) {
        Map<String, List<StoredRecord>> stored = new LinkedHashMap<>();
        forEachJourney(journeyIds, maxPosition, asOf, false, stored::put);
        return stored;
    }

    /**
     * Hands over the stored records of one journey at a time, journeys in the order of their ids' bytes (for
     * ASCII ids, {@link String#compareTo}), each journey's records in its order, optionally with content hashes.
     * Rows come through a cursor, so a fold over a whole association never holds more than one journey's
     * records.
     */
    public void forEachJourney(Collection<String> journeyIds, long maxPosition, Instant asOf, boolean hashed,
                               BiConsumer<String, List<StoredRecord>> journey) {
        events.forEachAggregate(JOURNEY_AGGREGATE, journeyIds, maxPosition, asOf, (id, stored) -> {
            List<StoredRecord> records = new ArrayList<>(stored.size());
            for (StoredEvent event : stored) {
                records.add(new StoredRecord((JourneyEvent) event.payload(), event.position(), event.recordedAt(),
                        hashed ? event.contentHash() : null));
            }
            journey.accept(id, records);
        });
    }

    public static MessageDigest sha256() {
        return StoredEvent.sha256();
    }
}
