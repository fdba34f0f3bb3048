package se.finsam.journey.ledger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.finsam.journey.ledger.events.GoalAssessed;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.ledger.events.LedgerRecordRetracted;
import se.finsam.journey.records.RecordHistory;

/**
 * Every record of one ledger in the order received, and which of them are retracted (kept by {@link RecordHistory},
 * as for journeys). A record is <em>live</em> when it is neither a retraction nor retracted; reports count live
 * records only.
 */
public final class LedgerHistory extends RecordHistory<LedgerEvent> {

    public static LedgerHistory of(Iterable<? extends LedgerEvent> events) {
        LedgerHistory history = new LedgerHistory();
        events.forEach(history::add);
        return history;
    }

    @Override
    protected String recordIdOf(LedgerEvent event) {
        return event.recordId();
    }

    @Override
    protected Optional<String> retractionTarget(LedgerEvent event) {
        return event instanceof LedgerRecordRetracted retraction ? Optional.of(retraction.retracts()) : Optional.empty();
    }

    /** The retraction of a record, if it was retracted. */
    public Optional<LedgerRecordRetracted> retractionOf(String recordId) {
        return events().stream().filter(LedgerRecordRetracted.class::isInstance).map(LedgerRecordRetracted.class::cast)
                .filter(r -> r.retracts().equals(recordId)).findFirst();
    }

    public <T extends LedgerEvent> Stream<T> live(Class<T> type) {
        return live().filter(type::isInstance).map(type::cast);
    }

    /** The live assessments of a goal, oldest first: the last one is the current assessment. */
    public List<GoalAssessed> assessmentsOf(String goalRecordId) {
        return live(GoalAssessed.class).filter(a -> a.goal().equals(goalRecordId)).toList();
    }
}
