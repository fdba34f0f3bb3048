package se.finsam.journey.api.recording;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.store.JourneyEventTable;

/** Where journeys stand in the event store: their histories, initiative and stored positions. */
@Component
public class JourneyStreams {

    private final JdbcTemplate jdbc;
    private final JourneyEventTable events;

    public JourneyStreams(JdbcTemplate jdbc, JourneyEventTable events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The histories of the given journeys; journeys without any record are absent from the map. */
    public Map<String, JourneyHistory> histories(Collection<String> journeyIds) {
        return events.histories(journeyIds);
    }

    public Optional<String> initiativeOf(String journeyId) {
        JourneyHistory history = events.histories(List.of(journeyId)).get(journeyId);
        return history == null ? Optional.empty() : history.initiative();
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
}
