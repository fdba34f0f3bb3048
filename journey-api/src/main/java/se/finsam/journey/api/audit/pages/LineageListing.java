package se.finsam.journey.api.audit.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.finsam.journey.api.reports.LineageAnswer;
import se.finsam.journey.api.reports.ReportQuery;

/**
 * The lineage page ({@code audit/lineage}) as a participant report's cell and an analyst's table's cell both show it:
 * what the cell is, and its journeys with the records that decided each, {@value #PAGE_SIZE} at a time.
 */
public final class LineageListing {

    public static final int PAGE_SIZE = 50;

    private LineageListing() {
    }

    /**
     * The cell the journeys are of: its key and its name in words, its value as shown, the answer's position and
     * {@code asOf}, the question and its scope, and whether a journey id may link to the journey's page.
     */
    public record Cell(String cell, String name, String value, long position, String asOf, ReportQuery query,
                       List<String> scope, boolean linkJourneys) {
    }

    /** Puts {@code cell} and page {@code page} (from 1; out of range shows the nearest) of its journeys in the model. */
    public static String show(Cell cell, List<LineageAnswer.Journey> journeys, int page, Model model) {
        int pages = Math.max(1, (journeys.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Map<String, Object>> slice = journeys.subList((shown - 1) * PAGE_SIZE,
                Math.min(journeys.size(), shown * PAGE_SIZE)).stream().map(LineageListing::shown).toList();
        model.addAttribute("cell", cell.cell());
        model.addAttribute("cellName", cell.name());
        model.addAttribute("value", cell.value());
        model.addAttribute("count", journeys.size());
        model.addAttribute("position", cell.position());
        model.addAttribute("asOf", cell.asOf());
        model.addAttribute("query", cell.query());
        model.addAttribute("scope", cell.scope());
        model.addAttribute("journeys", slice);
        model.addAttribute("linkJourneys", cell.linkJourneys());
        model.addAttribute("share", slice.stream().anyMatch(j -> j.containsKey("inNumerator")));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("firstShown", journeys.isEmpty() ? 0 : (shown - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastShown", (shown - 1) * PAGE_SIZE + slice.size());
        model.addAttribute("previousPage", shown > 1 ? pageUrl(shown - 1) : null);
        model.addAttribute("nextPage", shown < pages ? pageUrl(shown + 1) : null);
        return "audit/lineage";
    }

    /** A journey of the cell as the template reads it: for a share whether it is in the numerator, its records. */
    private static Map<String, Object> shown(LineageAnswer.Journey journey) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("journeyId", journey.journeyId());
        if (journey.inNumerator() != null) {
            shown.put("inNumerator", journey.inNumerator());
        }
        shown.put("records", journey.records().stream().map(record -> Describe.shown(null, record)).toList());
        return shown;
    }

    /** This page's address with another page number, without scheme and host. */
    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
