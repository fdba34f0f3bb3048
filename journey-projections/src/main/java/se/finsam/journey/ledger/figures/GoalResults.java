package se.finsam.journey.ledger.figures;

import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.goals.GoalIndicator;

/**
 * Where a goal's result comes from: the figure its indicator names, computed for the goal's owner (an initiative's
 * own figures, or the association's over all its initiatives) and the report's period, or the period a year earlier.
 * Returns a value that is none when the figure does not exist or has no value, and hidden when small-number
 * protection hides it.
 */
public interface GoalResults {

    Value result(LedgerId owner, GoalIndicator indicator, boolean previousPeriod);
}
