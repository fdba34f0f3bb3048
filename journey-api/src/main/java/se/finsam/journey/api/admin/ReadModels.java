package se.finsam.journey.api.admin;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.nodes.SegmentOwners;
import se.finsam.journey.api.recording.JourneyStreams;
import se.finsam.journey.facts.JourneyFactsProjection;
import se.finsam.journey.facts.JourneyFactsRebuild;
import se.finsam.journey.facts.ProcessorPosition;
import se.finsam.journey.facts.RebuildProgress;

/**
 * The read model's state (its position, the store's head, the lag, a rebuild's progress and who holds its
 * segments) and its rebuild, for both ways an administrator reaches them: {@code /api/v1/admin/read-models} and the
 * admin pages. One executor for both; {@link JourneyFactsRebuild} lets only one rebuild run at a time, here or on another node.
 */
@Component
public class ReadModels {

    private final JourneyFactsRebuild rebuild;
    private final ProcessorPosition positions;
    private final JourneyStreams streams;
    private final SegmentOwners owners;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ReadModels(JourneyFactsRebuild rebuild, ProcessorPosition positions, JourneyStreams streams,
                      SegmentOwners owners) {
        this.rebuild = rebuild;
        this.positions = positions;
        this.streams = streams;
        this.owners = owners;
    }

    /**
     * One read model: where it is, the store's head, a rebuild's progress, which node holds each segment of its
     * processor, and the nodes whose processor runs.
     */
    public record Status(String name, long position, long head, long lag, RebuildProgress rebuild,
                         List<SegmentOwners.Owner> segments, List<String> nodes) {

        public boolean running() {
            return "RUNNING".equals(rebuild.state());
        }

        /** Percent done, for the progress bar: 0 before the total is known. */
        public long percent() {
            return rebuild.eventsTotal() == 0 ? 0 : Math.min(100, rebuild.eventsDone() * 100 / rebuild.eventsTotal());
        }
    }

    public Status status() {
        long head = streams.head();
        long position = positions.position(JourneyFactsProjection.PROCESSOR);
        return new Status(JourneyFactsProjection.PROCESSOR, position, head, Math.max(0, head - position),
                rebuild.progress(), owners.of(JourneyFactsProjection.PROCESSOR), owners.connectedNodes());
    }

    /** Starts a rebuild, unless one is already running here or on another node of the database. */
    public JourneyFactsRebuild.Start start() {
        return rebuild.start(executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
