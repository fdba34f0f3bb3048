package se.finsam.journey.api.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * API.md, lineage of a report's cell: exactly the journeys counted in it (for a share or mean, those it is taken
 * over), each with its deciding records, at the answer's position.
 */
public record LineageAnswer(String cell, Number value, long position, String asOf, List<Journey> journeys) {

    /** A journey of the cell; for a share, whether it is in the share's numerator too. */
    public record Journey(String journeyId, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean inNumerator,
                          List<DecidingRecord> records) {
    }
}
