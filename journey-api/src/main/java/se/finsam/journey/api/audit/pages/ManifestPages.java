package se.finsam.journey.api.audit.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.web.PageModel;
import com.fasterxml.jackson.databind.JsonNode;
import se.finsam.journey.api.reports.FiguresDocument;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.RestatementAnswer;
import se.finsam.journey.api.reports.RestatementService;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.tables.pages.TableCellNames;

/**
 * A published report's manifest ({@code /app/manifests/{id}}), its verification (a POST, as re-running is an
 * action; the result is shown once on the manifest page) and its restatement against today
 * ({@code …/restatement}). Each calls what {@code ManifestController} calls, with the same caller and the same
 * read-audit entries, so whoever may read every initiative of the manifest's scope may use them, and no one else.
 */
@PageController
class ManifestPages {

    private final ReportManifests manifests;
    private final RestatementService restatements;
    private final ReadAudit audit;
    private final CellNames cells;
    private final TableCellNames tableCells;

    ManifestPages(ReportManifests manifests, RestatementService restatements, ReadAudit audit, CellNames cells,
                  TableCellNames tableCells) {
        this.manifests = manifests;
        this.restatements = restatements;
        this.audit = audit;
        this.cells = cells;
        this.tableCells = tableCells;
    }

    @GetMapping("/app/manifests/{id}")
    String manifest(@PathVariable String id, @AuthenticationPrincipal Caller caller, Model model) {
        ReportManifests.Manifest manifest = manifests.sealed(manifests.find(id, caller));
        audit.record(caller, ReadAudit.Action.MANIFEST, id, manifest.scope(), Map.of());
        model.addAttribute("manifest", manifest);
        model.addAttribute("createdAt", Describe.time(manifest.createdAt()));
        model.addAttribute("sealedAt", manifest.sealedAt() == null ? null : Describe.time(manifest.sealedAt()));
        return "audit/manifest";
    }

    @PostMapping("/app/manifests/{id}/verify")
    String verify(@PathVariable String id, @AuthenticationPrincipal Caller caller, Locale locale,
                  RedirectAttributes redirect) {
        ReportManifests.Manifest manifest = manifests.find(id, caller);
        ReportManifests.Verification verification = manifests.verify(manifest);
        audit.record(caller, ReadAudit.Action.MANIFEST_VERIFY, id, manifest.scope(),
                Map.of("verified", verification.verified()));
        Locale language = PageModel.language(locale);
        redirect.addFlashAttribute("verification", verification);
        redirect.addFlashAttribute("checkedAt", Describe.time(verification.checkedAt()));
        redirect.addFlashAttribute("differences", verification.differences().stream().map(d -> new Difference(
                cells.name(d.cell(), language), d.cell(), shown(d.published(), language),
                shown(d.recomputed(), language), List.of())).toList());
        return "redirect:/app/manifests/{id}#verification";
    }

    @GetMapping("/app/manifests/{id}/restatement")
    String restatement(@PathVariable String id, @AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        ReportManifests.Manifest manifest = manifests.find(id, caller);
        RestatementAnswer answer = restatements.since(manifest);
        audit.record(caller, ReadAudit.Action.RESTATEMENT, id, manifest.scope(), Map.of());
        Locale language = PageModel.language(locale);
        model.addAttribute("manifest", manifest);
        model.addAttribute("todayPosition", answer.today().position());
        model.addAttribute("differences", answer.differences().stream().map(d -> {
            // A table manifest's cells are named by their table; the participant report's by their dotted path.
            boolean ofTable = d.table() != null;
            return new Difference(ofTable ? tableCells.name(manifest, d.table(), d.cell(), language)
                    : cells.name(d.cell(), language), ofTable ? d.table() + "/" + d.cell() : d.cell(),
                    Describe.number(d.published(), language), Describe.number(d.today(), language),
                    d.records().stream().map(r -> Describe.shown(r.journeyId(), r.record())).toList());
        }).toList());
        return "audit/restatement";
    }

    /** A value of a verification: a figures document's exact value as a decimal, an answer's as it is. */
    private static String shown(JsonNode value, Locale language) {
        return value != null && value.isTextual() ? Describe.number(FiguresDocument.shown(value.asText()), language)
                : Describe.number(value, language);
    }

    /** A figure that differs, for the templates: its name, path, value then and now, and what changed it. */
    record Difference(String name, String cell, String then, String now, List<Map<String, Object>> records) {
    }
}
