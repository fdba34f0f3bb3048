package se.finsam.journey.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.ledger.LedgerHistory;
import se.finsam.journey.ledger.events.LedgerEvent;

/**
 * Reads ledgers from {@code domainevententry} exactly as they stood at a global position (and as recorded by an
 * instant), through the same cursor as the journeys' histories: a ledger report, its manifest and its verification
 * all read here, so a figure recomputed later at the same position comes from the same events.
 */
public class LedgerEventTable {

    /** The aggregate type Axon stores with every event of a ledger. */
    public static final String LEDGER_AGGREGATE = "Ledger";

    private final JourneyEventTable events;

    public LedgerEventTable(JourneyEventTable events) {
        this.events = events;
    }

    /** One stored ledger record with where and when it was stored, and the hash of its immutable content. */
    public record StoredLedgerRecord(LedgerEvent record, long position, Instant recordedAt, byte[] contentHash) {
    }

    /** Every stored record of the ledgers up to {@code maxPosition} (and recorded by {@code asOf}), by ledger id. */
    public Map<String, List<StoredLedgerRecord>> stored(Collection<String> ledgerIds, long maxPosition, Instant asOf) {
        // Through the one reader of stored events, so a ledger event stored in an older revision is upcast too.
        Map<String, List<StoredLedgerRecord>> stored = new LinkedHashMap<>();
        events.reader().forEachAggregate(LEDGER_AGGREGATE, ledgerIds, maxPosition, asOf, (id, ledgerEvents) -> {
            List<StoredLedgerRecord> records = new ArrayList<>(ledgerEvents.size());
            for (StoredEvent event : ledgerEvents) {
                records.add(new StoredLedgerRecord((LedgerEvent) event.payload(), event.position(),
                        event.recordedAt(), event.contentHash()));
            }
            stored.put(id, records);
        });
        return stored;
    }

    /** The position of the newest record of any of the ledgers (0 when they have none). */
    public long head(Collection<String> ledgerIds) {
        return events.reader().head(ledgerIds);
    }

    /** The histories of the ledgers up to {@code maxPosition}; a ledger without records is absent. */
    public Map<String, LedgerHistory> histories(Collection<String> ledgerIds, long maxPosition, Instant asOf) {
        Map<String, LedgerHistory> histories = new LinkedHashMap<>();
        stored(ledgerIds, maxPosition, asOf).forEach((id, records) ->
                histories.put(id, LedgerHistory.of(records.stream().map(StoredLedgerRecord::record).toList())));
        return histories;
    }
}
