package se.finsam.journey.api.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.finsam.journey.facts.ProcessorPosition;

/**
 * Which node holds which segment of a processor, for administrators: read from the token table and from the
 * connections by which the nodes whose processor runs announce themselves ({@link SegmentBalancer}), so that any
 * node answers for all of them, and a holder that is gone is seen as gone before its claim expires.
 */
@Component
public class SegmentOwners {

    private final JdbcTemplate jdbc;
    private final ProcessorPosition positions;
    private final Duration claimTimeout;

    public SegmentOwners(JdbcTemplate jdbc, ProcessorPosition positions, NodeProperties settings) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.claimTimeout = settings.claimTimeout();
    }

    /**
     * One segment: its holder (null: nobody), whether that node is connected now, when it last renewed its claim,
     * when the claim lapses unless renewed again (then another node may take it), and the position up to which the
     * segment has handled every event.
     */
    public record Owner(int segment, String owner, boolean ownerConnected, Instant claimRenewedAt,
                        Instant claimExpiresAt, long position) {
    }

    /** Every segment of the processor. */
    public List<Owner> of(String processor) {
        Set<String> connected = Set.copyOf(connectedNodes());
        return positions.segments(processor).stream().map(s -> new Owner(s.segment(), s.owner(),
                s.owner() != null && connected.contains(s.owner()), s.claimRenewedAt(),
                s.owner() == null || s.claimRenewedAt() == null ? null : s.claimRenewedAt().plus(claimTimeout),
                s.position())).toList();
    }

    /** The names of the nodes whose processor runs now, sorted. */
    public List<String> connectedNodes() {
        Set<String> nodes = new TreeSet<>();
        jdbc.query("SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = current_database() "
                + "AND application_name LIKE ?", rs -> {
            nodes.add(rs.getString(1).substring(SegmentBalancer.PRESENCE_PREFIX.length()));
        }, SegmentBalancer.PRESENCE_PREFIX + "%");
        return List.copyOf(nodes);
    }
}
