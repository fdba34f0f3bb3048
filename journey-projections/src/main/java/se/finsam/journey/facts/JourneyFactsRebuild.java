package se.finsam.journey.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.store.EventReader;
import se.finsam.journey.store.JourneyEventTable;

/**
 * Rebuilds the journey facts from the event store without taking them away: every stored record is read once,
 * in journey order, and folded into a fresh table while the live processor keeps the current one up to date
 * and reports keep reading it. Then one short transaction locks the live table, folds again the journeys that
 * changed meanwhile (records after the head the bulk read started from, and records below it that it could
 * not see because their transaction had not committed yet), and puts the rebuilt table in its place. Recording never stops, and no report ever sees a
 * half-built read model.
 */
public class JourneyFactsRebuild {

    private static final Logger log = LoggerFactory.getLogger(JourneyFactsRebuild.class);
    private static final int JOURNEYS_PER_WRITE = 2000;
    /** The advisory lock key that one rebuild at a time holds, across every node of the database. */
    static final long LOCK_KEY = 7317003;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventReader events;
    private final JourneyEventTable journeys;
    private final JourneyFactWriter writer;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());
    private volatile Runnable afterBulkFold = () -> { };

    public JourneyFactsRebuild(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction,
                               EventReader events, JourneyEventTable journeys, JourneyFactWriter writer, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.journeys = journeys;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Runs between the bulk fold and the switch: a seam for tests that record while a rebuild runs, to show
     * that the switch catches up what the bulk fold could not see.
     */
    public void afterBulkFold(Runnable hook) {
        this.afterBulkFold = hook;
    }

    public RebuildProgress progress() {
        return progress.get();
    }

    /** Whether a rebuild was started, or why not. */
    public enum Start {
        STARTED, RUNNING_ON_THIS_NODE, RUNNING_ON_ANOTHER_NODE
    }

    /**
     * Starts a rebuild on the executor, unless one is running, on this node or on another node of the same
     * database: two rebuilds would fill (and drop) the same {@code journey_fact_next}.
     */
    public Start start(Executor executor) {
        if (!running.compareAndSet(false, true)) {
            return Start.RUNNING_ON_THIS_NODE;
        }
        Connection lock = lockAcrossNodes();
        if (lock == null) {
            running.set(false);
            return Start.RUNNING_ON_ANOTHER_NODE;
        }
        Instant started = clock.instant();
        progress.set(RebuildProgress.running(0, 0, started, started));
        try {
            executor.execute(() -> run(started, lock));
        } catch (RuntimeException e) {
            release(lock);
            running.set(false);
            throw e;
        }
        return Start.STARTED;
    }

    /** Rebuilds in the calling thread; false if one is already running (here or on another node). */
    public boolean runNow() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Connection lock = lockAcrossNodes();
        if (lock == null) {
            running.set(false);
            return false;
        }
        run(clock.instant(), lock);
        return "DONE".equals(progress.get().state());
    }

    /**
     * A connection holding the rebuild's session-level advisory lock, or null when another node holds it. The
     * lock lives as long as the connection: a node that dies mid-rebuild loses its connection and with it the
     * lock, so a rebuild can be started again elsewhere.
     */
    private Connection lockAcrossNodes() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, LOCK_KEY);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return connection;
                    }
                }
            }
            connection.close();
            return null;
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the lock, if any, goes with the connection
                }
            }
            throw new IllegalStateException("could not ask the database whether a rebuild is running", e);
        }
    }

    private static void release(Connection lock) {
        try {
            try (PreparedStatement statement = lock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                statement.setLong(1, LOCK_KEY);
                statement.execute();
            }
        } catch (SQLException e) {
            // A pooled connection would keep a session lock: end the physical connection, and the lock with it
            // (the pool finds it dead and replaces it).
            log.warn("releasing the rebuild lock failed; ending its connection instead: {}", e.toString());
            try {
                lock.abort(Runnable::run);
            } catch (SQLException ignored) {
                // already ended
            }
        } finally {
            try {
                lock.close();
            } catch (SQLException ignored) {
                // returned to the pool or ended either way
            }
        }
    }

    private void run(Instant started, Connection lock) {
        try {
            long head = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
            long total = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex <= ?", Long.class,
                    head);
            log.info("Rebuilding the journey facts from {} stored records", total);
            progress.set(RebuildProgress.running(0, total, started, clock.instant()));
            jdbc.execute("DROP TABLE IF EXISTS " + JourneyFactWriter.NEXT);
            jdbc.execute("CREATE TABLE " + JourneyFactWriter.NEXT + " (LIKE " + JourneyFactWriter.LIVE + " INCLUDING ALL)");
            BitSet seen = foldEverything(head, total, started);
            afterBulkFold.run();
            int caughtUp = swap(head, unseen(seen, head));
            progress.set(progress.get().finished(clock.instant()));
            RebuildProgress done = progress.get();
            log.info("Rebuilt the journey facts: {} records in {} s ({} records/s), {} journeys caught up at the switch",
                    done.eventsDone(), Duration.between(started, done.finishedAt()).toSeconds(),
                    Math.round(done.eventsPerSecond()), caughtUp);
        } catch (RuntimeException e) {
            log.error("Rebuilding the journey facts failed; the current read model stays in use", e);
            progress.set(progress.get().failed(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage()));
            jdbc.execute("DROP TABLE IF EXISTS " + JourneyFactWriter.NEXT);
        } finally {
            release(lock);
            running.set(false);
        }
    }

    /**
     * Folds every record up to {@code head} into the new table; returns the positions it saw (of every aggregate,
     * so that another aggregate's events, a ledger's, are not taken for records the read could not see).
     */
    private BitSet foldEverything(long head, long total, Instant started) {
        BitSet seen = new BitSet();
        Map<String, JourneyHistory> pending = new LinkedHashMap<>();
        Fold fold = new Fold(total, started);
        events.forEachUpTo(head, JourneyEventTable.JOURNEY_AGGREGATE, position -> {
            seen.set(Math.toIntExact(position));
            fold.counted();
        }, event -> {
            String journeyId = event.aggregateId();
            if (!journeyId.equals(fold.current)) {
                if (pending.size() >= JOURNEYS_PER_WRITE) {
                    writer.write(JourneyFactWriter.NEXT, pending, head);
                    pending.clear();
                }
                fold.current = journeyId;
                fold.history = new JourneyHistory();
                pending.put(journeyId, fold.history);
            }
            fold.history.add((JourneyEvent) event.payload());
        });
        writer.write(JourneyFactWriter.NEXT, pending, head);
        progress.set(RebuildProgress.running(fold.done, total, started, clock.instant()));
        return seen;
    }

    /** Where the bulk fold stands: the journey being read, and how many rows were read (for the progress). */
    private final class Fold {
        private final long total;
        private final Instant started;
        private Instant lastLog;
        private long done;
        String current;
        JourneyHistory history;

        Fold(long total, Instant started) {
            this.total = total;
            this.started = started;
            this.lastLog = started;
        }

        void counted() {
            if (++done % 10_000 != 0) {
                return;
            }
            Instant now = clock.instant();
            progress.set(RebuildProgress.running(done, total, started, now));
            if (Duration.between(lastLog, now).toSeconds() >= 5) {
                RebuildProgress p = progress.get();
                log.info("Rebuild: {} of {} records, {} records/s, about {} s left", done, total,
                        Math.round(p.eventsPerSecond()), p.secondsLeft());
                lastLog = now;
            }
        }
    }

    /**
     * The positions up to {@code head} the bulk read did not see: numbers never used (a rolled-back insert), or
     * records whose transaction had not committed yet when the read began. The latter are folded at the switch.
     */
    private static Long[] unseen(BitSet seen, long head) {
        List<Long> gaps = new ArrayList<>();
        for (int position = seen.nextClearBit(1); position <= head; position = seen.nextClearBit(position + 1)) {
            gaps.add((long) position);
        }
        return gaps.toArray(Long[]::new);
    }

    /** Catches up and switches in one transaction; returns how many journeys were folded again. */
    private int swap(long head, Long[] gaps) {
        Integer caughtUp = transaction.execute(status -> {
            jdbc.execute("LOCK TABLE " + JourneyFactWriter.LIVE + " IN EXCLUSIVE MODE");
            List<String> changed = jdbc.query(connection -> {
                PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT aggregateidentifier "
                        + "FROM domainevententry WHERE (globalindex > ? OR globalindex = ANY (?)) AND type = ?");
                statement.setLong(1, head);
                statement.setArray(2, connection.createArrayOf("bigint", gaps));
                statement.setString(3, JourneyEventTable.JOURNEY_AGGREGATE);
                return statement;
            }, (rs, n) -> rs.getString(1));
            long now = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
            writer.write(JourneyFactWriter.NEXT, journeys.histories(changed), now);
            jdbc.execute("DROP TABLE " + JourneyFactWriter.LIVE);
            jdbc.execute("ALTER TABLE " + JourneyFactWriter.NEXT + " RENAME TO " + JourneyFactWriter.LIVE);
            for (String index : jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = ? "
                    + "AND indexname LIKE 'journey\\_fact\\_next%'", String.class, JourneyFactWriter.LIVE)) {
                jdbc.execute("ALTER INDEX " + index + " RENAME TO " + index.replace("journey_fact_next", "journey_fact"));
            }
            return changed.size();
        });
        return caughtUp == null ? 0 : caughtUp;
    }
}
