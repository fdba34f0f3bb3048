package se.finsam.journey.ledger.events;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.goals.Direction;
import se.finsam.journey.ledger.goals.GoalIndicator;

/**
 * A goal of a year in an area (målområde), in words, and optionally tied to a figure with a target and a direction,
 * so that the service computes its result.
 */
@Revision("1")
public record GoalSet(String ledgerId, String recordId, String recordedBy, int year, String area, String text,
                      GoalIndicator indicator, BigDecimal target, Direction direction) implements LedgerEvent {

    @Override
    public LedgerRecordType type() {
        return LedgerRecordType.GOAL;
    }

    @Override
    public GoalSet withRecordedBy(String recordedBy) {
        return new GoalSet(ledgerId, recordId, recordedBy, year, area, text, indicator, target, direction);
    }
}
