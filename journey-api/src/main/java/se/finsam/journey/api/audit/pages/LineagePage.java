package se.finsam.journey.api.audit.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
 * audit trail the same way. Large cells are shown a page at a time ({@link LineageListing}); the trail records the
 * whole answer once per page viewed. A journey id links to the journey page only for a caller who may read journeys.
 */
@PageController
class LineagePage {

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
        audit.record(caller, ReadAudit.Action.LINEAGE, Describe.question(query), scope,
                Map.of("cell", cell, "journeys", answer.journeys().size()));
        boolean linkJourneys = scope.stream().allMatch(caller::mayReadJourneys);
        return LineageListing.show(new LineageListing.Cell(cell, cells.name(cell, locale), Describe.number(
                answer.value(), PageModel.language(locale)), answer.position(), answer.asOf(), query, scope,
                linkJourneys), answer.journeys(), page, model);
    }
}
