package se.finsam.journey.api.ledger.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.reports.Publication;
import se.finsam.journey.api.reports.ReportParameters;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.ledger.figures.LedgerReportKind;

/**
 * docs/ledger-api.md, "Reports": the economy, staff, goal and activity reports of a scope and period, as JSON or CSV,
 * each answer with its manifest, published through the one publication path. Every read is written to the read audit.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Ledger reports", description = "Economy (allocation, budget, costs, forecast, costs per participant), "
        + "staff (FTE by role, employer and payer, participants per FTE), goals (target, result, reached, assessment) "
        + "and activities (per kind: sessions, attendances, unique participants), for a scope and period.")
class LedgerReportController {

    private static final String REPORT = "economy, staff, goals or activities.";
    private static final String BAD_PARAMETER = "a parameter is missing or of the wrong form (`detail` names it); for "
            + "the economy report, a period that is not within one calendar year";
    private static final String SCOPE_FORBIDDEN = "the caller may not read an initiative of the scope";
    private static final String SCOPE_UNKNOWN = "the report, an initiative of the scope, or the association does not "
            + "exist";
    private static final String NOT_CAUGHT_UP = "with minPosition: the figures had not caught up with that position "
            + "within 30 s; ask again";

    private final LedgerReports reports;

    LedgerReportController(LedgerReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{report:economy|staff|goals|activities}")
    @Operation(summary = "A ledger report", description = "The report's figures for the scope and period: `total` over "
            + "the whole scope and, for more than one ledger, `byLedger` (initiative:CODE, association:CODE for the "
            + "association's own); for goals, `goals`. Amounts are kronor with two decimals, exact; shares and ratios "
            + "are rounded half-up once. `position` is the event position the figures are exact at, `manifest` the "
            + "id of the manifest that recomputes them. With compare=previous, `previous` and `change`; with suppress=N, "
            + "cells counting persons below N (and what would reveal them) are null and listed under `suppression`.")
    @ErrorAnswer(status = 400, when = BAD_PARAMETER)
    @ErrorAnswer(status = 403, when = SCOPE_FORBIDDEN)
    @ErrorAnswer(status = 404, when = SCOPE_UNKNOWN)
    @ErrorAnswer(status = 503, when = NOT_CAUGHT_UP)
    LedgerReportAnswer report(@Parameter(description = REPORT, example = "economy") @PathVariable String report,
                              @ParameterObject ReportParameters parameters, @AuthenticationPrincipal Caller caller) {
        return reports.publish(kind(report), parameters.query(), ReportQuery.suppression(parameters.suppress()), caller,
                Publication.Audited.as(ReadAudit.Action.LEDGER_REPORT));
    }

    @GetMapping(value = "/{report:economy|staff|goals|activities}/export.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "A ledger report as CSV", description = "For a Swedish spreadsheet: UTF-8 with BOM, semicolons, "
            + "decimal commas; one row per figure (goals: per goal) with last year's value and the change, the manifest "
            + "id in the first line (and in the header X-Journey-Manifest).")
    @ErrorAnswer(status = 400, when = BAD_PARAMETER)
    @ErrorAnswer(status = 403, when = SCOPE_FORBIDDEN)
    @ErrorAnswer(status = 404, when = SCOPE_UNKNOWN)
    @ErrorAnswer(status = 503, when = NOT_CAUGHT_UP)
    ResponseEntity<String> csv(@Parameter(description = REPORT, example = "economy") @PathVariable String report,
                               @ParameterObject ReportParameters parameters, @AuthenticationPrincipal Caller caller) {
        LedgerReportKind kind = kind(report);
        ReportQuery query = parameters.query();
        LedgerReportAnswer answer = reports.publish(kind, query, ReportQuery.suppression(parameters.suppress()), caller,
                Publication.Audited.export("csv"));
        String name = kind.wireName() + "-" + (query.association() != null ? query.association()
                : String.join("-", answer.scope().initiatives())) + "-" + query.from() + "-" + query.to() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Journey-Manifest", answer.manifest())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(LedgerReportCsv.of(answer));
    }

    static LedgerReportKind kind(String report) {
        return LedgerReportKind.ofWireName(report).orElseThrow(() -> new NotFoundException("there is no report '"
                + report + "'; the ledger reports are economy, staff, goals and activities"));
    }
}
