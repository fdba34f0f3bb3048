package se.finsam.journey.ledger.figures;

import java.util.Map;

/**
 * The figures of one ledger report: for the whole scope ({@code total}) and, when the scope has more than one
 * ledger (an association, or several initiatives), per ledger by its key ({@code initiative:fns},
 * {@code association:vastmanland} for the association's own records). The goal report lists goals instead.
 */
public sealed interface LedgerSections permits LedgerSections.Economy, LedgerSections.Staff,
        LedgerSections.Activities, GoalFigures {

    record Economy(EconomyFigures total, Map<String, EconomyFigures> byLedger) implements LedgerSections {
    }

    record Staff(StaffFigures total, Map<String, StaffFigures> byLedger) implements LedgerSections {
    }

    record Activities(ActivityFigures total, Map<String, ActivityFigures> byLedger) implements LedgerSections {
    }
}
