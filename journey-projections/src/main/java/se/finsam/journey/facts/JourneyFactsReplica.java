package se.finsam.journey.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.ReportPeriod;

/**
 * This node's copy of {@code journey_fact} in memory, so that a report reads no rows it has read before.
 * Before answering, it fetches the rows written since its last sync. It only ever counts itself synced up to
 * the processor's committed position: a batch's rows and its token commit together, so every row at or below
 * that position is visible, and rows of batches still in flight are fetched next time. A rebuild replaces the
 * table; a new table identity means reading it whole again. A report reads it only when it stands exactly at
 * one position, so that the figures can be recomputed from the event table up to that position, years later.
 */
public class JourneyFactsReplica {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ProcessorPosition processor;
    private final Map<String, Map<String, CurrentJourney>> byInitiative = new HashMap<>();
    /**
     * Per initiative, its journeys as columns (what every report reads; see {@link JourneyColumns}), made again
     * after a sync changed the initiative.
     */
    private final Map<String, JourneyColumns> columns = new HashMap<>();
    /** Journeys share their dates: one LocalDate per day keeps the dates a report compares in cache. */
    private final Map<LocalDate, LocalDate> days = new HashMap<>();
    private long syncedPosition = -1;
    /** The furthest batch any row in memory comes from (rows are only ever replaced by later batches). */
    private long maxAppliedPosition = -1;
    private long tableIdentity = -1;

    public JourneyFactsReplica(JdbcTemplate jdbc, ObjectMapper json, ProcessorPosition processor) {
        this.jdbc = jdbc;
        this.json = json;
        this.processor = processor;
    }

    /** The journeys that may count in a period, exactly as their records stood at {@code position}. */
    public record View(JourneyColumns columns, long position) {

        public List<CurrentJourney> journeys() {
            return columns.journeys();
        }
    }

    /**
     * The journeys of the initiatives that can count in the period (see {@link ReportPeriod#mayCount}), as they
     * stood exactly at one event position: every row in memory reflects its journey's records up to that
     * position and no further. That holds when no row applied so far comes from a batch beyond the processor's
     * committed position (segments advance separately, so a fast segment's rows can be ahead); then it waits a
     * moment for the slower segments and looks again. Empty when the read model never stood still within
     * {@code maxWait} (a long import in progress): the caller then folds from the event table instead.
     */
    public Optional<View> exactly(Collection<String> initiatives, ReportPeriod period, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            synchronized (this) {
                long committed = sync();
                if (maxAppliedPosition <= committed) {
                    return Optional.of(new View(relevant(initiatives, period), committed));
                }
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private JourneyColumns relevant(Collection<String> initiatives, ReportPeriod period) {
        List<JourneyColumns> parts = new ArrayList<>(initiatives.size());
        for (String initiative : initiatives) {
            parts.add(columns.computeIfAbsent(initiative,
                    code -> JourneyColumns.of(byInitiative.getOrDefault(code, Map.of()).values())));
        }
        return JourneyColumns.mayCount(parts, period);
    }

    /** Reads the rows written since the last sync; the processor position read before them. */
    private long sync() {
        long identity = jdbc.queryForObject("SELECT 'journey_fact'::regclass::oid::bigint", Long.class);
        // A rebuilt table holds mostly the same journeys: keep the objects already in memory where the new row
        // says the same, so that a rebuild does not turn the whole replica into garbage at once.
        Map<String, Map<String, CurrentJourney>> previous = identity != tableIdentity ? new HashMap<>(byInitiative)
                : Map.of();
        if (identity != tableIdentity) {
            byInitiative.clear();
            columns.clear();
            syncedPosition = -1;
            maxAppliedPosition = -1;
            tableIdentity = identity;
        }
        long committed = processor.position(JourneyFactsProjection.PROCESSOR);
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT journey_id, initiative, is_void, facts, last_position "
                    + "FROM journey_fact WHERE last_position > ?");
            statement.setLong(1, syncedPosition);
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            Map<String, CurrentJourney> journeys = byInitiative.computeIfAbsent(rs.getString(2), k -> new HashMap<>());
            columns.remove(rs.getString(2));
            if (rs.getBoolean(3)) {
                journeys.remove(rs.getString(1));
            } else {
                CurrentJourney journey = withSharedDays(read(rs.getString(4)));
                CurrentJourney known = previous.getOrDefault(rs.getString(2), Map.of()).get(rs.getString(1));
                journeys.put(rs.getString(1), journey.equals(known) ? known : journey);
            }
            maxAppliedPosition = Math.max(maxAppliedPosition, rs.getLong(5));
        });
        syncedPosition = Math.max(syncedPosition, committed);
        return committed;
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
