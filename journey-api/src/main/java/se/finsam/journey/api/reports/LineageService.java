package se.finsam.journey.api.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.catalogue.FigureName;
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
    public LineageAnswer lineage(ReportQuery query, List<String> scope, String cell) {
        if (cell == null || cell.isBlank()) {
            throw new BadRequestException("parameter 'cell' is missing: the dotted path of a figure, "
                    + "e.g. closures.standardTable.work or participants.byGender.WOMAN");
        }
        ReportService.Computed computed = reports.compute(query, scope);
        ReportFigures figures = computed.figures();
        FigureName name = figures.name(cell).orElseThrow(() -> new BadRequestException("cell '" + cell
                + "' is not a figure of the participant report (e.g. closures.standardTable.work)"));
        Optional<List<String>> counted = figures.members(cell);
        List<String> journeys = counted.isPresent() ? counted.get() : figures.population(cell).orElseThrow();
        // A share's journeys are its denominator's; those of its numerator are marked.
        Set<String> numerator = name.numerator() == null ? null
                : figures.members(name.numerator().path()).map(HashSet::new).orElseThrow();
        // The records as they stood at the answer's position: a record stored after it decided nothing here.
        Map<String, List<StoredRecord>> stored = events.stored(new LinkedHashSet<>(journeys), computed.position(),
                query.asOf());
        Set<RecordType> deciding = name.family().deciding();
        List<LineageAnswer.Journey> listed = new ArrayList<>(journeys.size());
        for (String journeyId : journeys) {
            listed.add(new LineageAnswer.Journey(journeyId, numerator == null ? null : numerator.contains(journeyId),
                    DecidingRecords.views(stored.getOrDefault(journeyId, List.of()), deciding)));
        }
        return new LineageAnswer(cell, counted.isPresent() ? journeys.size() : (Number) figures.cells().get(cell)
                .rendered(), computed.position(), query.asOf() == null ? null : query.asOf().toString(), listed);
    }
}
