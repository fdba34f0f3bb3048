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
    /** Per initiative, its journeys as a list (walked by every report), rebuilt after a sync changed it. */
    private final Map<String, List<CurrentJourney>> listed = new HashMap<>();
    /** Journeys share their dates: one LocalDate per day keeps the dates a report compares in cache. */
    private final Map<LocalDate, LocalDate> days = new HashMap<>();
    private long syncedPosition = -1;
    private long tableIdentity = -1;

    public JourneyFactsReplica(JdbcTemplate jdbc, ObjectMapper json, ProcessorPosition processor) {
        this.jdbc = jdbc;
        this.json = json;
        this.processor = processor;
    }

    /**
     * The journeys of the initiatives that can count in a period [from, to]: not void, referred by {@code to},
     * not closed or withdrawn before {@code from}. Every figure of DOMAIN.md only counts such journeys.
     */
    public List<CurrentJourney> relevant(Collection<String> initiatives, LocalDate from, LocalDate to) {
        List<CurrentJourney> relevant = new ArrayList<>();
        synchronized (this) {
            sync();
            for (String initiative : initiatives) {
                List<CurrentJourney> journeys = listed.computeIfAbsent(initiative,
                        code -> new ArrayList<>(byInitiative.getOrDefault(code, Map.of()).values()));
                for (CurrentJourney journey : journeys) {
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
            listed.clear();
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
            listed.remove(rs.getString(2));
            if (rs.getBoolean(3)) {
                journeys.remove(rs.getString(1));
            } else {
                journeys.put(rs.getString(1), withSharedDays(read(rs.getString(4))));
            }
        });
        syncedPosition = Math.max(syncedPosition, committed);
    }

    private CurrentJourney withSharedDays(CurrentJourney j) {
        CurrentJourney.Closure closure = j.closure() == null ? null : new CurrentJourney.Closure(day(j.closure().date()),
                j.closure().cause(), j.closure().supportAfter(), j.closure().subsidised());
        List<CurrentJourney.Training> trainings = j.trainings().stream().map(t -> new CurrentJourney.Training(
                t.trainingId(), day(t.start()), day(t.end()), t.sector())).toList();
        List<CurrentJourney.Assessment> assessments = j.assessments().stream().map(a -> new CurrentJourney.Assessment(
                day(a.date()), a.instrument(), a.score())).toList();
        return new CurrentJourney(j.journeyId(), j.initiative(), day(j.referralDate()), j.referringParty(),
                j.referringUnit(), j.gender(), j.birthYear(), j.homeMunicipality(), j.supportBefore(),
                j.yearsInPublicSupport(), day(j.enrolmentDate()), day(j.withdrawalDate()), closure, trainings,
                assessments);
    }

    private LocalDate day(LocalDate date) {
        return date == null ? null : days.computeIfAbsent(date, d -> d);
    }

    private CurrentJourney read(String facts) {
        try {
            return json.readValue(facts, CurrentJourney.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable journey facts", e);
        }
    }
}
