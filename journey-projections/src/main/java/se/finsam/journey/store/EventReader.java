package se.finsam.journey.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.store.StoredEvent.Row;
import se.finsam.journey.store.StoredEvent.RowToken;

/**
 * The one reader of stored events outside Axon's own engine. Every fold, rebuild, manifest, as-of report, lineage,
 * restatement, import and journey view reads {@code domainevententry} here, and every payload passes the same
 * upcaster chain as in Axon's engine before the serializer reads it: an event stored in an older revision is read in
 * its current shape everywhere, once an upcaster for it exists. It reads the events of any aggregate type; a reader of
 * one type never deserialises another's.
 *
 * <p>Rows come through a cursor and through the chain as one stream per query (as Axon's engine upcasts a batch), so
 * memory holds one aggregate's events at a time, whatever the size of the store.
 */
public class EventReader {

    private static final String COLUMNS = "globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, "
            + "timestamp, payloadtype, payloadrevision, payload, metadata";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    public EventReader(JdbcTemplate jdbc, Serializer serializer, EventUpcaster upcasters) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    /** The position of the newest stored event (0 when there is none). */
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return head == null ? 0 : head;
    }

    /** The position of the newest event of any of the aggregates {@code ids} (0 when they have none). */
    public long head(Collection<String> ids) {
        Long head = jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT max(globalindex) FROM domainevententry "
                    + "WHERE aggregateidentifier = ANY (?)");
            statement.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            return statement;
        }, rows -> rows.next() ? rows.getLong(1) : 0L);
        return head == null ? 0 : head;
    }

    /**
     * Hands over the stored events of one aggregate at a time (only those of {@code aggregateType}; an id of another
     * type gives nothing), aggregates in the order of their ids' bytes (for ASCII ids, {@link String#compareTo}), each
     * one's events in its order: those up to {@code maxPosition}, and recorded by {@code asOf} when given.
     */
    public void forEachAggregate(String aggregateType, Collection<String> ids, long maxPosition, Instant asOf,
                                 BiConsumer<String, List<StoredEvent>> aggregate) {
        if (ids.isEmpty()) {
            return;
        }
        inTransaction(false, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM domainevententry WHERE aggregateidentifier = ANY (?) AND globalindex <= ? AND type = ? "
                    + "ORDER BY aggregateidentifier COLLATE \"C\", sequencenumber")) {
                statement.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
                statement.setLong(2, maxPosition);
                statement.setString(3, aggregateType);
                statement.setFetchSize(2000);
                Grouping grouping = new Grouping(aggregate);
                try (ResultSet rows = statement.executeQuery()) {
                    read(rows, row -> asOf == null || !row.getTimestamp().isAfter(asOf), grouping);
                }
                grouping.finish();
            }
        });
    }

    /**
     * Hands over every stored event of {@code aggregateType} up to {@code head}, ordered by aggregate and sequence
     * number (the unique index's order), on a read-only connection of its own; {@code everyPosition} is told the
     * position of every row read, of any type, before the events of its type are deserialised.
     */
    public void forEachUpTo(long head, String aggregateType, LongConsumer everyPosition, Consumer<StoredEvent> event) {
        inTransaction(true, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM domainevententry WHERE globalindex <= ? ORDER BY aggregateidentifier, sequencenumber")) {
                statement.setLong(1, head);
                statement.setFetchSize(10_000);
                try (ResultSet rows = statement.executeQuery()) {
                    read(rows, row -> {
                        everyPosition.accept(row.position);
                        return aggregateType.equals(row.type);
                    }, event);
                }
            }
        });
    }

    /** The rows {@code wanted} picks, upcast and deserialised, in the order of the result set. */
    private void read(ResultSet rows, Predicate<Row> wanted, Consumer<StoredEvent> sink) {
        Spliterator<IntermediateEventRepresentation> stored = new Spliterators.AbstractSpliterator<>(
                Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super IntermediateEventRepresentation> next) {
                try {
                    while (rows.next()) {
                        Row row = new Row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                rows.getBytes(9), rows.getBytes(10));
                        if (wanted.test(row)) {
                            next.accept(new InitialEventRepresentation(row, serializer));
                            return true;
                        }
                    }
                    return false;
                } catch (SQLException e) {
                    throw jdbc.getExceptionTranslator().translate("reading the event store", null, e);
                }
            }
        };
        upcasters.upcast(StreamSupport.stream(stored, false)).forEach(upcast -> {
            Row row = ((RowToken) upcast.getTrackingToken().orElseThrow()).row;
            sink.accept(new StoredEvent(row, serializer.deserialize(upcast.getData())));
        });
    }

    /**
     * PostgreSQL streams a result set only inside a transaction: one is opened for the read if none is running
     * (the caller's, if any, is joined).
     */
    private void inTransaction(boolean readOnly, SqlWork work) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
                connection.setReadOnly(readOnly);
            }
            try {
                work.run(connection);
            } finally {
                if (autoCommit) {
                    connection.commit();
                    connection.setReadOnly(false);
                    connection.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** Gathers consecutive events of one aggregate and hands them over together. */
    private static final class Grouping implements Consumer<StoredEvent> {
        private final BiConsumer<String, List<StoredEvent>> aggregate;
        private String current;
        private List<StoredEvent> events = new ArrayList<>();

        Grouping(BiConsumer<String, List<StoredEvent>> aggregate) {
            this.aggregate = aggregate;
        }

        @Override
        public void accept(StoredEvent event) {
            if (!event.aggregateId().equals(current)) {
                finish();
                current = event.aggregateId();
                events = new ArrayList<>();
            }
            events.add(event);
        }

        void finish() {
            if (current != null && !events.isEmpty()) {
                aggregate.accept(current, events);
            }
        }
    }
}
