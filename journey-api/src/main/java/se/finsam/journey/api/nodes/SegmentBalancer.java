package se.finsam.journey.api.nodes;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.axonframework.springboot.EventProcessorProperties;
import se.finsam.journey.facts.JourneyFactsProjection;

/**
 * Shares the read model processor's segments among the nodes of one database. Axon (without Axon Server) only
 * claims segments nobody holds: the node that starts first takes all four and keeps them, and a node started
 * later would idle. So every node whose processor runs keeps one connection named {@code journey-node:<name>}
 * (no table to keep: a node that dies loses the connection with it), each counts those connections, and one that
 * holds more than its fair share releases the surplus for a few claim intervals so that another node claims it.
 * A node that dies loses its claims after the claim timeout; the others then claim its segments, up to all four.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    static final String PRESENCE_PREFIX = "journey-node:";
    private static final Duration BACK_OFF = Duration.ofMinutes(1);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final NodeName node;
    private final SegmentOwners owners;
    private final SegmentClaims claims;
    private final long releaseMillis;
    /** Held while this node's processor runs: the other nodes count it. */
    private Connection presence;
    /** Segments released lately, and when; holding one again means nobody else claimed it. */
    private final Map<Integer, Long> released = new HashMap<>();
    private long backOffUntil = System.nanoTime();

    SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, DataSource dataSource, NodeName node,
                    SegmentOwners owners, SegmentClaims claims, EventProcessorProperties processors) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.node = node;
        this.owners = owners;
        this.claims = claims;
        EventProcessorProperties.ProcessorSettings settings = processors.getProcessors()
                .getOrDefault(JourneyFactsProjection.PROCESSOR, new EventProcessorProperties.ProcessorSettings());
        this.releaseMillis = 3 * settings.getTokenClaimIntervalTimeUnit().toMillis(settings.getTokenClaimInterval());
    }

    @Scheduled(initialDelayString = "${journey.node.balance-interval-ms:5000}",
            fixedDelayString = "${journey.node.balance-interval-ms:5000}")
    synchronized void balance() {
        StreamingEventProcessor processor = processing.eventProcessor(JourneyFactsProjection.PROCESSOR,
                StreamingEventProcessor.class).orElse(null);
        if (processor == null || !processor.isRunning()) {
            withdraw();
            return;
        }
        announce();
        int nodes = owners.connectedNodes().size();
        Integer segments = jdbc.queryForObject("SELECT count(*) FROM tokenentry WHERE processorname = ?",
                Integer.class, JourneyFactsProjection.PROCESSOR);
        List<Integer> held = processor.processingStatus().keySet().stream().sorted(Comparator.reverseOrder()).toList();
        long now = System.nanoTime();
        released.values().removeIf(at -> now - at > 3 * releaseMillis * 1_000_000);
        if (held.stream().anyMatch(released::containsKey)) {
            // Nobody took what this node let go (a node counted that cannot claim, such as one whose host died
            // while its connection still looks open): keep processing it instead of pausing it again and again.
            log.info("No other node claimed the segments released; keeping them for {} s", BACK_OFF.toSeconds());
            backOffUntil = now + BACK_OFF.toNanos();
            released.clear();
        }
        if (now - backOffUntil < 0) {
            return;
        }
        int total = segments == null ? 0 : segments;
        int surplus = held.size() - fairShare(total, nodes);
        for (int i = 0; i < surplus; i++) {
            claims.releasing(held.get(i), "fair share: " + nodes + " nodes process the " + total + " segments, "
                    + fairShare(total, nodes) + " each at most");
            processor.releaseSegment(held.get(i), releaseMillis, TimeUnit.MILLISECONDS);
            released.put(held.get(i), now);
        }
    }

    /** Opens (again, after a lost connection) the connection that tells the other nodes this one processes. */
    private void announce() {
        try {
            if (presence != null && presence.isValid(2)) {
                return;
            }
            withdraw();
            presence = dataSource.getConnection();
            try (PreparedStatement statement = presence.prepareStatement("SELECT set_config('application_name', ?, "
                    + "false)")) {
                String name = PRESENCE_PREFIX + node.value();
                statement.setString(1, name.length() > 63 ? name.substring(0, 63) : name);
                statement.execute();
            }
        } catch (SQLException e) {
            log.warn("could not tell the other nodes that this one processes events: {}", e.toString());
        }
    }

    /** Closes the presence connection, its name reset first, since the pool hands it out again. */
    @PreDestroy
    synchronized void withdraw() {
        if (presence == null) {
            return;
        }
        try (Connection connection = presence; Statement statement = connection.createStatement()) {
            statement.execute("RESET application_name");
        } catch (SQLException e) {
            log.debug("closing the presence connection: {}", e.toString());
        }
        presence = null;
    }

    /** The most segments one of {@code nodes} live nodes should hold. */
    static int fairShare(int segments, int nodes) {
        int live = Math.max(1, nodes);
        return (segments + live - 1) / live;
    }
}
