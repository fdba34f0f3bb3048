package se.finsam.journey.api.tables.pages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.audit.pages.Describe;
import se.finsam.journey.api.reports.LineageAnswer;
import se.finsam.journey.api.tables.TableLineageAnswer;
import se.finsam.journey.api.tables.TableReports;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.api.web.PageController;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.tables.Dimension;
import se.finsam.journey.tables.TableSpec;

/**
 * {@code /app/tables/lineage?definition=…&version=…&table=…&cell=…} with a scope and period: the journeys a table's
 * count is made of, each with the records that decided it, as {@code GET /api/v1/reports/tables/lineage} answers
 * it (the same parameters and the one {@link TableReports#trace} call, so the same access and audit entry), shown
 * on the participant report's lineage page, 50 at a time.
 */
@PageController
class TableLineagePage {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Journey.SWEDEN);

    private final TableReports tables;
    private final TableLabels labels;

    TableLineagePage(TableReports tables, TableLabels labels) {
        this.tables = tables;
        this.labels = labels;
    }

    @GetMapping("/app/tables/lineage")
    String lineage(@RequestParam(required = false) List<String> initiative,
                   @RequestParam(required = false) String association, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
                   @RequestParam(required = false) String definition, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String table, @RequestParam(required = false) String cell,
                   @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal Caller caller,
                   Locale locale, Model model) {
        ReportQuery query = ReportQuery.of(initiative, association, from, to, asOf, null, null);
        String definitionId = required("definition", definition);
        String tableId = required("table", table);
        String cellName = required("cell", cell);
        TableReports.Traced traced = tables.trace(query, definitionId, Versions.number(version), tableId, cellName,
                caller);
        TableLineageAnswer answer = traced.answer();
        List<LineageAnswer.Journey> journeys = answer.journeys();
        int pages = Math.max(1, (journeys.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Map<String, Object>> slice = journeys.subList((shown - 1) * PAGE_SIZE,
                Math.min(journeys.size(), shown * PAGE_SIZE)).stream().map(TableLineagePage::withLocalTimes).toList();

        int definitionVersion = answer.definition().version();
        TableSpec spec = tables.resolve(definitionId, definitionVersion).definition().table(tableId).orElseThrow();
        model.addAttribute("cell", tableId + "/" + cellName);
        model.addAttribute("cellName", cellName(spec, cellName, PageModel.language(locale)));
        model.addAttribute("value", String.valueOf(journeys.size()));
        model.addAttribute("count", journeys.size());
        model.addAttribute("position", answer.position());
        model.addAttribute("asOf", answer.asOf());
        model.addAttribute("query", query);
        model.addAttribute("scope", traced.scope());
        model.addAttribute("journeys", slice);
        model.addAttribute("linkJourneys", traced.scope().stream().allMatch(caller::mayReadJourneys));
        model.addAttribute("share", false);
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("firstShown", journeys.isEmpty() ? 0 : (shown - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastShown", (shown - 1) * PAGE_SIZE + slice.size());
        model.addAttribute("previousPage", shown > 1 ? pageUrl(shown - 1) : null);
        model.addAttribute("nextPage", shown < pages ? pageUrl(shown + 1) : null);
        return "audit/lineage";
    }

    /** "Avslut efter orsak och kön: Studier, Kvinna": the table's title, then its row and column in words. */
    private String cellName(TableSpec spec, String cell, Locale language) {
        if (!spec.hasColumns()) {
            return spec.title() + ": " + labels.category(spec.rows(), cell, language);
        }
        // Only an open dimension's keys (referring units, municipalities) may hold a '/': split on the other side.
        boolean openRows = spec.rows().by().kind() == Dimension.Kind.OPEN;
        int at = openRows ? cell.lastIndexOf('/') : cell.indexOf('/');
        return spec.title() + ": " + labels.category(spec.rows(), cell.substring(0, at), language) + ", "
                + labels.category(spec.columns(), cell.substring(at + 1), language);
    }

    /** A journey of the cell as the lineage template reads it: its records with their times in local time. */
    private static Map<String, Object> withLocalTimes(LineageAnswer.Journey journey) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("journeyId", journey.journeyId());
        shown.put("records", journey.records().stream().map(record -> Describe.shown(null, record)).toList());
        return shown;
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("parameter '" + name + "' is missing");
        }
        return value;
    }

    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
