package se.finsam.journey.api.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.finsam.journey.api.recording.ImportInterruptedException.Reason;
import se.finsam.journey.api.recording.ImportResult.LineError;
import se.finsam.journey.api.recording.ImportService.ChunkResult;
import se.finsam.journey.api.recording.ImportService.Line;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.storage.DatabaseTrouble;
import se.finsam.journey.journey.RuleViolation;

/**
 * One import, fed a line at a time from any source (an HTTP body, a spreadsheet read row by row): lines are
 * gathered into chunks that {@link ImportService} decides and stores, one transaction each, so memory holds one
 * chunk and the first {@value ImportService#MOST_ERRORS_LISTED} errors, whatever the size of the file. A chunk
 * ends at {@code chunkSize} lines or {@value #MOST_CHUNK_CHARS} characters, whichever comes first. When storing a
 * chunk fails, {@link ImportInterruptedException} says which lines are done. Close it when done (or not).
 */
public final class Importer implements NdjsonLines.Target, AutoCloseable {

    /** So that 5,000 lines of up to 64 KiB each never sit in memory at once. */
    static final int MOST_CHUNK_CHARS = 4 * 1024 * 1024;

    private final ImportService service;
    private final Caller caller;
    private final String importId;
    private final int chunkSize;
    private final long started = System.nanoTime();
    private final List<Line> chunk = new ArrayList<>();
    private final List<LineError> errors = new ArrayList<>();
    private int chunkChars;
    private int lines;
    private int decidedThrough;
    private int accepted;
    private int duplicates;
    private int rejected;
    private String lastEventId;
    private boolean closed;

    Importer(ImportService service, Caller caller, String importId, int chunkSize) {
        this.service = service;
        this.caller = caller;
        this.importId = importId;
        this.chunkSize = chunkSize;
    }

    /** The next line of the file; a blank one only counts (line numbers stay those of the file). */
    @Override
    public void line(String text) {
        lines++;
        if (!text.isBlank()) {
            add(new Line(lines, text, null));
        }
    }

    /** The next line of the file, which cannot be read (too long, not text): rejected with this message. */
    public void unreadable(String code, String problem) {
        unreadable(code, problem, null, null);
    }

    @Override
    public void unreadable(String code, String problem, String journeyId, String recordId) {
        lines++;
        add(new Line(lines, null, new LineError(lines, journeyId, recordId, problem, null, code, Map.of())));
    }

    /** Lines taken so far (the service decides them a chunk at a time, so this runs up to a chunk ahead). */
    public int linesRead() {
        return lines;
    }

    /** Stores what is left and answers for the whole file. */
    public ImportResult finish() {
        flush();
        decidedThrough = lines;
        ImportResult result = service.result(this, true);
        service.finished(this, result, importId);
        return result;
    }

    /**
     * The file stopped arriving after the lines taken so far: those are stored (each line taken is whole), nothing
     * more is, and the answer says how far the import got.
     */
    public ImportInterruptedException brokenOff(String why, Throwable cause) {
        flush();
        return interrupted(Reason.UPLOAD_BROKEN, why, cause);
    }

    /** The file cannot be read further (e.g. a spreadsheet cell too long to read): as {@link #brokenOff}. */
    public ImportInterruptedException unreadableFrom(String why, Throwable cause) {
        flush();
        return interrupted(Reason.UNREADABLE_FILE, why, cause);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            service.closed();
        }
    }

    private void add(Line line) {
        chunk.add(line);
        chunkChars += line.text() == null ? 0 : line.text().length();
        if (chunk.size() >= chunkSize || chunkChars >= MOST_CHUNK_CHARS) {
            flush();
        }
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        ChunkResult result;
        try {
            result = service.importChunk(chunk, caller, importId);
        } catch (RuleViolation conflict) {
            throw interrupted(Reason.CONCURRENT_CHANGE, conflict.getMessage(), conflict);
        } catch (RuntimeException failure) {
            Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(failure);
            throw trouble.isPresent()
                    ? interrupted(Reason.DATABASE_UNAVAILABLE, trouble.get() == DatabaseTrouble.DISK_FULL
                            ? "the database's disk is full, so it could not be stored; try again once there is room"
                            : "the database could not be reached; try again in a little while",
                            failure, trouble.get().retryAfterSeconds())
                    : interrupted(Reason.UNEXPECTED, "something went wrong on our side", failure);
        }
        accepted += result.accepted();
        duplicates += result.duplicates();
        rejected += result.errors().size();
        for (LineError error : result.errors()) {
            if (errors.size() < ImportService.MOST_ERRORS_LISTED) {
                errors.add(error);
            }
        }
        if (result.lastEventId() != null) {
            lastEventId = result.lastEventId();
        }
        decidedThrough = chunk.get(chunk.size() - 1).number();
        chunk.clear();
        chunkChars = 0;
    }

    private ImportInterruptedException interrupted(Reason reason, String why, Throwable cause) {
        return interrupted(reason, why, cause, null);
    }

    private ImportInterruptedException interrupted(Reason reason, String why, Throwable cause, Long retryAfterSeconds) {
        chunk.clear();
        chunkChars = 0;
        ImportResult soFar = service.result(this, false);
        service.interrupted(this, soFar, importId, reason, cause);
        return new ImportInterruptedException(reason, why, soFar, decidedThrough, retryAfterSeconds, cause);
    }

    int accepted() {
        return accepted;
    }

    int duplicates() {
        return duplicates;
    }

    int rejected() {
        return rejected;
    }

    List<LineError> errors() {
        return List.copyOf(errors);
    }

    String lastEventId() {
        return lastEventId;
    }

    Caller caller() {
        return caller;
    }

    long started() {
        return started;
    }
}
