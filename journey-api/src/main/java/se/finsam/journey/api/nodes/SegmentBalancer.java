package se.finsam.journey.api.nodes;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.finsam.journey.facts.JourneyFactsProjection;

/**
 * Shares the read model processor's segments among the nodes of one database. Axon (without Axon Server) only
 * claims segments nobody holds: the node that starts first takes all four and keeps them, and a node started
 * later would idle. So each node counts the live nodes (the distinct application names of the database's
 * connections, see {@link NodeName}) and, when it holds more than its fair share, releases the surplus for a
 * few claim intervals so that another node claims it. A node that dies loses its connections at once and its
 * claims after the claim timeout; the others then claim its segments, up to all of them.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final long releaseMillis;

    SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                    @Value("${axon.eventhandling.processors.journey-facts.token-claim-interval:2000}") long claimInterval) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.releaseMillis = 3 * claimInterval;
    }

    @Scheduled(initialDelayString = "${journey.node.balance-interval-ms:5000}",
            fixedDelayString = "${journey.node.balance-interval-ms:5000}")
    void balance() {
        StreamingEventProcessor processor = processing.eventProcessor(JourneyFactsProjection.PROCESSOR,
                StreamingEventProcessor.class).orElse(null);
        if (processor == null || !processor.isRunning()) {
            return;
        }
        Integer nodes = jdbc.queryForObject("SELECT count(DISTINCT application_name) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND application_name LIKE ?", Integer.class,
                NodeName.APPLICATION_PREFIX + "%");
        Integer segments = jdbc.queryForObject("SELECT count(*) FROM tokenentry WHERE processorname = ?",
                Integer.class, JourneyFactsProjection.PROCESSOR);
        List<Integer> held = processor.processingStatus().keySet().stream().sorted(Comparator.reverseOrder()).toList();
        int surplus = held.size() - fairShare(segments == null ? 0 : segments, nodes == null ? 1 : nodes);
        for (int i = 0; i < surplus; i++) {
            log.info("Releasing segment {} of {} to another node ({} nodes share {} segments)", held.get(i),
                    JourneyFactsProjection.PROCESSOR, nodes, segments);
            processor.releaseSegment(held.get(i), releaseMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** The most segments one of {@code nodes} live nodes should hold. */
    static int fairShare(int segments, int nodes) {
        int live = Math.max(1, nodes);
        return (segments + live - 1) / live;
    }
}
