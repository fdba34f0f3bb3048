package se.finsam.journey.ledger.figures;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.ledger.LedgerHistory;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.store.LedgerEventTable.StoredLedgerRecord;

/** One ledger as it stood at a position: its records, and when each was recorded. */
public record LedgerSnapshot(LedgerId ledger, LedgerHistory history, Map<String, Instant> recordedAt) {

    public static LedgerSnapshot of(LedgerId ledger, List<StoredLedgerRecord> stored) {
        Map<String, Instant> recordedAt = new HashMap<>();
        stored.forEach(record -> recordedAt.put(record.record().recordId(), record.recordedAt()));
        return new LedgerSnapshot(ledger, LedgerHistory.of(stored.stream().map(StoredLedgerRecord::record).toList()),
                Map.copyOf(recordedAt));
    }

    public static LedgerSnapshot empty(LedgerId ledger) {
        return new LedgerSnapshot(ledger, new LedgerHistory(), Map.of());
    }

    /** The key a report names the ledger by: {@code initiative:fns} or {@code association:vastmanland}. */
    public String key() {
        return ledger.owner().word() + ":" + ledger.code();
    }
}
