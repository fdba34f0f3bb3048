package se.finsam.journey.ledger.goals;

/** Which way a goal's target points: the result must be at least the target, or at most. */
public enum Direction {
    AT_LEAST, AT_MOST;

    public boolean reached(java.math.BigDecimal result, java.math.BigDecimal target) {
        int compared = result.compareTo(target);
        return this == AT_LEAST ? compared >= 0 : compared <= 0;
    }
}
