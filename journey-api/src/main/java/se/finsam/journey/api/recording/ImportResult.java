package se.finsam.journey.api.recording;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The answer to an NDJSON import, as API.md defines it. */
public record ImportResult(int accepted, int duplicates, int rejected, List<LineError> errors, long position,
                          Instant recordedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineError(int line, String journeyId, String recordId, String message) {
    }
}
