package se.finsam.journey.api.recording;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many bulk imports this node is running. Background work that competes for the same CPU and disk (the
 * hash-chain keeper, the manifest sealer) waits while one runs and catches up right after: on a small machine
 * an import otherwise loses a third of its speed to work that can as well be done a few seconds later.
 */
@Component
public class ImportsInProgress {

    private final AtomicInteger running = new AtomicInteger();

    void started() {
        running.incrementAndGet();
    }

    void ended() {
        running.decrementAndGet();
    }

    public boolean any() {
        return running.get() > 0;
    }
}
