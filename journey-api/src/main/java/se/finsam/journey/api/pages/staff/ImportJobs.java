package se.finsam.journey.api.pages.staff;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.recording.ImportResult;
import se.finsam.journey.api.recording.ImportService;
import se.finsam.journey.api.recording.Importer;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.journey.RuleViolation;

/**
 * Imports started from the page run here, one at a time in the background, through the same
 * {@link ImportService} as {@code POST /api/v1/imports}; the page polls their progress. A finished import is kept
 * for an hour for its result page, and only its starter sees it. Nothing of a line's content is logged.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    private final ImportService imports;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "page-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ImportJobs(ImportService imports) {
        this.imports = imports;
    }

    /** One import: its file, how many lines were handed to the service, and its result or failure. */
    public static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final ImportFile file;
        final Instant started = Instant.now();
        final AtomicInteger read = new AtomicInteger();
        volatile ImportResult result;
        volatile String failure;

        Job(String owner, ImportFile file) {
            this.owner = owner;
            this.file = file;
        }

        public String id() {
            return id;
        }

        public ImportResult result() {
            return result;
        }

        public String failure() {
            return failure;
        }

        public boolean done() {
            return result != null || failure != null;
        }

        public int total() {
            return file.lines.size();
        }

        /** Lines handed over so far; the service decides them a chunk at a time, so this runs a chunk ahead. */
        public int linesRead() {
            return done() ? total() : Math.min(read.get(), total());
        }
    }

    Job start(Caller caller, ImportFile file) {
        jobs.values().removeIf(j -> j.done() && j.started.isBefore(Instant.now().minus(KEPT)));
        Job job = new Job(caller.username(), file);
        jobs.put(job.id, job);
        runner.submit(() -> run(job, caller));
        return job;
    }

    Optional<Job> find(String id, Caller caller) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(caller.username()));
    }

    private void run(Job job, Caller caller) {
        try {
            try (Importer importer = imports.begin(caller)) {
                for (String line : job.file.lines) {
                    job.read.incrementAndGet();
                    importer.line(line);
                }
                job.result = importer.finish();
            }
        } catch (RuleViolation | ForbiddenException e) {
            job.failure = e.getMessage();
        } catch (Exception e) {
            log.error("page import {} failed with {}", job.id, e.getClass().getName());
            job.failure = "";
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
