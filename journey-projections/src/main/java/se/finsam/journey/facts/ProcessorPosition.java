package se.finsam.journey.facts;

import java.util.List;
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
 */
public class ProcessorPosition {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public ProcessorPosition(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Whether every segment of the processor has handled every event up to and including {@code position}. */
    public boolean includes(String processor, long position) {
        List<TrackingToken> tokens = tokens(processor);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> covers(token, position));
    }

    /** The highest position up to which every event has been handled by every segment. */
    public long position(String processor) {
        List<TrackingToken> tokens = tokens(processor);
        long lowest = tokens.isEmpty() ? 0 : Long.MAX_VALUE;
        for (TrackingToken token : tokens) {
            lowest = Math.min(lowest, complete(token));
        }
        return lowest;
    }

    private List<TrackingToken> tokens(String processor) {
        return jdbc.query("SELECT token, tokentype FROM tokenentry WHERE processorname = ?", (rs, n) -> {
            byte[] bytes = rs.getBytes(1);
            return bytes == null ? null : (TrackingToken) serializer.deserialize(
                    new SimpleSerializedObject<>(bytes, byte[].class, rs.getString(2), null));
        }, processor).stream().map(t -> t == null ? (TrackingToken) null : t).toList();
    }

    private static boolean covers(TrackingToken token, long position) {
        return token != null && complete(token) >= position;
    }

    /** Every position up to the returned one is handled: below the first gap, or up to the index. */
    private static long complete(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        if (lower instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getGaps().isEmpty() ? gapAware.getIndex() : gapAware.getGaps().first() - 1;
        }
        OptionalLong position = lower == null ? OptionalLong.empty() : lower.position();
        return position.orElse(0);
    }
}
