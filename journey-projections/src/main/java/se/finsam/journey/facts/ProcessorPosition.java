package se.finsam.journey.facts;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.OptionalLong;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.store.SettledHead;

/**
 * How far a streaming processor has come, read from the token table so that it sees the segments of every
 * node, not just this one's.
 *
 * <p>A token's gaps are positions the processor passed while they were empty: a transaction still in flight, or
 * a number the store will never use (an insert rolled back, as when two nodes write the same journey at once).
 * Axon keeps such gaps in the token for thousands of events, so counting only below the first gap would hold the
 * position back for good after one rolled-back write. A gap counts as settled once it is at or below the store's
 * {@link SettledHead} and still empty: no transaction can fill it any more.
 */
public class ProcessorPosition {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final SettledHead settledHead;

    public ProcessorPosition(JdbcTemplate jdbc, Serializer serializer, SettledHead settledHead) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.settledHead = settledHead;
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

    /**
     * One segment of a processor as the token table says: who holds it (null: nobody), when its holder last
     * renewed the claim (null if never), and up to which position it has handled every event.
     */
    public record Segment(int segment, String owner, Instant claimRenewedAt, long position) {
    }

    /** Every segment of the processor, of every node, in segment order. */
    public List<Segment> segments(String processor) {
        record Row(int segment, String owner, String timestamp, TrackingToken token) {
        }
        List<Row> rows = jdbc.query("SELECT segment, owner, timestamp, token, tokentype FROM tokenentry "
                + "WHERE processorname = ? ORDER BY segment", (rs, n) -> new Row(rs.getInt(1), rs.getString(2),
                rs.getString(3), token(rs.getBytes(4), rs.getString(5))), processor);
        Set<Long> settled = settledGaps(rows.stream().map(Row::token).toList());
        return rows.stream().map(row -> new Segment(row.segment(), row.owner(),
                row.timestamp() == null ? null : DateTimeUtils.parseInstant(row.timestamp()),
                complete(row.token(), settled))).toList();
    }

    private TrackingToken token(byte[] bytes, String type) {
        return bytes == null ? null : (TrackingToken) serializer.deserialize(
                new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }

    private List<TrackingToken> tokens(String processor) {
        return jdbc.query("SELECT token, tokentype FROM tokenentry WHERE processorname = ?",
                (rs, n) -> token(rs.getBytes(1), rs.getString(2)), processor);
    }

    /** The gaps of the tokens that no transaction can fill any more. */
    private Set<Long> settledGaps(List<TrackingToken> tokens) {
        SortedSet<Long> gaps = new TreeSet<>();
        for (TrackingToken token : tokens) {
            if (token != null && WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware) {
                gaps.addAll(gapAware.getGaps());
            }
        }
        if (gaps.isEmpty()) {
            return Set.of();
        }
        SortedSet<Long> settledBelow = gaps.headSet(settledHead.position() + 1);
        if (settledBelow.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT g FROM unnest(?) AS g WHERE NOT EXISTS "
                    + "(SELECT 1 FROM domainevententry WHERE globalindex = g)");
            statement.setArray(1, connection.createArrayOf("bigint", settledBelow.toArray()));
            return statement;
        }, (rs, n) -> rs.getLong(1)));
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
