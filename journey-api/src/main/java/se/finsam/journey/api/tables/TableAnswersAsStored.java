package se.finsam.journey.api.tables;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.api.reports.FiguresDocument;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.tables.CanonicalJson;
import se.finsam.journey.tables.ComputedTable;

/**
 * A definition's tables exactly as manifests stored them before figures documents (format
 * {@value FiguresDocument#ANSWER}): the answer without its manifest id and without suppression, as maps for canonical
 * JSON. Frozen: it is not the answer, which may grow, but what those manifests' hash is over; change nothing here,
 * or every such manifest stops verifying.
 */
final class TableAnswersAsStored {

    private TableAnswersAsStored() {
    }

    static Map<String, Object> of(TableAnswers.Computed computed) {
        ReportQuery query = computed.query();
        DefinitionStore.Version version = computed.definition().version();
        Map<String, Object> answer = new LinkedHashMap<>();
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("id", version.id());
        definition.put("version", version.version());
        definition.put("sha256", CanonicalJson.sha256(version.content()));
        answer.put("definition", definition);
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
        for (ComputedTable table : computed.tables()) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("title", table.spec().title());
            shown.put("population", table.spec().population().wireName());
            shown.put("rows", table.current().rows());
            if (table.spec().hasColumns()) {
                shown.put("columns", table.current().columns());
            }
            shown.put("values", table.spec().values().stream().map(value -> value.name()).toList());
            shown.put("cells", table.current().render(Set.of()));
            if (table.compared()) {
                shown.put("previousCells", table.previous().render(Set.of()));
                shown.put("change", table.change(Set.of()));
            }
            tables.put(table.spec().id(), shown);
        }
        answer.put("tables", tables);
        return answer;
    }
}
