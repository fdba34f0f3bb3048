package se.finsam.journey.api.pages.admin;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.recording.JourneyStreams;
import se.finsam.journey.facts.JourneyFactsProjection;
import se.finsam.journey.facts.JourneyFactsRebuild;
import se.finsam.journey.facts.ProcessorPosition;
import se.finsam.journey.facts.RebuildProgress;

/**
 * The read model's state as {@code GET /api/v1/admin/read-models} reports it, and its rebuild, started through the
 * same {@link JourneyFactsRebuild} (which lets only one rebuild run at a time, whichever way it was started).
 */
@Component
class ReadModels {

    private final JourneyFactsRebuild rebuild;
    private final ProcessorPosition positions;
    private final JourneyStreams streams;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild-page");
        thread.setDaemon(true);
        return thread;
    });

    ReadModels(JourneyFactsRebuild rebuild, ProcessorPosition positions, JourneyStreams streams) {
        this.rebuild = rebuild;
        this.positions = positions;
        this.streams = streams;
    }

    /** One read model: where it is, the store's head, and a rebuild's progress. */
    record Status(String name, long position, long head, long lag, RebuildProgress rebuild) {

        public boolean running() {
            return "RUNNING".equals(rebuild.state());
        }

        /** Percent done, for the progress bar: 0 before the total is known. */
        public long percent() {
            return rebuild.eventsTotal() == 0 ? 0 : Math.min(100, rebuild.eventsDone() * 100 / rebuild.eventsTotal());
        }
    }

    Status status() {
        long head = streams.head();
        long position = positions.position(JourneyFactsProjection.PROCESSOR);
        return new Status(JourneyFactsProjection.PROCESSOR, position, head, Math.max(0, head - position),
                rebuild.progress());
    }

    /** Starts a rebuild, unless one is already running here or on another node of the database. */
    JourneyFactsRebuild.Start start() {
        return rebuild.start(executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
