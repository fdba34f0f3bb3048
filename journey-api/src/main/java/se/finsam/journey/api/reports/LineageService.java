package se.finsam.journey.api.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.JourneyEventTable.StoredRecord;

/**
 * The lineage of a report cell: exactly the journeys counted in it, each with the records that decided how
 * it counts (and, where one of those was retracted, the retraction). Pseudonymous ids only.
 */
@Service
public class LineageService {

    private final ReportService reports;
    private final JourneyEventTable events;

    public LineageService(ReportService reports, JourneyEventTable events) {
        this.reports = reports;
        this.events = events;
    }

    /** The lineage of {@code cell} in the report of {@code query} over a scope the caller may read. */
    public Map<String, Object> lineage(ReportQuery query, List<String> scope, String cell) {
        if (cell == null || cell.isBlank()) {
            throw new BadRequestException("parameter 'cell' is missing: the dotted path of a figure, "
                    + "e.g. closures.standardTable.work or participants.byGender.WOMAN");
        }
        ReportService.Computed computed = reports.compute(query, scope);
        ReportFigures figures = computed.figures();
        Optional<List<String>> counted = figures.members(cell);
        List<String> journeys;
        Set<String> numerator = null;
        if (counted.isPresent()) {
            journeys = counted.get();
        } else {
            journeys = figures.population(cell).orElseThrow(() -> new BadRequestException("cell '" + cell
                    + "' is not a figure of the participant report (e.g. closures.standardTable.work)"));
            numerator = numeratorOf(cell).flatMap(figures::members).map(HashSet::new).orElse(null);
        }
        // The records as they stood at the answer's position: a record stored after it decided nothing here.
        Map<String, List<StoredRecord>> stored = events.stored(new LinkedHashSet<>(journeys), computed.position(),
                query.asOf());
        Set<RecordType> deciding = DecidingRecords.of(cell);
        List<Map<String, Object>> listed = new ArrayList<>(journeys.size());
        for (String journeyId : journeys) {
            Map<String, Object> journey = new LinkedHashMap<>();
            journey.put("journeyId", journeyId);
            if (numerator != null) {
                journey.put("inNumerator", numerator.contains(journeyId));
            }
            journey.put("records", DecidingRecords.views(stored.getOrDefault(journeyId, List.of()), deciding));
            listed.add(journey);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("cell", cell);
        answer.put("value", counted.isPresent() ? (Object) journeys.size() : figureValue(figures, cell));
        answer.put("position", computed.position());
        answer.put("asOf", query.asOf() == null ? null : query.asOf().toString());
        answer.put("journeys", listed);
        return answer;
    }

    private static Optional<String> numeratorOf(String cell) {
        if (cell.startsWith("closures.shares.")) {
            return Optional.of("closures.standardTable." + cell.substring("closures.shares.".length()));
        }
        return cell.equals("closures.greenOutcomes.share") ? Optional.of("closures.greenOutcomes.count")
                : Optional.empty();
    }

    private static Object figureValue(ReportFigures figures, String cell) {
        return figures.cells().get(cell).rendered();
    }
}
