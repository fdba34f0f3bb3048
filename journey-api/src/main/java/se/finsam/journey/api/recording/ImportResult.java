package se.finsam.journey.api.recording;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The answer to an NDJSON import, as API.md defines it, plus {@code errorsOmitted}: an import lists the first
 * {@value ImportService#MOST_ERRORS_LISTED} rejected lines in {@code errors} and only counts the others, so that a
 * file of a million bad lines cannot fill the memory (the rejected count is always the whole). {@code position} is
 * null and {@code recordedAt} too only in the part-answer of an interrupted import whose database is gone.
 */
public record ImportResult(int accepted, int duplicates, int rejected, List<LineError> errors, int errorsOmitted,
                           Long position, Instant recordedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineError(int line, String journeyId, String recordId, String message) {
    }
}
