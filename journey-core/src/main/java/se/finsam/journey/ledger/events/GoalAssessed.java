package se.finsam.journey.ledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.goals.Attainment;

/**
 * An analyst's assessment of a goal (by the goal's record id) in words, made on {@code date}, optionally with a
 * judgement in a word. A later assessment supersedes an earlier one; all are kept.
 */
@Revision("1")
public record GoalAssessed(String ledgerId, String recordId, String recordedBy, String goal, LocalDate date,
                           String text, Attainment attainment) implements LedgerEvent {

    @Override
    public LedgerRecordType type() {
        return LedgerRecordType.GOAL_ASSESSMENT;
    }

    @Override
    public GoalAssessed withRecordedBy(String recordedBy) {
        return new GoalAssessed(ledgerId, recordId, recordedBy, goal, date, text, attainment);
    }
}
