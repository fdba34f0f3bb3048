package se.finsam.journey.api.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.reports.Suppression;

/**
 * API.md, "Reports": the participant report (each answer with the id of its manifest), the lineage of any of its
 * figures, and restatements against the report as known at an earlier instant.
 */
@RestController
@RequestMapping("/api/v1/reports/participants")
class ReportController {

    private final ReportService reports;
    private final LineageService lineage;
    private final ReportManifests manifests;
    private final RestatementService restatements;
    private final ReadAudit audit;

    ReportController(ReportService reports, LineageService lineage, ReportManifests manifests,
                     RestatementService restatements, ReadAudit audit) {
        this.reports = reports;
        this.lineage = lineage;
        this.manifests = manifests;
        this.restatements = restatements;
        this.audit = audit;
    }

    @GetMapping
    Map<String, Object> report(ReportParameters parameters, @AuthenticationPrincipal Caller caller) {
        ReportQuery query = parameters.query();
        OptionalInt threshold = ReportQuery.suppression(parameters.suppress());
        ReportService.Computed computed = reports.compute(query, caller);
        Map<String, Object> answer = reports.answer(computed);
        String manifest = manifests.record(computed, answer, caller);
        if (threshold.isPresent()) {
            // The manifest keeps the figures the suppressed answer was derived from: re-running it recomputes
            // them, and the suppression is a function of them and the threshold.
            answer = reports.answer(computed, ReportService.suppress(computed, threshold.getAsInt()));
        }
        answer.put("manifest", manifest);
        return answer;
    }

    /** The whole report as CSV for a spreadsheet (see {@link ReportCsv}); the manifest id is in its first line. */
    @GetMapping(value = "/export.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> csv(ReportParameters parameters, @AuthenticationPrincipal Caller caller) {
        ReportQuery query = parameters.query();
        OptionalInt threshold = ReportQuery.suppression(parameters.suppress());
        ReportService.Computed computed = reports.compute(query, caller);
        String manifest = manifests.record(computed, reports.answer(computed), caller);
        Suppression suppression = threshold.isPresent() ? ReportService.suppress(computed, threshold.getAsInt()) : null;
        audit.record(caller, ReadAudit.Action.EXPORT, describe(query), computed.scope(), suppression == null
                ? Map.of("format", "csv", "manifest", manifest)
                : Map.of("format", "csv", "manifest", manifest, "suppress", suppression.threshold()));
        String name = "deltagarrapport-" + (query.association() != null ? query.association()
                : String.join("-", computed.scope())) + "-" + query.from() + "-" + query.to() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Journey-Manifest", manifest)
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ReportCsv.of(computed, manifest, suppression));
    }

    /** The figures that differ between the report as known at {@code asOf} and today, and what changed them. */
    @GetMapping("/restatements")
    Map<String, Object> restatements(ReportParameters parameters, @AuthenticationPrincipal Caller caller) {
        ReportQuery query = parameters.queryAsPublished();
        List<String> scope = reports.scope(query, caller);
        Map<String, Object> answer = restatements.since(query, scope);
        audit.record(caller, ReadAudit.Action.RESTATEMENT, describe(query), scope, Map.of());
        return answer;
    }

    @GetMapping("/lineage")
    Map<String, Object> lineage(ReportParameters parameters, @RequestParam(required = false) String cell,
                                @AuthenticationPrincipal Caller caller) {
        ReportQuery query = parameters.queryOfThePeriod();
        List<String> scope = reports.scope(query, caller);
        Map<String, Object> answer = lineage.lineage(query, scope, cell);
        audit.record(caller, ReadAudit.Action.LINEAGE, describe(query), scope,
                Map.of("cell", cell, "journeys", ((List<?>) answer.get("journeys")).size()));
        return answer;
    }

    /** A report question in a line, for the audit trail. */
    static String describe(ReportQuery query) {
        return query.describe();
    }
}
