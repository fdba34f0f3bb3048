package se.finsam.journey.api.recording;

import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantReferred;

/**
 * Reads journeys' event streams straight from Axon's event table, many journeys in one query: the bulk
 * import decides a whole chunk of records against histories loaded this way.
 */
@Component
public class JourneyStreams {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public JourneyStreams(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The histories of the given journeys; journeys without any record are absent from the map. */
    public Map<String, JourneyHistory> histories(Collection<String> journeyIds) {
        Map<String, JourneyHistory> histories = new HashMap<>();
        if (journeyIds.isEmpty()) {
            return histories;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT aggregateidentifier, payloadtype, payloadrevision, "
                    + "payload FROM domainevententry WHERE aggregateidentifier = ANY (?) "
                    + "ORDER BY aggregateidentifier, sequencenumber");
            Array ids = connection.createArrayOf("varchar", journeyIds.toArray());
            statement.setArray(1, ids);
            return statement;
        }, rs -> {
            JourneyEvent event = deserialize(rs.getString(2), rs.getString(3), rs.getBytes(4));
            histories.computeIfAbsent(rs.getString(1), id -> new JourneyHistory()).add(event);
        });
        return histories;
    }

    public Optional<String> initiativeOf(String journeyId) {
        List<JourneyEvent> first = jdbc.query("SELECT payloadtype, payloadrevision, payload FROM domainevententry "
                        + "WHERE aggregateidentifier = ? AND sequencenumber = 0",
                (rs, n) -> deserialize(rs.getString(1), rs.getString(2), rs.getBytes(3)), journeyId);
        return first.stream().filter(ParticipantReferred.class::isInstance)
                .map(e -> ((ParticipantReferred) e).initiative()).findFirst();
    }

    /** The global position of a journey's record number {@code sequenceNumber}. */
    public long positionOf(String journeyId, long sequenceNumber) {
        return jdbc.queryForObject("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND sequencenumber = ?", Long.class, journeyId, sequenceNumber);
    }

    public Optional<Long> positionOfEvent(String eventIdentifier) {
        return jdbc.queryForList("SELECT globalindex FROM domainevententry WHERE eventidentifier = ?", Long.class,
                eventIdentifier).stream().findFirst();
    }

    /** The position of the newest stored event, 0 when there is none. */
    public long head() {
        Long head = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("SELECT max(globalindex) FROM domainevententry")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return head == null ? 0 : head;
    }

    private JourneyEvent deserialize(String type, String revision, byte[] payload) {
        return serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class, type, revision));
    }
}
