package se.finsam.journey.api.audit.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.api.reports.LineageAnswer;
import se.finsam.journey.api.reports.LineageService;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.api.security.Caller;

/**
 * {@code /app/lineage?initiative=…&from=…&to=…[&asOf=…]&cell=…}: the journeys a report count is made of, with the
 * records that decided each, as {@code GET /api/v1/reports/participants/lineage} answers it (same parameters, same
 * service, same caller, so exactly who may call that endpoint may open this page) and written down in the read
 * audit trail the same way. Large cells are shown a page at a time; the trail records the whole answer once per
 * page viewed. A journey id links to the journey page only for a caller who may read journeys.
 */
@PageController
class LineagePage {

    static final int PAGE_SIZE = 50;

    private final ReportService reports;
    private final LineageService lineage;
    private final ReadAudit audit;
    private final CellNames cells;

    LineagePage(ReportService reports, LineageService lineage, ReadAudit audit, CellNames cells) {
        this.reports = reports;
        this.lineage = lineage;
        this.audit = audit;
        this.cells = cells;
    }

    @GetMapping("/app/lineage")
    String lineage(@RequestParam(required = false) List<String> initiative,
                   @RequestParam(required = false) String association, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                   @RequestParam(required = false) String minPosition, @RequestParam(required = false) String cell,
                   @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal Caller caller,
                   Locale locale, Model model) {
        ReportQuery query = ReportQuery.of(initiative, association, from, to, asOf, null, minPosition);
        List<String> scope = reports.scope(query, caller);
        LineageAnswer answer = lineage.lineage(query, scope, cell);
        List<LineageAnswer.Journey> journeys = answer.journeys();
        audit.record(caller, ReadAudit.Action.LINEAGE, Describe.question(query), scope,
                Map.of("cell", cell, "journeys", journeys.size()));

        int pages = Math.max(1, (journeys.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Map<String, Object>> slice = journeys.subList((shown - 1) * PAGE_SIZE,
                Math.min(journeys.size(), shown * PAGE_SIZE)).stream().map(LineagePage::shown).toList();
        Set<String> journeyReadable = Set.copyOf(scope.stream().filter(caller::mayReadJourneys).toList());

        model.addAttribute("cell", cell);
        model.addAttribute("cellName", cells.name(cell, locale));
        model.addAttribute("value", Describe.number(answer.value(), PageModel.language(locale)));
        model.addAttribute("count", journeys.size());
        model.addAttribute("position", answer.position());
        model.addAttribute("asOf", answer.asOf());
        model.addAttribute("query", query);
        model.addAttribute("scope", scope);
        model.addAttribute("journeys", slice);
        model.addAttribute("linkJourneys", journeyReadable.size() == scope.size());
        model.addAttribute("share", slice.stream().anyMatch(j -> j.containsKey("inNumerator")));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("firstShown", journeys.isEmpty() ? 0 : (shown - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastShown", (shown - 1) * PAGE_SIZE + slice.size());
        model.addAttribute("previousPage", shown > 1 ? pageUrl(shown - 1) : null);
        model.addAttribute("nextPage", shown < pages ? pageUrl(shown + 1) : null);
        return "audit/lineage";
    }

    /** A journey of the cell as the template reads it. */
    private static Map<String, Object> shown(LineageAnswer.Journey journey) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("journeyId", journey.journeyId());
        if (journey.inNumerator() != null) {
            shown.put("inNumerator", journey.inNumerator());
        }
        shown.put("records", journey.records().stream().map(record -> Describe.shown(null, record)).toList());
        return shown;
    }

    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
