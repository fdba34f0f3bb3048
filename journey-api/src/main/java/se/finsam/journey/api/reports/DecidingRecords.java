package se.finsam.journey.api.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * A journey's records that decide how it counts in a cell (and so belong in its lineage and in a restatement): those
 * of the record types the cell's definition reads (for the participant report the catalogue's
 * {@link se.finsam.journey.catalogue.FigureFamily#deciding()}, for an analyst's table its population's and
 * dimensions'), and the retractions of such records.
 */
public final class DecidingRecords {

    private DecidingRecords() {
    }

    /** A journey's deciding records (of the types in {@code deciding}, and their retractions) as lineage shows them. */
    public static List<DecidingRecord> views(List<StoredRecord> records, Set<RecordType> deciding) {
        return select(records, deciding, stored -> true);
    }

    /**
     * The journey's records of the deciding types (and retractions of such records) that {@code wanted} accepts,
     * in the journey's order; retracted ones are marked, retractions name what they retract and why.
     */
    static List<DecidingRecord> select(List<StoredRecord> records, Set<RecordType> deciding,
                                       Predicate<StoredRecord> wanted) {
        Map<String, RecordType> typeById = new HashMap<>();
        Set<String> retracted = new HashSet<>();
        for (StoredRecord stored : records) {
            typeById.put(stored.record().recordId(), stored.record().type());
            if (stored.record() instanceof RecordRetracted retraction) {
                retracted.add(retraction.retracts());
            }
        }
        List<DecidingRecord> result = new ArrayList<>();
        for (StoredRecord stored : records) {
            JourneyEvent record = stored.record();
            boolean decides = deciding.contains(record.type()) || (record instanceof RecordRetracted retraction
                    && deciding.contains(typeById.get(retraction.retracts())));
            if (!decides || !wanted.test(stored)) {
                continue;
            }
            RecordRetracted retraction = record instanceof RecordRetracted r ? r : null;
            RecordType retractedType = retraction == null ? null : typeById.get(retraction.retracts());
            String reason = retraction != null ? retraction.reason()
                    : record instanceof ReferralWithdrawn withdrawal ? withdrawal.reason() : null;
            result.add(new DecidingRecord(record.recordId(), record.type().wireName(), record.date().toString(),
                    stored.recordedAt().toString(), record.recordedBy(), stored.position(),
                    retracted.contains(record.recordId()) ? Boolean.TRUE : null,
                    retraction == null ? null : retraction.retracts(),
                    retractedType == null ? null : retractedType.wireName(), reason));
        }
        return result;
    }
}
