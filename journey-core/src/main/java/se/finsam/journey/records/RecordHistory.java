package se.finsam.journey.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every record of one stream (a journey, a ledger) in the order received, and which of them are retracted. A record
 * is <em>live</em> when it is neither a retraction nor retracted; what a journey or a ledger says is what its live
 * records say. Journeys and ledgers differ only in their records' types and in which of them is a retraction.
 *
 * @param <E> the stream's records
 */
public abstract class RecordHistory<E> {

    private final List<E> events = new ArrayList<>();
    private final Map<String, Integer> sequenceByRecordId = new HashMap<>();
    private final Set<String> retracted = new HashSet<>();

    /** The record's id, unique within its stream. */
    protected abstract String recordIdOf(E event);

    /** The id of the record this one retracts, or empty when it is no retraction. */
    protected abstract Optional<String> retractionTarget(E event);

    public void add(E event) {
        sequenceByRecordId.put(recordIdOf(event), events.size());
        events.add(event);
        retractionTarget(event).ifPresent(retracted::add);
    }

    public List<E> events() {
        return Collections.unmodifiableList(events);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** The sequence number the next record of this stream gets. */
    public int nextSequenceNumber() {
        return events.size();
    }

    public Optional<E> record(String recordId) {
        Integer sequence = sequenceByRecordId.get(recordId);
        return sequence == null ? Optional.empty() : Optional.of(events.get(sequence));
    }

    public int sequenceNumberOf(String recordId) {
        return sequenceByRecordId.get(recordId);
    }

    public boolean isRetracted(String recordId) {
        return retracted.contains(recordId);
    }

    public Stream<E> live() {
        return events.stream().filter(e -> retractionTarget(e).isEmpty() && !retracted.contains(recordIdOf(e)));
    }
}
