package se.finsam.journey.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * Loads the histories of many journeys in one query from {@code domainevententry}, optionally only up to a
 * global position (what a processor has seen) or a recorded instant (what was known then).
 */
public class JourneyEventTable {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public JourneyEventTable(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * One stored record with where and when it was stored, and (when asked for) the SHA-256 of the stored
     * event's immutable content: its identifier, journey, sequence number, timestamp, type, revision and payload.
     */
    public record StoredRecord(JourneyEvent record, long position, Instant recordedAt, byte[] contentHash) {
    }

    /** The database, for the readers of other aggregates beside this one (ledgers). */
    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The position of the newest stored event (0 when there is none). */
    public long head() {
        Long head = jdbc.queryForObject("SELECT MAX(globalindex) FROM domainevententry", Long.class);
        return head == null ? 0 : head;
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
     * records (PostgreSQL only streams inside a transaction; one is opened for the read if none is running).
     * Only events of the journey aggregate are read: an id of another aggregate (a ledger) gives nothing.
     */
    public void forEachJourney(Collection<String> journeyIds, long maxPosition, Instant asOf, boolean hashed,
                               BiConsumer<String, List<StoredRecord>> journey) {
        forEachAggregate(JOURNEY_AGGREGATE, journeyIds, maxPosition, asOf, hashed,
                (event, position, recordedAt, hash) -> new StoredRecord((JourneyEvent) event, position, recordedAt,
                        hash), journey);
    }

    /** The aggregate type Axon stores with every event of a journey (the aggregate's simple class name). */
    public static final String JOURNEY_AGGREGATE = "Journey";

    /** Makes what a reader hands over from one stored event. */
    @FunctionalInterface
    interface StoredEventFactory<E> {
        E stored(Object event, long position, Instant recordedAt, byte[] contentHash);
    }

    /**
     * The cursor behind {@link #forEachJourney}, for the events of any aggregate type: one aggregate at a time, in
     * the order of their ids' bytes, each one's events in its order.
     */
    <E> void forEachAggregate(String aggregateType, Collection<String> ids, long maxPosition, Instant asOf,
                              boolean hashed, StoredEventFactory<E> factory, BiConsumer<String, List<E>> aggregate) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT aggregateidentifier, globalindex, "
                    + "timestamp, payloadtype, payloadrevision, payload, eventidentifier, sequencenumber "
                    + "FROM domainevententry WHERE aggregateidentifier = ANY (?) AND globalindex <= ? AND type = ? "
                    + "ORDER BY aggregateidentifier COLLATE \"C\", sequencenumber")) {
                statement.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
                statement.setLong(2, maxPosition);
                statement.setString(3, aggregateType);
                statement.setFetchSize(2000);
                String current = null;
                List<E> records = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        if (!id.equals(current)) {
                            if (current != null && !records.isEmpty()) {
                                aggregate.accept(current, records);
                            }
                            current = id;
                            records = new ArrayList<>();
                        }
                        Instant recordedAt = DateTimeUtils.parseInstant(rs.getString(3));
                        if (asOf != null && recordedAt.isAfter(asOf)) {
                            continue;
                        }
                        byte[] payload = rs.getBytes(6);
                        Object event = serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                                rs.getString(4), rs.getString(5)));
                        byte[] hash = hashed ? contentHash(rs.getString(7), id, rs.getLong(8), rs.getString(3),
                                rs.getString(4), rs.getString(5), payload) : null;
                        records.add(factory.stored(event, rs.getLong(2), recordedAt, hash));
                    }
                }
                if (current != null && !records.isEmpty()) {
                    aggregate.accept(current, records);
                }
            } finally {
                if (autoCommit) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    private static byte[] contentHash(String eventId, String journeyId, long sequence, String timestamp, String type,
                                      String revision, byte[] payload) {
        MessageDigest digest = sha256();
        for (String field : new String[]{eventId, journeyId, Long.toString(sequence), timestamp, type, revision}) {
            field(digest, field == null ? null : field.getBytes(StandardCharsets.UTF_8));
        }
        field(digest, payload);
        return digest.digest();
    }

    /** A length-prefixed field, so that no two different contents hash the same bytes. */
    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
