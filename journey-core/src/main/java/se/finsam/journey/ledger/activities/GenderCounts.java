package se.finsam.journey.ledger.activities;

/**
 * The unique participants of an activity by gender, where known: anonymous counts, never who. Those not counted here
 * are of unknown gender.
 */
public record GenderCounts(int women, int men, int nonBinary) {

    public int total() {
        return women + men + nonBinary;
    }
}
