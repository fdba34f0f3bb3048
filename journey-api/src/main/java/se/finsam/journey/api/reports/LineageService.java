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
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.JourneyEventTable.StoredRecord;

/**
 * The lineage of a report cell: exactly the journeys counted in it, each with the records that decided how
 * it counts (and, where one of those was retracted, the retraction). Pseudonymous ids only.
 */
@Service
public class LineageService {

    private static final Map<String, Set<RecordType>> DECIDING = Map.of(
            "participants", Set.of(RecordType.REFERRAL, RecordType.ENROLMENT, RecordType.CLOSURE, RecordType.PROFILE_UPDATE),
            "closures", Set.of(RecordType.REFERRAL, RecordType.ENROLMENT, RecordType.CLOSURE, RecordType.PROFILE_UPDATE),
            "throughputTime", Set.of(RecordType.REFERRAL, RecordType.ENROLMENT, RecordType.CLOSURE, RecordType.PROFILE_UPDATE),
            "referrals", Set.of(RecordType.REFERRAL, RecordType.REFERRAL_WITHDRAWN, RecordType.ENROLMENT),
            "workTraining", Set.of(RecordType.ENROLMENT, RecordType.CLOSURE, RecordType.WORK_TRAINING_STARTED,
                    RecordType.WORK_TRAINING_ENDED),
            "assessments", Set.of(RecordType.ENROLMENT, RecordType.CLOSURE, RecordType.ASSESSMENT));

    private final ReportService reports;
    private final JourneyEventTable events;

    public LineageService(ReportService reports, JourneyEventTable events) {
        this.reports = reports;
        this.events = events;
    }

    public Map<String, Object> lineage(ReportQuery query, String cell, Caller caller) {
        if (cell == null || cell.isBlank()) {
            throw new BadRequestException("parameter 'cell' is missing: the dotted path of a figure, "
                    + "e.g. closures.standardTable.work or participants.byGender.WOMAN");
        }
        ReportService.Computed computed = reports.compute(query, caller);
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
        Map<String, List<StoredRecord>> stored = events.stored(new LinkedHashSet<>(journeys), Long.MAX_VALUE,
                query.asOf());
        Set<RecordType> deciding = DECIDING.getOrDefault(cell.split("\\.")[0], Set.of(RecordType.values()));
        List<Map<String, Object>> listed = new ArrayList<>(journeys.size());
        for (String journeyId : journeys) {
            Map<String, Object> journey = new LinkedHashMap<>();
            journey.put("journeyId", journeyId);
            if (numerator != null) {
                journey.put("inNumerator", numerator.contains(journeyId));
            }
            journey.put("records", decidingRecords(stored.getOrDefault(journeyId, List.of()), deciding));
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

    private static List<Map<String, Object>> decidingRecords(List<StoredRecord> records, Set<RecordType> deciding) {
        Map<String, RecordType> typeById = new LinkedHashMap<>();
        Set<String> retracted = new HashSet<>();
        for (StoredRecord stored : records) {
            typeById.put(stored.record().recordId(), stored.record().type());
            if (stored.record() instanceof RecordRetracted retraction) {
                retracted.add(retraction.retracts());
            }
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (StoredRecord stored : records) {
            JourneyEvent record = stored.record();
            boolean decides = deciding.contains(record.type()) || (record instanceof RecordRetracted retraction
                    && deciding.contains(typeById.get(retraction.retracts())));
            if (!decides) {
                continue;
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("recordId", record.recordId());
            view.put("type", record.type().wireName());
            view.put("date", record.date().toString());
            view.put("recordedAt", stored.recordedAt().toString());
            view.put("recordedBy", record.recordedBy());
            view.put("position", stored.position());
            if (retracted.contains(record.recordId())) {
                view.put("retracted", true);
            }
            if (record instanceof RecordRetracted retraction) {
                view.put("retracts", retraction.retracts());
                view.put("reason", retraction.reason());
            }
            result.add(view);
        }
        return result;
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
