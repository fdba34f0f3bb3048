package se.finsam.journey.api.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.security.Caller;

/**
 * Report manifests: {@code GET /api/v1/reports/manifests/{id}} shows what a report was computed from;
 * {@code …/verify} recomputes it from the event table and compares figures and events hash;
 * {@code …/restatement} lists what differs today and the records that changed it. Readable by whoever may read
 * every initiative of the manifest's scope.
 */
@RestController
@RequestMapping("/api/v1/reports/manifests/{id}")
@Tag(name = "Manifests", description = "What a report answer was computed from, recomputed from the events, and "
        + "what has changed since it was published.")
class ManifestController {

    private static final String ID = "The manifest's id, as a report answer names it (m-…).";
    private static final String FORBIDDEN = "the caller has no role";
    private static final String UNKNOWN = "no manifest has this id, or the caller may not read every initiative of its "
            + "scope (the two answer the same)";

    private final ReportManifests manifests;
    private final RestatementService restatements;
    private final ReadAudit audit;

    ManifestController(ReportManifests manifests, RestatementService restatements, ReadAudit audit) {
        this.manifests = manifests;
        this.restatements = restatements;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "A report manifest", description = "The question, its event position, the hash of the "
            + "figures and the hash of the contributing events.")
    @ErrorAnswer(status = 403, when = FORBIDDEN)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    ManifestView manifest(@Parameter(description = ID) @PathVariable String id,
                                 @AuthenticationPrincipal Caller caller) {
        ReportManifests.Manifest manifest = manifests.sealed(manifests.find(id, caller));
        audit.record(caller, ReadAudit.Action.MANIFEST, id, manifest.scope(), Map.of());
        return manifests.view(manifest);
    }

    @GetMapping("/verify")
    @Operation(summary = "Verify a manifest", description = "Recomputes the report from the event store alone, "
            + "however much has been recorded since: `verified` when the figures and the events hash come out "
            + "identical, else the `differences`.")
    @ErrorAnswer(status = 403, when = FORBIDDEN)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    VerificationAnswer verify(@Parameter(description = ID) @PathVariable String id,
                              @AuthenticationPrincipal Caller caller) {
        ReportManifests.Manifest manifest = manifests.find(id, caller);
        ReportManifests.Verification verification = manifests.verify(manifest);
        audit.record(caller, ReadAudit.Action.MANIFEST_VERIFY, id, manifest.scope(), Map.of("verified", verification.verified()));
        return VerificationAnswer.of(manifest, verification);
    }

    /** Re-running is also offered as POST, for clients that treat a verification as an action. */
    @PostMapping("/verify")
    @Operation(summary = "Verify a manifest (as an action)", description = "The same as GET, for clients that "
            + "treat a verification as an action.")
    @ErrorAnswer(status = 403, when = FORBIDDEN)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    VerificationAnswer verifyByPost(@Parameter(description = ID) @PathVariable String id,
                                    @AuthenticationPrincipal Caller caller) {
        return verify(id, caller);
    }

    @GetMapping("/restatement")
    @Operation(summary = "What changed since the manifest's report", description = "Every figure that differs "
            + "today, with the records stored since that explain it (their type, reason, recorder and time).")
    @ErrorAnswer(status = 403, when = FORBIDDEN)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    RestatementAnswer restatement(@Parameter(description = ID) @PathVariable String id,
                                  @AuthenticationPrincipal Caller caller) {
        ReportManifests.Manifest manifest = manifests.find(id, caller);
        RestatementAnswer answer = restatements.since(manifest);
        audit.record(caller, ReadAudit.Action.RESTATEMENT, id, manifest.scope(), Map.of());
        return answer;
    }
}
