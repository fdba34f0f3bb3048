package se.finsam.journey.store;

import java.time.Instant;
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
        Map<String, List<StoredLedgerRecord>> stored = new LinkedHashMap<>();
        events.forEachAggregate(LEDGER_AGGREGATE, ledgerIds, maxPosition, asOf, true,
                (event, position, recordedAt, hash) -> new StoredLedgerRecord((LedgerEvent) event, position,
                        recordedAt, hash), stored::put);
        return stored;
    }

    /** The position of the newest record of any of the ledgers (0 when they have none). */
    public long head(Collection<String> ledgerIds) {
        Long head = events.jdbc().query(connection -> {
            var statement = connection.prepareStatement("SELECT max(globalindex) FROM domainevententry "
                    + "WHERE aggregateidentifier = ANY (?)");
            statement.setArray(1, connection.createArrayOf("varchar", ledgerIds.toArray()));
            return statement;
        }, rs -> rs.next() ? rs.getLong(1) : 0L);
        return head == null ? 0 : head;
    }

    /** The histories of the ledgers up to {@code maxPosition}; a ledger without records is absent. */
    public Map<String, LedgerHistory> histories(Collection<String> ledgerIds, long maxPosition, Instant asOf) {
        Map<String, LedgerHistory> histories = new LinkedHashMap<>();
        stored(ledgerIds, maxPosition, asOf).forEach((id, records) ->
                histories.put(id, LedgerHistory.of(records.stream().map(StoredLedgerRecord::record).toList())));
        return histories;
    }
}
