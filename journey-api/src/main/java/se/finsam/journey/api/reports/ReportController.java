package se.finsam.journey.api.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.reports.Suppression;

/**
 * API.md, "Reports": the participant report (each answer with the id of its manifest), the lineage of any of its
 * figures, and restatements against the report as known at an earlier instant.
 */
@RestController
@RequestMapping("/api/v1/reports/participants")
@Tag(name = "Reports", description = "The participant report of DOMAIN.md for a scope and period, as JSON or CSV; "
        + "the journeys behind any count; what changed since a report was published.")
class ReportController {

    private static final String SCOPE_FORBIDDEN = "the caller may not read an initiative of the scope, or every "
            + "initiative of the association; to a caller who does not read every initiative, one that does not exist "
            + "answers the same";
    private static final String SCOPE_UNKNOWN = "(to a caller who reads every initiative) an initiative of the scope "
            + "does not exist, or the association has none";
    private static final String BAD_PARAMETER = "a parameter is missing or of the wrong form; `detail` names it";
    private static final String NOT_CAUGHT_UP = "with minPosition: the figures had not caught up with that position "
            + "within 30 s; ask again";

    private final ReportService reports;
    private final Publication publication;
    private final ParticipantReport participants;
    private final LineageService lineage;
    private final RestatementService restatements;
    private final ReadAudit audit;

    ReportController(ReportService reports, Publication publication, ParticipantReport participants,
                     LineageService lineage, RestatementService restatements, ReadAudit audit) {
        this.reports = reports;
        this.publication = publication;
        this.participants = participants;
        this.lineage = lineage;
        this.restatements = restatements;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The participant report", description = "Every figure of DOMAIN.md for the scope and "
            + "period (maps over a code list carry every code), the global `position` up to which events are "
            + "included, and the id of the report's `manifest`.")
    @ErrorAnswer(status = 400, when = BAD_PARAMETER)
    @ErrorAnswer(status = 403, when = SCOPE_FORBIDDEN)
    @ErrorAnswer(status = 404, when = SCOPE_UNKNOWN)
    @ErrorAnswer(status = 503, when = NOT_CAUGHT_UP)
    ParticipantReportAnswer report(@ParameterObject ReportParameters parameters,
                                   @AuthenticationPrincipal Caller caller) {
        return participants.answer(publication.publish(participants, parameters.query(),
                ReportQuery.suppression(parameters.suppress()), caller, Publication.Audited.NOT));
    }

    /** The whole report as CSV for a spreadsheet (see {@link ReportCsv}); the manifest id is in its first line. */
    @GetMapping(value = "/export.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "The participant report as CSV", description = "For a Swedish spreadsheet: UTF-8 with BOM, "
            + "semicolons, decimal commas; one row per figure with last year's value and the change, the manifest id "
            + "in the first line (and in the header X-Journey-Manifest).")
    @ErrorAnswer(status = 400, when = BAD_PARAMETER)
    @ErrorAnswer(status = 403, when = SCOPE_FORBIDDEN)
    @ErrorAnswer(status = 404, when = SCOPE_UNKNOWN)
    @ErrorAnswer(status = 503, when = NOT_CAUGHT_UP)
    ResponseEntity<String> csv(@ParameterObject ReportParameters parameters, @AuthenticationPrincipal Caller caller) {
        Published<ReportService.Computed, Suppression> published = publication.publish(participants,
                parameters.query(), ReportQuery.suppression(parameters.suppress()), caller,
                Publication.Audited.export("csv"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(published.figures().fileName("csv")).build().toString())
                .header("X-Journey-Manifest", published.manifest())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ReportCsv.of(published));
    }

    /** The figures that differ between the report as known at {@code asOf} and today, and what changed them. */
    @GetMapping("/restatements")
    @Operation(summary = "What changed since a report was published", description = "The report as known at `asOf` "
            + "(required here) against the same report today: every figure that differs, with the records stored "
            + "since that explain it.")
    @Parameter(name = "compare", hidden = true)
    @Parameter(name = "minPosition", hidden = true)
    @Parameter(name = "suppress", hidden = true)
    @ErrorAnswer(status = 400, when = BAD_PARAMETER + ", or asOf is missing")
    @ErrorAnswer(status = 403, when = SCOPE_FORBIDDEN)
    @ErrorAnswer(status = 404, when = SCOPE_UNKNOWN)
    RestatementAnswer restatements(@ParameterObject ReportParameters parameters,
                                   @AuthenticationPrincipal Caller caller) {
        ReportQuery query = parameters.queryAsPublished();
        List<String> scope = reports.scope(query, caller);
        RestatementAnswer answer = restatements.since(query, scope);
        audit.record(caller, ReadAudit.Action.RESTATEMENT, describe(query), scope, Map.of());
        return answer;
    }

    @GetMapping("/lineage")
    @Operation(summary = "The journeys behind a count", description = "Exactly the journeys counted in the cell "
            + "(their number equals `value`), each with the records that decided it; for a share or a mean, its "
            + "population. No personal data.")
    @Parameter(name = "suppress", hidden = true)
    @ErrorAnswer(status = 400, when = BAD_PARAMETER + ", or cell is not a figure of the report")
    @ErrorAnswer(status = 403, when = SCOPE_FORBIDDEN)
    @ErrorAnswer(status = 404, when = SCOPE_UNKNOWN)
    @ErrorAnswer(status = 503, when = NOT_CAUGHT_UP)
    LineageAnswer lineage(@ParameterObject ReportParameters parameters,
                                @Parameter(description = "The dotted path of a figure, e.g. "
                                        + "closures.standardTable.work or participants.byGender.WOMAN.",
                                        required = true, example = "closures.standardTable.work")
                                @RequestParam(required = false) String cell,
                                @AuthenticationPrincipal Caller caller) {
        ReportQuery query = parameters.queryOfThePeriod();
        List<String> scope = reports.scope(query, caller);
        LineageAnswer answer = lineage.lineage(query, scope, cell);
        audit.record(caller, ReadAudit.Action.LINEAGE, describe(query), scope,
                Map.of("cell", cell, "journeys", answer.journeys().size()));
        return answer;
    }

    /** A report question in a line, for the audit trail. */
    static String describe(ReportQuery query) {
        return query.describe();
    }
}
