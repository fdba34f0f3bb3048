package se.finsam.journey.api.recording;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.metrics.Caches;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.JourneyInitiatives;

/** Where journeys stand in the event store: their histories, initiative and stored positions. */
@Component
public class JourneyStreams {

    /**
     * Enough for every journey of a national installation's recent years (~30,000 a year), at most some 30 MB; past it,
     * the journeys asked least lately are forgotten and read from their history once more when asked.
     */
    private static final int MOST_REMEMBERED_INITIATIVES = 200_000;

    private final JdbcTemplate jdbc;
    private final JourneyEventTable events;
    /**
     * A journey's initiative is named by its first referral and never changes afterwards (not by a retraction, a
     * voiding or an erasure), so once known it can be remembered on every node without ever going stale. Every
     * record asks for it before its command; without this, each record read it from {@code journey_initiative}.
     */
    private final Cache<String, String> known;
    private final JourneyInitiatives initiatives;

    public JourneyStreams(JdbcTemplate jdbc, JourneyEventTable events, JourneyInitiatives initiatives, Caches caches) {
        this.jdbc = jdbc;
        this.events = events;
        this.initiatives = initiatives;
        this.known = caches.build("journey-initiatives",
                Caffeine.newBuilder().maximumSize(MOST_REMEMBERED_INITIATIVES));
    }

    /** The histories of the given journeys; journeys without any record are absent from the map. */
    public Map<String, JourneyHistory> histories(Collection<String> journeyIds) {
        return events.histories(journeyIds);
    }

    public Optional<String> initiativeOf(String journeyId) {
        String remembered = known.getIfPresent(journeyId);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<String> initiative = initiatives.initiativeOf(journeyId, events);
        initiative.ifPresent(code -> remember(journeyId, code));
        return initiative;
    }

    /** Called once a journey's first referral is stored, so that its next record needs no read of its history. */
    void remember(String journeyId, String initiative) {
        known.put(journeyId, initiative);
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
