package se.finsam.journey.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import se.finsam.journey.ledger.events.GoalAssessed;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.ledger.events.LedgerRecordRetracted;

/**
 * Every record of one ledger in the order received, and which of them are retracted. A record is <em>live</em> when
 * it is neither a retraction nor retracted; reports count live records only.
 */
public final class LedgerHistory {

    private final List<LedgerEvent> events = new ArrayList<>();
    private final Map<String, Integer> sequenceByRecordId = new HashMap<>();
    private final Set<String> retracted = new HashSet<>();

    public static LedgerHistory of(Iterable<? extends LedgerEvent> events) {
        LedgerHistory history = new LedgerHistory();
        events.forEach(history::add);
        return history;
    }

    public void add(LedgerEvent event) {
        sequenceByRecordId.put(event.recordId(), events.size());
        events.add(event);
        if (event instanceof LedgerRecordRetracted retraction) {
            retracted.add(retraction.retracts());
        }
    }

    public List<LedgerEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    public int nextSequenceNumber() {
        return events.size();
    }

    public Optional<LedgerEvent> record(String recordId) {
        Integer sequence = sequenceByRecordId.get(recordId);
        return sequence == null ? Optional.empty() : Optional.of(events.get(sequence));
    }

    public int sequenceNumberOf(String recordId) {
        return sequenceByRecordId.get(recordId);
    }

    public boolean isRetracted(String recordId) {
        return retracted.contains(recordId);
    }

    /** The retraction of a record, if it was retracted. */
    public Optional<LedgerRecordRetracted> retractionOf(String recordId) {
        return events.stream().filter(LedgerRecordRetracted.class::isInstance).map(LedgerRecordRetracted.class::cast)
                .filter(r -> r.retracts().equals(recordId)).findFirst();
    }

    public Stream<LedgerEvent> live() {
        return events.stream().filter(e -> !(e instanceof LedgerRecordRetracted) && !retracted.contains(e.recordId()));
    }

    public <T extends LedgerEvent> Stream<T> live(Class<T> type) {
        return live().filter(type::isInstance).map(type::cast);
    }

    /** The live assessments of a goal, oldest first: the last one is the current assessment. */
    public List<GoalAssessed> assessmentsOf(String goalRecordId) {
        return live(GoalAssessed.class).filter(a -> a.goal().equals(goalRecordId)).toList();
    }
}
