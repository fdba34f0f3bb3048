package se.finsam.journey.api.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.security.Caller;

/**
 * Report manifests: {@code GET /api/v1/reports/manifests/{id}} shows what a report was computed from;
 * {@code …/verify} recomputes it from the event table and compares figures and events hash;
 * {@code …/restatement} lists what differs today and the records that changed it. Readable by whoever may read
 * every initiative of the manifest's scope.
 */
@RestController
@RequestMapping("/api/v1/reports/manifests/{id}")
class ManifestController {

    private final ReportManifests manifests;
    private final RestatementService restatements;
    private final ReadAudit audit;

    ManifestController(ReportManifests manifests, RestatementService restatements, ReadAudit audit) {
        this.manifests = manifests;
        this.restatements = restatements;
        this.audit = audit;
    }

    @GetMapping
    Map<String, Object> manifest(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        ReportManifests.Manifest manifest = manifests.sealed(manifests.find(id, caller));
        audit.record(caller, ReadAudit.Action.MANIFEST, id, manifest.scope(), Map.of());
        return manifests.view(manifest);
    }

    @GetMapping("/verify")
    Map<String, Object> verify(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        ReportManifests.Manifest manifest = manifests.find(id, caller);
        ReportManifests.Verification verification = manifests.verify(manifest);
        audit.record(caller, ReadAudit.Action.MANIFEST_VERIFY, id, manifest.scope(), Map.of("verified", verification.verified()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("manifest", id);
        answer.put("verified", verification.verified());
        answer.put("figuresIdentical", verification.figuresIdentical());
        answer.put("eventsHashIdentical", verification.eventsHashIdentical());
        answer.put("position", manifest.position());
        answer.put("figuresHash", verification.figuresHash());
        answer.put("eventsHash", verification.eventsHash());
        answer.put("events", verification.events());
        answer.put("journeys", verification.journeys());
        answer.put("differences", verification.differences());
        answer.put("checkedAt", verification.checkedAt().toString());
        return answer;
    }

    /** Re-running is also offered as POST, for clients that treat a verification as an action. */
    @PostMapping("/verify")
    Map<String, Object> verifyByPost(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        return verify(id, caller);
    }

    @GetMapping("/restatement")
    Map<String, Object> restatement(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        ReportManifests.Manifest manifest = manifests.find(id, caller);
        Map<String, Object> answer = restatements.since(manifest);
        audit.record(caller, ReadAudit.Action.RESTATEMENT, id, manifest.scope(), Map.of());
        return answer;
    }
}
