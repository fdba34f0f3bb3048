package se.finsam.journey.api.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A published report (a manifest, or the report as known at an instant) against the same question today: every
 * figure that differs, and the records stored since that can explain it.
 */
public record RestatementAnswer(Since since, Today today,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String definitions,
                                @JsonInclude(JsonInclude.Include.NON_NULL) DefinitionAnswer definition,
                                List<Difference> differences) {

    /** What was published: its manifest (null when asked by instant), position and as-of instant. */
    public record Since(String manifest, long position, String asOf) {
    }

    /** The position today's figures are exact at. */
    public record Today(long position) {
    }

    /**
     * A figure that differs: its dotted path (for an analyst's tables, its table and key), its value then and now,
     * and the later records that explain it.
     */
    public record Difference(@JsonInclude(JsonInclude.Include.NON_NULL) String table, String cell, Object published,
                             Object today, List<Record> records) {
    }

    /** A later deciding record, with the journey it is of. */
    public record Record(String journeyId, @JsonUnwrapped DecidingRecord record) {
    }
}
