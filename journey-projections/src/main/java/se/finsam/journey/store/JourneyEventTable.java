package se.finsam.journey.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
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

    /** One stored record with where and when it was stored. */
    public record StoredRecord(JourneyEvent record, long position, Instant recordedAt) {
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
        if (journeyIds.isEmpty()) {
            return stored;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT aggregateidentifier, globalindex, "
                    + "timestamp, payloadtype, payloadrevision, payload FROM domainevententry "
                    + "WHERE aggregateidentifier = ANY (?) AND globalindex <= ? "
                    + "ORDER BY aggregateidentifier, sequencenumber");
            Array ids = connection.createArrayOf("varchar", journeyIds.toArray());
            statement.setArray(1, ids);
            statement.setLong(2, maxPosition);
            statement.setFetchSize(2000);
            return statement;
        }, rs -> {
            Instant recordedAt = DateTimeUtils.parseInstant(rs.getString(3));
            if (asOf != null && recordedAt.isAfter(asOf)) {
                return;
            }
            JourneyEvent event = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(6), byte[].class,
                    rs.getString(4), rs.getString(5)));
            stored.computeIfAbsent(rs.getString(1), id -> new java.util.ArrayList<>())
                    .add(new StoredRecord(event, rs.getLong(2), recordedAt));
        });
        return stored;
    }
}
