package se.finsam.journey.api.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import se.finsam.journey.api.reports.DefinitionAnswer;
import se.finsam.journey.api.reports.PeriodAnswer;
import se.finsam.journey.api.reports.ScopeAnswer;

/**
 * API.md, "Table definitions": a definition's tables for a report question, each table by its id; with a
 * comparison the previous period, and under small-cell protection the hidden cells of each table.
 */
public record TablesAnswer(DefinitionAnswer definition, ScopeAnswer scope, PeriodAnswer period,
                           @JsonInclude(JsonInclude.Include.NON_NULL) PeriodAnswer previousPeriod, String asOf,
                           long position, String definitions,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Suppressed suppression,
                           Map<String, Table> tables, String manifest) {

    /** One table: its rows and columns ({@code total} last), its values and its cells by key. */
    public record Table(String title, String population, List<String> rows,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> columns, List<String> values,
                        Map<String, Object> cells,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> previousCells,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> change) {
    }

    /** Small-cell protection: the threshold and, by table, the hidden cells of each year (code point order). */
    public record Suppressed(int threshold, Map<String, List<String>> cells, Map<String, List<String>> previousCells) {
    }
}
