package se.finsam.journey.api.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.reports.CountedJourneys;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.tables.CanonicalJson;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.TableDefinition;
import se.finsam.journey.tables.TableEngine;
import se.finsam.journey.tables.TableSuppression;

/**
 * A definition's tables for a report question, and the answer as API.md gives it. The same code computes an
 * answer from the read model and recomputes a manifest's from the event table, so a verification compares like
 * with like.
 */
public final class TableAnswers {

    private TableAnswers() {
    }

    /** A version of a definition, read. */
    public record Resolved(DefinitionStore.Version version, TableDefinition definition) {
    }

    /** A definition's tables for a question, exactly at {@code position}. */
    public record Computed(ReportQuery query, List<String> scope, long position, Resolved definition,
                           List<ComputedTable> tables) {
    }

    /** The tables over the scope's journeys that may count in the question's period (and the year before). */
    static Computed compute(ReportQuery query, List<String> scope, long position, JourneyColumns columns,
                            Resolved definition) {
        return new Computed(query, scope, position, definition, tables(query, scope, columns, definition.definition()));
    }

    /** The definition's tables for the question (and the year before, when compared). */
    static List<ComputedTable> tables(ReportQuery query, List<String> scope, JourneyColumns columns,
                                      TableDefinition definition) {
        ReportPeriod period = new ReportPeriod(query.from(), query.to());
        CountedJourneys journeys = CountedJourneys.of(columns, period);
        return query.comparePrevious()
                ? TableEngine.compare(definition, scope, journeys, CountedJourneys.of(columns, period.oneYearEarlier()))
                : TableEngine.compute(definition, scope, journeys);
    }

    /** The cells small-cell protection hides in each table, by table id; none without a {@code threshold}. */
    public static Map<String, TableSuppression.Hidden> hidden(List<ComputedTable> tables, Integer threshold) {
        Map<String, TableSuppression.Hidden> hidden = new LinkedHashMap<>();
        for (ComputedTable table : tables) {
            hidden.put(table.spec().id(), threshold == null ? new TableSuppression.Hidden(Set.of(), Set.of())
                    : TableSuppression.of(table, threshold));
        }
        return hidden;
    }

    /**
     * The answer; with a {@code threshold} (null for none) small cells are null and listed under
     * {@code suppression}, per table. The definition's SHA-256 is taken over its content as stored, so a manifest
     * of content changed behind the service's back no longer verifies.
     */
    static Map<String, Object> answer(Computed computed, Integer threshold) {
        return answer(computed, threshold, hidden(computed.tables(), threshold));
    }

    static Map<String, Object> answer(Computed computed, Integer threshold, Map<String, TableSuppression.Hidden> hiddenBy) {
        ReportQuery query = computed.query();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("definition", definition(computed.definition().version()));
        Map<String, Object> scope = new LinkedHashMap<>();
        if (query.association() != null) {
            scope.put("association", query.association());
        }
        scope.put("initiatives", computed.scope());
        answer.put("scope", scope);
        answer.put("period", Map.of("from", query.from().toString(), "to", query.to().toString()));
        if (query.comparePrevious()) {
            ReportPeriod earlier = new ReportPeriod(query.from(), query.to()).oneYearEarlier();
            answer.put("previousPeriod", Map.of("from", earlier.from().toString(), "to", earlier.to().toString()));
        }
        answer.put("asOf", query.asOf() == null ? null : query.asOf().toString());
        answer.put("position", computed.position());
        answer.put("definitions", ParticipantReportDefinitions.VERSION);
        Map<String, Object> tables = new LinkedHashMap<>();
        Map<String, Object> hiddenCells = new LinkedHashMap<>();
        Map<String, Object> hiddenPrevious = new LinkedHashMap<>();
        for (ComputedTable table : computed.tables()) {
            TableSuppression.Hidden hidden = hiddenBy.get(table.spec().id());
            tables.put(table.spec().id(), table(table, hidden));
            hiddenCells.put(table.spec().id(), sorted(hidden.cells()));
            hiddenPrevious.put(table.spec().id(), sorted(hidden.previousCells()));
        }
        if (threshold != null) {
            Map<String, Object> suppression = new LinkedHashMap<>();
            suppression.put("threshold", threshold);
            suppression.put("cells", hiddenCells);
            suppression.put("previousCells", hiddenPrevious);
            answer.put("suppression", suppression);
        }
        answer.put("tables", tables);
        return answer;
    }

    static Map<String, Object> definition(DefinitionStore.Version version) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("id", version.id());
        definition.put("version", version.version());
        definition.put("sha256", CanonicalJson.sha256(version.content()));
        return definition;
    }

    private static Map<String, Object> table(ComputedTable table, TableSuppression.Hidden hidden) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("title", table.spec().title());
        answer.put("population", table.spec().population().wireName());
        answer.put("rows", table.current().rows());
        if (table.spec().hasColumns()) {
            answer.put("columns", table.current().columns());
        }
        answer.put("values", table.spec().values().stream().map(v -> v.name()).toList());
        answer.put("cells", table.current().render(hidden.cells()));
        if (table.compared()) {
            answer.put("previousCells", table.previous().render(hidden.previousCells()));
            answer.put("change", table.change(hidden.either()));
        }
        return answer;
    }

    private static List<String> sorted(Set<String> cells) {
        TreeMap<String, Boolean> sorted = new TreeMap<>(Figure.CODE_POINT_ORDER);
        cells.forEach(cell -> sorted.put(cell, true));
        return List.copyOf(sorted.keySet());
    }
}
