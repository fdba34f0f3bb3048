package se.finsam.journey.api.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import se.finsam.journey.api.reports.DefinitionAnswer;
import se.finsam.journey.api.reports.LineageAnswer;

/**
 * API.md, why two cells differ: each side's cell and count, how many journeys both count, and the journeys counted
 * on one side only, each with the records that decide either side; both sides at one position.
 */
public record DifferenceAnswer(Side left, Side right, long position, String asOf, long both,
                               List<LineageAnswer.Journey> onlyLeft, List<LineageAnswer.Journey> onlyRight) {

    /**
     * One side: a table's cell (its definition and table), or a count of the participant report ({@code report}
     * and its {@code definitions}).
     */
    public record Side(@JsonInclude(JsonInclude.Include.NON_NULL) DefinitionAnswer definition,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String table,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String report,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String definitions, String cell, int value) {
    }
}
