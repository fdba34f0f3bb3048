package se.finsam.journey.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.journey.CurrentJourney;

/**
 * This node's copy of {@code journey_fact} in memory, so that a report reads no rows it has read before.
 * Before answering, it fetches the rows written since its last sync. It only ever counts itself synced up to
 * the processor's committed position: a batch's rows and its token commit together, so every row at or below
 * that position is visible, and rows of batches still in flight are fetched next time. A rebuild replaces the
 * table; a new table identity means reading it whole again.
 */
public class JourneyFactsReplica {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ProcessorPosition processor;
    private final Map<String, Map<String, CurrentJourney>> byInitiative = new HashMap<>();
    private long syncedPosition = -1;
    private long tableIdentity = -1;

    public JourneyFactsReplica(JdbcTemplate jdbc, ObjectMapper json, ProcessorPosition processor) {
        this.jdbc = jdbc;
        this.json = json;
        this.processor = processor;
    }

    /** The journeys of the initiatives that can count in [from, to]; see {@link JourneyFacts#relevant}. */
    public List<CurrentJourney> relevant(Collection<String> initiatives, LocalDate from, LocalDate to) {
        List<CurrentJourney> relevant = new ArrayList<>();
        synchronized (this) {
            sync();
            for (String initiative : initiatives) {
                for (CurrentJourney journey : byInitiative.getOrDefault(initiative, Map.of()).values()) {
                    if (!journey.referralDate().isAfter(to)
                            && (journey.closureDate() == null || !journey.closureDate().isBefore(from))
                            && (journey.withdrawalDate() == null || !journey.withdrawalDate().isBefore(from))) {
                        relevant.add(journey);
                    }
                }
            }
        }
        return relevant;
    }

    private void sync() {
        long identity = jdbc.queryForObject("SELECT 'journey_fact'::regclass::oid::bigint", Long.class);
        if (identity != tableIdentity) {
            byInitiative.clear();
            syncedPosition = -1;
            tableIdentity = identity;
        }
        long committed = processor.position(JourneyFactsProjection.PROCESSOR);
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT journey_id, initiative, is_void, facts FROM journey_fact "
                    + "WHERE last_position > ?");
            statement.setLong(1, syncedPosition);
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            Map<String, CurrentJourney> journeys = byInitiative.computeIfAbsent(rs.getString(2), k -> new HashMap<>());
            if (rs.getBoolean(3)) {
                journeys.remove(rs.getString(1));
            } else {
                journeys.put(rs.getString(1), read(rs.getString(4)));
            }
        });
        syncedPosition = Math.max(syncedPosition, committed);
    }

    private CurrentJourney read(String facts) {
        try {
            return json.readValue(facts, CurrentJourney.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable journey facts", e);
        }
    }
}
