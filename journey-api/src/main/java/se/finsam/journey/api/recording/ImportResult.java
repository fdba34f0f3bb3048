package se.finsam.journey.api.recording;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.finsam.journey.journey.Refusal;

/**
 * The answer to an NDJSON import, as API.md defines it, plus {@code errorsOmitted}: an import lists the first
 * {@value ImportService#MOST_ERRORS_LISTED} rejected lines in {@code errors} and only counts the others, so that a
 * file of a million bad lines cannot fill the memory (the rejected count is always the whole). {@code position} is
 * null and {@code recordedAt} too only in the part-answer of an interrupted import whose database is gone.
 */
public record ImportResult(int accepted, int duplicates, int rejected, List<LineError> errors, int errorsOmitted,
                           Long position, Instant recordedAt) {

    /**
     * A rejected line: its number, the ids it gives (when they are shaped like ids), the message, and what the message
     * says for a program ({@link Refusal}): the field of the record, the code and the values the message names.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineError(int line, String journeyId, String recordId, String message, String field, String code,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> arguments) {

        public static LineError of(int line, String journeyId, String recordId, Refusal refusal) {
            return new LineError(line, journeyId, recordId, refusal.getMessage(), refusal.field(), refusal.code(),
                    refusal.arguments());
        }
    }
}
