package se.finsam.journey.ledger.goals;

/**
 * The figure a goal is tied to: a count or share of the national participant report by its dotted path
 * ({@code figure}, e.g. {@code closures.shares.work}), or a cell of a table an analyst defined ({@code definition},
 * {@code version}, {@code table}, {@code cell}, a cell key as DOMAIN.md writes it). Exactly one of the two.
 */
public record GoalIndicator(String figure, String definition, Integer version, String table, String cell) {

    public static GoalIndicator national(String figure) {
        return new GoalIndicator(figure, null, null, null, null);
    }

    public static GoalIndicator tableCell(String definition, int version, String table, String cell) {
        return new GoalIndicator(null, definition, version, table, cell);
    }

    public boolean isNational() {
        return figure != null;
    }
}
