package se.finsam.journey.api.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.journey.events.ReferralWithdrawn;
import se.finsam.journey.store.JourneyEventTable.StoredRecord;

/**
 * Which records decide how a journey counts in a section of the report (and so belong in its lineage and in a
 * restatement): the record types the section's definitions read, and the retractions of such records. Public for
 * the lineage of analysts' tables, whose population and dimensions name the types that decide their cells.
 */
public final class DecidingRecords {

    private static final Set<RecordType> PARTICIPATION = Set.of(RecordType.REFERRAL, RecordType.ENROLMENT,
            RecordType.CLOSURE, RecordType.PROFILE_UPDATE);
    private static final Map<String, Set<RecordType>> BY_SECTION = Map.of(
            "participants", PARTICIPATION,
            "closures", PARTICIPATION,
            "throughputTime", PARTICIPATION,
            "referrals", Set.of(RecordType.REFERRAL, RecordType.REFERRAL_WITHDRAWN, RecordType.ENROLMENT),
            "workTraining", Set.of(RecordType.ENROLMENT, RecordType.CLOSURE, RecordType.WORK_TRAINING_STARTED,
                    RecordType.WORK_TRAINING_ENDED),
            "assessments", Set.of(RecordType.ENROLMENT, RecordType.CLOSURE, RecordType.ASSESSMENT));

    private DecidingRecords() {
    }

    /** The record types that decide a cell, by its section (the first part of its path); all for an unknown one. */
    public static Set<RecordType> of(String cell) {
        return BY_SECTION.getOrDefault(cell.split("\\.")[0], Set.of(RecordType.values()));
    }

    /** A journey's deciding records (of the types in {@code deciding}, and their retractions) as lineage shows them. */
    public static List<Map<String, Object>> views(List<StoredRecord> records, Set<RecordType> deciding) {
        return select(records, deciding, stored -> true).stream().map(Deciding::view).toList();
    }

    /** A deciding record of a journey, as lineage and restatements show it. */
    record Deciding(StoredRecord stored, Map<String, Object> view) {
    }

    /**
     * The journey's records of the deciding types (and retractions of such records) that {@code wanted} accepts,
     * in the journey's order; retracted ones are marked, retractions name what they retract and why.
     */
    static List<Deciding> select(List<StoredRecord> records, Set<RecordType> deciding, Predicate<StoredRecord> wanted) {
        Map<String, RecordType> typeById = new HashMap<>();
        Set<String> retracted = new HashSet<>();
        for (StoredRecord stored : records) {
            typeById.put(stored.record().recordId(), stored.record().type());
            if (stored.record() instanceof RecordRetracted retraction) {
                retracted.add(retraction.retracts());
            }
        }
        List<Deciding> result = new ArrayList<>();
        for (StoredRecord stored : records) {
            JourneyEvent record = stored.record();
            boolean decides = deciding.contains(record.type()) || (record instanceof RecordRetracted retraction
                    && deciding.contains(typeById.get(retraction.retracts())));
            if (!decides || !wanted.test(stored)) {
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
                RecordType retractedType = typeById.get(retraction.retracts());
                if (retractedType != null) {
                    view.put("retractedType", retractedType.wireName());
                }
                view.put("reason", retraction.reason());
            }
            if (record instanceof ReferralWithdrawn withdrawal && withdrawal.reason() != null) {
                view.put("reason", withdrawal.reason());
            }
            result.add(new Deciding(stored, view));
        }
        return result;
    }
}
