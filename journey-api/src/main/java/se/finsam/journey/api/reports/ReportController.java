package se.finsam.journey.api.reports;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.security.Caller;

/** API.md, "Reports": the participant report and the lineage of any of its counts. */
@RestController
@RequestMapping("/api/v1/reports/participants")
class ReportController {

    private final ReportService reports;
    private final LineageService lineage;

    ReportController(ReportService reports, LineageService lineage) {
        this.reports = reports;
        this.lineage = lineage;
    }

    @GetMapping
    Map<String, Object> report(@RequestParam(name = "initiative", required = false) List<String> initiatives,
                               @RequestParam(required = false) String association,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String asOf,
                               @RequestParam(required = false) String compare,
                               @RequestParam(required = false) String minPosition,
                               @AuthenticationPrincipal Caller caller) {
        ReportQuery query = ReportQuery.of(initiatives, association, from, to, asOf, compare, minPosition);
        return reports.answer(reports.compute(query, caller));
    }

    @GetMapping("/lineage")
    Map<String, Object> lineage(@RequestParam(name = "initiative", required = false) List<String> initiatives,
                                @RequestParam(required = false) String association,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String asOf,
                                @RequestParam(required = false) String minPosition,
                                @RequestParam(required = false) String cell,
                                @AuthenticationPrincipal Caller caller) {
        ReportQuery query = ReportQuery.of(initiatives, association, from, to, asOf, null, minPosition);
        return lineage.lineage(query, cell, caller);
    }
}
