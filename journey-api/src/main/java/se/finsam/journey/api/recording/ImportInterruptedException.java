package se.finsam.journey.api.recording;

import java.util.List;
import se.finsam.journey.api.recording.ImportResult.LineError;

/**
 * An import that stopped before its end, saying how far it got: every line up to {@code lastStoredLine} is
 * decided for good (stored, a duplicate, or rejected as listed), nothing from {@code resendFromLine} on was
 * stored (a chunk is stored wholly or not at all), and sending the file again from there, or whole, completes it.
 */
public class ImportInterruptedException extends RuntimeException {

    /** Why it stopped, and the HTTP status that says so. */
    public enum Reason {
        /** The database could not be reached or refused to write (down, disk full): try again later. */
        DATABASE_UNAVAILABLE(503),
        /** Other requests changed the chunk's journeys at the same moment, several times running. */
        CONCURRENT_CHANGE(409),
        /** The file stopped arriving (the upload broke off). */
        UPLOAD_BROKEN(400),
        /** A cell the spreadsheet reader cannot take (longer than an import line may be). */
        UNREADABLE_FILE(422),
        /** Something on the service's side. */
        UNEXPECTED(500);

        public final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    private final Reason reason;
    private final String why;
    private final ImportResult soFar;
    private final int lastStoredLine;
    private final Long retryAfterSeconds;

    ImportInterruptedException(Reason reason, String why, ImportResult soFar, int lastStoredLine,
                               Long retryAfterSeconds, Throwable cause) {
        super(why, cause, false, false);
        this.reason = reason;
        this.why = why;
        this.soFar = soFar;
        this.lastStoredLine = lastStoredLine;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** When to send the rest again, for a database that could not take it (as its other 503s say); else null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    /** What stopped it, in a client's terms (no content of any line). */
    public String why() {
        return why;
    }

    /** The lines decided before it stopped: counts, the first errors, the position of the last stored event. */
    public ImportResult soFar() {
        return soFar;
    }

    public int lastStoredLine() {
        return lastStoredLine;
    }

    public int resendFromLine() {
        return lastStoredLine + 1;
    }

    public List<LineError> errors() {
        return soFar.errors();
    }

    /** The whole story in a sentence, for the API's problem detail. */
    public String detail() {
        String done = lastStoredLine == 0 ? "No line was stored"
                : "Lines 1–" + lastStoredLine + " are done (" + soFar.accepted() + " stored, " + soFar.duplicates()
                + " already there, " + soFar.rejected() + " rejected); nothing from line " + resendFromLine()
                + " on was stored";
        return "The import stopped at line " + resendFromLine() + ": " + why + ". " + done + ". Send the lines from "
                + "line " + resendFromLine() + " again (or the whole file: what is stored counts as duplicates).";
    }
}
