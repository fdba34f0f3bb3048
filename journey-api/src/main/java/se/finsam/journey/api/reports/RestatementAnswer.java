package se.finsam.journey.api.reports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A published report (a manifest, or the report as known at an instant) against the same question today: every
 * figure that differs, and the records stored since that can explain it.
 */
public record RestatementAnswer(Since since, Today today, String definitions, List<Difference> differences) {

    /** What was published: its manifest (null when asked by instant), position and as-of instant. */
    public record Since(String manifest, long position, String asOf) {
    }

    /** The position today's figures are exact at. */
    public record Today(long position) {
    }

    /** A figure that differs: its dotted path, its value then and now, and the later records that explain it. */
    public record Difference(String cell, Number published, Number today, List<Record> records) {
    }

    /** A later deciding record, with the journey it is of. */
    public record Record(String journeyId, @JsonUnwrapped DecidingRecord record) {
    }
}
