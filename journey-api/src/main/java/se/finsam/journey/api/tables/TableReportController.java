package se.finsam.journey.api.tables;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.reports.ReportParameters;
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
@Tag(name = "Tables", description = "An analyst's table definition computed for a scope and period, like the "
        + "participant report; the journeys behind a cell; the journeys that make two cells differ.")
class TableReportController {

    private static final String BAD_PARAMETER = "a parameter is missing or of the wrong form; `detail` names it";
    private static final String SCOPE_FORBIDDEN = "the caller may not read an initiative of the scope";
    private static final String UNKNOWN = "an initiative of the scope does not exist (or the association has none), "
            + "or there is no such definition, version, table or cell";
    private static final String NOT_CAUGHT_UP = "with minPosition: the figures had not caught up with that position "
            + "within 30 s; ask again";

    private final TableReports tables;
    private final ReportService reports;
    private final ReadAudit audit;

    TableReportController(TableReports tables, ReportService reports, ReadAudit audit) {
        this.tables = tables;
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "A definition's tables", description = "Every table of the definition's version for the "
            + "scope and period: its rows, columns, values and cells (`ROW/COLUMN/VALUE`), with `previousCells` and "
            + "`change` under compare=previous; the definition's id, version and SHA-256, the global `position` up "
            + "to which events are included, and the id of the answer's `manifest`.")
    @Parameter(name = "table", hidden = true)
    @Parameter(name = "cell", hidden = true)
    @Parameter(name = "against", hidden = true)
    @Parameter(name = "againstVersion", hidden = true)
    @Parameter(name = "againstTable", hidden = true)
    @Parameter(name = "againstCell", hidden = true)
    @ErrorAnswer(status = 400, when = BAD_PARAMETER)
    @ErrorAnswer(status = 403, when = SCOPE_FORBIDDEN)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    @ErrorAnswer(status = 503, when = NOT_CAUGHT_UP)
    TablesAnswer tables(@ParameterObject ReportParameters question, @ParameterObject TableParameters parameters,
                        @AuthenticationPrincipal Caller caller) {
        OptionalInt threshold = ReportQuery.suppression(question.suppress());
        return tables.publish(new TableReports.Question(question.query(), parameters.definitionId(),
                parameters.versionNumber(), threshold.isPresent() ? threshold.getAsInt() : null), caller, null).answer();
    }

    @GetMapping("/lineage")
    @Operation(summary = "The journeys behind a table's cell", description = "Exactly the journeys counted in the "
            + "cell's count (their number equals `value`), each with the records that decide it: those of the "
            + "table's population and of its dimensions. No personal data.")
    @Parameter(name = "against", hidden = true)
    @Parameter(name = "againstVersion", hidden = true)
    @Parameter(name = "againstTable", hidden = true)
    @Parameter(name = "againstCell", hidden = true)
    @ErrorAnswer(status = 400, when = BAD_PARAMETER)
    @ErrorAnswer(status = 403, when = SCOPE_FORBIDDEN)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    @ErrorAnswer(status = 503, when = NOT_CAUGHT_UP)
    TableLineageAnswer lineage(@ParameterObject ReportParameters question, @ParameterObject TableParameters parameters,
                               @AuthenticationPrincipal Caller caller) {
        return tables.trace(question.queryOfThePeriod(), parameters.definitionId(), parameters.versionNumber(),
                parameters.tableId(), parameters.cellName(), caller).answer();
    }

    @GetMapping("/difference")
    @Operation(summary = "Why two cells differ", description = "The journeys counted in one cell and not in the "
            + "other (`onlyLeft`, `onlyRight`), each with the records that decide either cell, and how many are "
            + "counted in `both`; both sides computed at one event position. The other side is a table's cell of "
            + "any definition, or (against=national) a count of the participant report.")
    @Parameter(name = "compare", hidden = true)
    @Parameter(name = "suppress", hidden = true)
    @ErrorAnswer(status = 400, when = BAD_PARAMETER + ", or againstCell is a share or a mean")
    @ErrorAnswer(status = 403, when = SCOPE_FORBIDDEN)
    @ErrorAnswer(status = 404, when = UNKNOWN + ", or againstCell is no figure of the participant report")
    @ErrorAnswer(status = 503, when = NOT_CAUGHT_UP)
    DifferenceAnswer difference(@ParameterObject ReportParameters question,
                                @ParameterObject TableParameters parameters, @AuthenticationPrincipal Caller caller) {
        ReportQuery query = question.queryOfThePeriod();
        List<String> scope = reports.scope(query, caller);
        DifferenceAnswer answer = tables.difference(query, scope, parameters);
        audit.record(caller, ReadAudit.Action.DIFFERENCE, query.describe(), scope, Map.of("left", answer.left(),
                "right", answer.right(), "onlyLeft", answer.onlyLeft().size(), "onlyRight", answer.onlyRight().size()));
        return answer;
    }
}
