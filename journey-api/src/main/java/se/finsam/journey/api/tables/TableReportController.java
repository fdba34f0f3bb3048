package se.finsam.journey.api.tables;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.api.security.Caller;

/**
 * API.md, "Table definitions": a definition's tables for any scope and period ({@code GET /api/v1/reports/tables},
 * with a manifest), the lineage of a cell, and the difference between two cells. Whoever may read the scope's
 * reports may run any definition over it; each run, lineage and difference is written to the read audit trail.
 */
@RestController
@RequestMapping("/api/v1/reports/tables")
class TableReportController {

    private final TableReports tables;
    private final ReportService reports;
    private final ReadAudit audit;

    TableReportController(TableReports tables, ReportService reports, ReadAudit audit) {
        this.tables = tables;
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping
    Map<String, Object> tables(TableParameters parameters, @AuthenticationPrincipal Caller caller) {
        ReportQuery query = parameters.query();
        OptionalInt threshold = ReportQuery.suppression(parameters.suppress());
        String definitionId = parameters.definitionId();
        Integer version = parameters.versionNumber();
        List<String> scope = reports.scope(query, caller);
        TableAnswers.Resolved definition = tables.resolve(definitionId, version);
        Map<String, Object> answer = tables.tables(query, scope, definition,
                threshold.isPresent() ? threshold.getAsInt() : null, caller);
        audit.record(caller, ReadAudit.Action.TABLES, query.describe(), scope, Map.of(
                "definition", definitionId, "version", definition.version().version(), "manifest", answer.get("manifest")));
        return answer;
    }

    @GetMapping("/lineage")
    Map<String, Object> lineage(TableParameters parameters, @AuthenticationPrincipal Caller caller) {
        ReportQuery query = parameters.queryOfThePeriod();
        String definitionId = parameters.definitionId();
        Integer version = parameters.versionNumber();
        String table = parameters.tableId();
        String cell = parameters.cellName();
        List<String> scope = reports.scope(query, caller);
        TableAnswers.Resolved definition = tables.resolve(definitionId, version);
        Map<String, Object> answer = tables.lineage(query, scope, definition, table, cell);
        audit.record(caller, ReadAudit.Action.LINEAGE, query.describe(), scope, Map.of("definition", definitionId,
                "version", definition.version().version(), "table", table, "cell", cell,
                "journeys", ((List<?>) answer.get("journeys")).size()));
        return answer;
    }

    @GetMapping("/difference")
    Map<String, Object> difference(TableParameters parameters, @AuthenticationPrincipal Caller caller) {
        ReportQuery query = parameters.queryOfThePeriod();
        List<String> scope = reports.scope(query, caller);
        Map<String, Object> answer = tables.difference(query, scope, parameters);
        audit.record(caller, ReadAudit.Action.DIFFERENCE, query.describe(), scope, Map.of("left", answer.get("left"),
                "right", answer.get("right"), "onlyLeft", ((List<?>) answer.get("onlyLeft")).size(),
                "onlyRight", ((List<?>) answer.get("onlyRight")).size()));
        return answer;
    }
}
