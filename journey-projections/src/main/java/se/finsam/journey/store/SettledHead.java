package se.finsam.journey.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The newest global position up to which the event store can no longer change: every position at or below it
 * holds a committed event or stays empty for good. What is counted up to it can be counted again, identically,
 * at any later time — which is what an exact report, a manifest and the hash chain need.
 *
 * <p>A position is empty while the transaction that drew it from the sequence is still running, and for good
 * once that transaction rolled back. PostgreSQL says which: once every transaction that was running when the
 * empty position was seen has ended, nothing can fill it. So each time empty positions are seen below the head,
 * this notes the head and, a moment later (a transaction takes its sequence number a moment before its
 * transaction id), the snapshot's {@code xmax}; once the snapshot's {@code xmin} has passed that {@code xmax},
 * every position up to the noted head is settled, however many holes it had. Nothing waits on a timer per hole,
 * and a restarted node settles the same holes as quickly (it only has to see them once).
 */
public class SettledHead {

    /** Longer than a transaction takes between drawing its sequence number and being given its transaction id. */
    private static final long ID_DELAY_NANOS = 1_000_000_000L;
    /** Enough for one per sync over a long transaction; the oldest ones settle first and are kept. */
    private static final int MOST_OBSERVATIONS = 256;

    private final JdbcTemplate jdbc;
    private final LongSupplier nanoTime;
    /** Every position up to here is settled; only rows above it are read again. */
    private long floor = -1;
    /** Heads seen above holes, oldest first: each settles once every transaction of its moment has ended. */
    private final Deque<Observation> pending = new ArrayDeque<>();

    public SettledHead(JdbcTemplate jdbc) {
        this(jdbc, System::nanoTime);
    }

    SettledHead(JdbcTemplate jdbc, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.nanoTime = nanoTime;
    }

    /**
     * Where the store stands: {@code settled} (see the class), {@code head} (the newest committed event) and the
     * lowest {@code openPosition} above {@code settled} that is still empty and may yet be filled (null if none).
     */
    public record State(long settled, long head, Long openPosition) {
    }

    private static final class Observation {
        final long head;
        final long seenAt;
        /** The snapshot's xmax once the observation is old enough; null before. */
        Long xmax;

        Observation(long head, long seenAt) {
            this.head = head;
            this.seenAt = seenAt;
        }
    }

    private record Scan(long head, Long firstHole, long xmin, long xmax) {
    }

    /** The settled head now. */
    public long position() {
        return state().settled();
    }

    /** Where the store stands now; a few index reads above the last settled position. */
    public synchronized State state() {
        if (floor < 0) {
            floor = chainedUpTo();
        }
        for (int round = 0; ; round++) {
            Scan scan = scan(floor);
            if (scan.firstHole() == null) {
                floor = scan.head();
                pending.clear();
                return new State(floor, scan.head(), null);
            }
            floor = Math.max(floor, scan.firstHole() - 1);
            long now = nanoTime.getAsLong();
            long settledTo = settle(scan, now);
            if (settledTo > floor && round < 2) {
                // A noted head settled beyond the first hole: read on from there.
                floor = settledTo;
                continue;
            }
            observe(scan.head(), now);
            floor = Math.max(floor, settledTo);
            return new State(floor, scan.head(), scan.firstHole() > floor ? scan.firstHole() : null);
        }
    }

    /** The highest noted head whose transactions have all ended; older observations go with it. */
    private long settle(Scan scan, long now) {
        long settledTo = floor;
        for (Observation observation : pending) {
            if (observation.xmax == null && now - observation.seenAt >= ID_DELAY_NANOS) {
                observation.xmax = scan.xmax();
            }
        }
        while (!pending.isEmpty() && pending.peekFirst().xmax != null && scan.xmin() >= pending.peekFirst().xmax) {
            settledTo = Math.max(settledTo, pending.pollFirst().head);
        }
        return settledTo;
    }

    private void observe(long head, long now) {
        Observation newest = pending.peekLast();
        if (newest != null && newest.head >= head) {
            return;
        }
        if (pending.size() >= MOST_OBSERVATIONS) {
            pending.pollLast();
        }
        pending.addLast(new Observation(head, now));
    }

    /**
     * One statement, so one snapshot: the newest committed position, the lowest empty one above {@code floor}
     * (null if none below the head), and the snapshot's xmin and xmax.
     */
    private Scan scan(long floor) {
        return jdbc.queryForObject("WITH e AS (SELECT globalindex, lag(globalindex, 1, ?::bigint) OVER "
                + "(ORDER BY globalindex) AS previous FROM domainevententry WHERE globalindex > ?) "
                + "SELECT (SELECT coalesce(max(globalindex), ?::bigint) FROM e), "
                + "(SELECT min(previous) + 1 FROM e WHERE globalindex > previous + 1), "
                + "pg_snapshot_xmin(pg_current_snapshot())::text::bigint, "
                + "pg_snapshot_xmax(pg_current_snapshot())::text::bigint",
                (rs, n) -> new Scan(rs.getLong(1), (Long) rs.getObject(2), rs.getLong(3), rs.getLong(4)),
                floor, floor, floor);
    }

    /**
     * Where to start after a restart: the hash chain only links settled positions, so everything up to its newest
     * link is settled (and rows at or below it are not read again).
     */
    private long chainedUpTo() {
        Long chained = jdbc.queryForObject("SELECT max(globalindex) FROM event_chain", Long.class);
        return chained == null ? 0 : chained;
    }
}
