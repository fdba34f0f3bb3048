package se.finsam.journey.api.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import se.finsam.journey.ledger.LedgerHistory;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.ledger.events.LedgerRecordRetracted;
import se.finsam.journey.store.LedgerEventTable;
import se.finsam.journey.store.LedgerEventTable.StoredLedgerRecord;

/** A ledger's records as stored, in order, each with when and by whom, and whether (and why) it was retracted. */
@Service
public class LedgerViews {

    private final LedgerEventTable events;

    LedgerViews(LedgerEventTable events) {
        this.events = events;
    }

    /** The ledger and its records; {@code area} (optional) keeps those of one area and their retractions. */
    public record LedgerView(String ledger, String owner, String code, List<RecordView> records) {
    }

    /**
     * One record: its fields as a client sends them ({@code record}), where and when it was stored, and the retraction
     * that cancelled it, if any.
     */
    public record RecordView(String recordId, String type, String area, long position, Instant recordedAt,
                             String recordedBy, boolean retracted, Retraction retraction, ObjectNode record) {
    }

    public record Retraction(String recordId, String reason, String recordedBy) {
    }

    public LedgerView view(LedgerId ledger, Optional<LedgerRecordType.Area> area) {
        List<StoredLedgerRecord> stored = events.stored(List.of(ledger.value()), Long.MAX_VALUE, null)
                .getOrDefault(ledger.value(), List.of());
        LedgerHistory history = LedgerHistory.of(stored.stream().map(StoredLedgerRecord::record).toList());
        List<RecordView> records = new ArrayList<>();
        for (StoredLedgerRecord record : stored) {
            LedgerEvent event = record.record();
            LedgerRecordType.Area of = areaOf(event, history);
            if (area.isPresent() && area.get() != of) {
                continue;
            }
            Optional<LedgerRecordRetracted> retraction = history.retractionOf(event.recordId());
            records.add(new RecordView(event.recordId(), event.type().wireName(), of == null ? null
                    : of.name().toLowerCase(java.util.Locale.ROOT), record.position(), record.recordedAt(),
                    event.recordedBy(), retraction.isPresent(), retraction.map(r -> new Retraction(r.recordId(),
                    r.reason(), r.recordedBy())).orElse(null), LedgerRecordJson.of(event)));
        }
        return new LedgerView(ledger.value(), ledger.owner().word(), ledger.code(), records);
    }

    private static LedgerRecordType.Area areaOf(LedgerEvent event, LedgerHistory history) {
        if (event instanceof LedgerRecordRetracted retraction) {
            return history.record(retraction.retracts()).map(r -> r.type().area()).orElse(null);
        }
        return event.type().area();
    }

    static Map<String, LedgerRecordType.Area> areas() {
        return Map.of("money", LedgerRecordType.Area.MONEY, "staff", LedgerRecordType.Area.STAFF,
                "goals", LedgerRecordType.Area.GOALS, "activities", LedgerRecordType.Area.ACTIVITIES);
    }
}
