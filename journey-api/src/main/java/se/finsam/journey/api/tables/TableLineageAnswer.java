package se.finsam.journey.api.tables;

import java.util.List;
import se.finsam.journey.api.reports.DefinitionAnswer;
import se.finsam.journey.api.reports.LineageAnswer;

/** API.md, lineage of a table's cell: exactly the journeys counted in its count, each with its deciding records. */
public record TableLineageAnswer(DefinitionAnswer definition, String table, String cell, int value, long position,
                                 String asOf, List<LineageAnswer.Journey> journeys) {
}
