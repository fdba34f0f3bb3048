package se.finsam.journey.ledger.events;

import se.finsam.journey.ledger.LedgerRecordType;

/**
 * A record of a ledger as stored: which ledger, its record id (unique within the ledger) and who recorded it; when
 * it was recorded is the event's own timestamp, set by the service. Its effective date or period is a field of its
 * own type.
 */
public sealed interface LedgerEvent permits AllocationRecorded, BudgetRecorded, CostRecorded, ForecastRecorded,
        PositionRecorded, GoalSet, GoalAssessed, ActivityRecorded, LedgerRecordRetracted {

    String ledgerId();

    String recordId();

    String recordedBy();

    LedgerRecordType type();

    LedgerEvent withRecordedBy(String recordedBy);

    /** Whether both say the same thing, whoever recorded them (a resent record is a harmless duplicate). */
    default boolean sameRecordAs(LedgerEvent other) {
        return withRecordedBy(null).equals(other.withRecordedBy(null));
    }
}
