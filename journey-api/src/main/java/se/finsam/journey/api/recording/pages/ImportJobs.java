package se.finsam.journey.api.recording.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.metrics.Caches;
import se.finsam.journey.api.recording.ImportInterruptedException;
import se.finsam.journey.api.recording.ImportResult;
import se.finsam.journey.api.recording.ImportService;
import se.finsam.journey.api.recording.Importer;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.journey.RuleViolation;

/**
 * Imports started from the page run here, one at a time in the background, through the same
 * {@link ImportService} as {@code POST /api/v1/imports}, reading the uploaded file from disk as they go; the
 * page polls their progress. A finished import is kept for an hour for its result page (its counts and first
 * errors, never the file, which is deleted when the import ends), and only its starter sees it. Nothing of a
 * line's content is logged.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    /** Long enough to come back to a result page after a meeting; the result holds at most 1,000 errors. */
    private static final Duration KEPT = Duration.ofHours(1);
    /** What Caffeine takes as never: an import that runs is never forgotten, however long it takes. */
    private static final Duration WHILE_RUNNING = Duration.ofNanos(Long.MAX_VALUE);

    private final ImportService imports;
    private final ObjectMapper json;
    private final CodeLabels labels;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "page-import");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Imports by id: one that runs (or waits its turn) stays; once it ended it is put again and kept for
     * {@link #KEPT} from then. Not bounded in number: imports run one at a time, so an hour holds few.
     */
    private final Cache<String, Job> jobs;

    ImportJobs(ImportService imports, ObjectMapper json, CodeLabels labels, Caches caches) {
        this.jobs = caches.build("page-imports", Caffeine.newBuilder().expireAfter(
                Expiry.<String, Job>writing((id, job) -> job.outcome.get() == null ? WHILE_RUNNING : KEPT)));
        this.imports = imports;
        this.json = json;
        this.labels = labels;
    }

    /**
     * How an import ended: its result, or why it stopped ({@code interrupted} saying how far it got, else a
     * message, empty when the cause was ours).
     */
    record Outcome(ImportResult result, ImportInterruptedException interrupted, String failure) {
    }

    /**
     * One look at an import, taken at once, so that a page never shows half of one state and half of the next
     * (a page that saw "running" and then a result it had not prepared was the race behind a 500 while polling).
     */
    record Snapshot(String id, ImportFile.Format format, int linesRead, int percentRead, Outcome outcome) {
        public boolean done() {
            return outcome != null;
        }

        public ImportResult result() {
            return outcome == null ? null : outcome.result() != null ? outcome.result()
                    : outcome.interrupted() != null ? outcome.interrupted().soFar() : null;
        }
    }

    /** One import: its file, the import reading it, and how it ended. */
    static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final ImportFile file;
        private volatile Importer importer;
        private final AtomicReference<Outcome> outcome = new AtomicReference<>();

        Job(String owner, ImportFile file) {
            this.owner = owner;
            this.file = file;
        }

        Snapshot snapshot() {
            Outcome ended = outcome.get();
            Importer reading = importer;
            return new Snapshot(id, file.format, reading == null ? 0 : reading.linesRead(),
                    ended != null ? 100 : file.percentRead(), ended);
        }

        void end(Outcome how) {
            outcome.compareAndSet(null, how);
        }
    }

    Job start(Caller caller, ImportFile file) {
        Job job = new Job(caller.username(), file);
        jobs.put(job.id, job);
        runner.submit(() -> run(job, caller));
        return job;
    }

    Optional<Job> find(String id, Caller caller) {
        return Optional.ofNullable(jobs.getIfPresent(id)).filter(j -> j.owner.equals(caller.username()));
    }

    private void run(Job job, Caller caller) {
        try (Importer importer = imports.begin(caller)) {
            job.importer = importer;
            job.file.feed(importer, json, labels);
            job.end(new Outcome(importer.finish(), null, null));
        } catch (ImportInterruptedException e) {
            job.end(new Outcome(null, e, null));
        } catch (RuleViolation | ForbiddenException e) {
            job.end(new Outcome(null, null, e.getMessage()));
        } catch (Exception e) {
            log.error("page import {} failed with {}", job.id, e.getClass().getName());
            job.end(new Outcome(null, null, ""));
        } finally {
            job.file.delete();
            // Written again, now ended: from here it is kept for an hour.
            jobs.asMap().replace(job.id, job);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        jobs.asMap().values().forEach(job -> job.file.delete());
    }
}
