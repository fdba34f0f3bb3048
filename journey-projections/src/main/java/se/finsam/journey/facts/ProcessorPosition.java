package se.finsam.journey.facts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.OptionalLong;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far a streaming processor has come, read from the token table so that it sees the segments of every
 * node, not just this one's.
 *
 * <p>A token's gaps are positions the processor passed while they were empty: a transaction still in flight, or
 * a number the store will never use (an insert rolled back, as when two nodes write the same journey at once).
 * Axon keeps such gaps in the token for thousands of events, so counting only below the first gap would hold the
 * position back for good after one rolled-back write. A gap counts as settled once it is still empty after every
 * transaction that was running when it was first seen has ended (PostgreSQL's snapshot {@code xmin} has passed
 * that moment's {@code xmax}) and at least a second has gone by: nothing can fill it any more.
 */
public class ProcessorPosition {

    private static final long SETTLE_NANOS = 1_000_000_000L;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    /** Per empty gap: the snapshot's xmax when this node first saw it empty, and when. */
    private final Map<Long, long[]> emptyGaps = new ConcurrentHashMap<>();

    public ProcessorPosition(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Whether every segment of the processor has handled every event up to and including {@code position}. */
    public boolean includes(String processor, long position) {
        List<TrackingToken> tokens = tokens(processor);
        if (tokens.isEmpty() || tokens.contains(null)) {
            return false;
        }
        Set<Long> settled = settledGaps(tokens);
        return tokens.stream().allMatch(token -> complete(token, settled) >= position);
    }

    /** The highest position up to which every event has been handled by every segment. */
    public long position(String processor) {
        List<TrackingToken> tokens = tokens(processor);
        Set<Long> settled = settledGaps(tokens);
        long lowest = tokens.isEmpty() ? 0 : Long.MAX_VALUE;
        for (TrackingToken token : tokens) {
            lowest = Math.min(lowest, complete(token, settled));
        }
        return lowest;
    }

    private List<TrackingToken> tokens(String processor) {
        return jdbc.query("SELECT token, tokentype FROM tokenentry WHERE processorname = ?", (rs, n) -> {
            byte[] bytes = rs.getBytes(1);
            return bytes == null ? null : (TrackingToken) serializer.deserialize(
                    new SimpleSerializedObject<>(bytes, byte[].class, rs.getString(2), null));
        }, processor);
    }

    /** The gaps of the tokens that no transaction can fill any more. */
    private Set<Long> settledGaps(List<TrackingToken> tokens) {
        SortedSet<Long> gaps = new TreeSet<>();
        for (TrackingToken token : tokens) {
            if (token != null && WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware) {
                gaps.addAll(gapAware.getGaps());
            }
        }
        emptyGaps.keySet().retainAll(gaps);
        if (gaps.isEmpty()) {
            return Set.of();
        }
        Set<Long> settled = new HashSet<>();
        long now = System.nanoTime();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT g, EXISTS (SELECT 1 FROM "
                    + "domainevententry WHERE globalindex = g), pg_snapshot_xmin(pg_current_snapshot())::text::bigint, "
                    + "pg_snapshot_xmax(pg_current_snapshot())::text::bigint FROM unnest(?) AS g");
            statement.setArray(1, connection.createArrayOf("bigint", gaps.toArray()));
            return statement;
        }, (ResultSet rs) -> {
            long gap = rs.getLong(1);
            if (rs.getBoolean(2)) {
                emptyGaps.remove(gap);
                return;
            }
            long[] firstSeen = emptyGaps.putIfAbsent(gap, new long[]{rs.getLong(4), now});
            if (firstSeen != null && rs.getLong(3) >= firstSeen[0] && now - firstSeen[1] >= SETTLE_NANOS) {
                settled.add(gap);
            }
        });
        return settled;
    }

    /** Every position up to the returned one is handled: below the first unsettled gap, or up to the index. */
    private static long complete(TrackingToken token, Set<Long> settled) {
        if (token == null) {
            return 0;
        }
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        if (lower instanceof GapAwareTrackingToken gapAware) {
            for (long gap : gapAware.getGaps()) {
                if (!settled.contains(gap)) {
                    return gap - 1;
                }
            }
            return gapAware.getIndex();
        }
        OptionalLong position = lower == null ? OptionalLong.empty() : lower.position();
        return position.orElse(0);
    }
}
