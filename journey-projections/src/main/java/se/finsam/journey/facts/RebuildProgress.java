package se.finsam.journey.facts;

import java.time.Duration;
import java.time.Instant;

/** How far a rebuild has come: events done of the total, the rate, and the time left at that rate. */
public record RebuildProgress(String state, long eventsDone, long eventsTotal, double eventsPerSecond,
                              Long secondsLeft, Instant startedAt, Instant finishedAt, String problem) {

    public static RebuildProgress idle() {
        return new RebuildProgress("IDLE", 0, 0, 0, null, null, null, null);
    }

    static RebuildProgress running(long done, long total, Instant startedAt, Instant now) {
        double seconds = Math.max(1e-3, Duration.between(startedAt, now).toNanos() / 1e9);
        double rate = done / seconds;
        Long left = rate > 0 ? Math.round((total - done) / rate) : null;
        return new RebuildProgress("RUNNING", done, total, Math.round(rate), left, startedAt, null, null);
    }

    RebuildProgress finished(Instant at) {
        double seconds = Math.max(1e-3, Duration.between(startedAt, at).toNanos() / 1e9);
        return new RebuildProgress("DONE", eventsDone, eventsTotal, Math.round(eventsDone / seconds), 0L, startedAt,
                at, null);
    }

    RebuildProgress failed(Instant at, String why) {
        return new RebuildProgress("FAILED", eventsDone, eventsTotal, eventsPerSecond, null, startedAt, at, why);
    }
}
