package se.finsam.journey.ledger.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.finsam.journey.ledger.goals.GoalIndicator;

/**
 * The goal-attainment table: every live goal of the scope's ledgers for the years the period touches, keyed by
 * {@code ledger/goal} ({@code initiative:fns/g-1}), with its target, the result the service computes for the period
 * (and for the period a year earlier, when compared), whether the target is reached, and the analyst's assessments.
 */
public record GoalFigures(Map<String, Goal> goals) implements LedgerSections {

    /**
     * One goal. {@code reached} compares the result as shown (rounded) with the target, in the goal's direction;
     * null when the goal is tied to no figure or its result is not shown.
     */
    public record Goal(String ledger, String goal, int year, String area, String text, GoalIndicator figure,
                       Value target, String direction, Value result, Value previousResult, Value change,
                       Boolean reached, Assessment assessment, List<Assessment> assessments, String recordedBy,
                       Instant recordedAt) {
    }

    /** One assessment in words; the latest is the goal's current assessment, the earlier ones are kept. */
    public record Assessment(String recordId, LocalDate date, String text, String attainment, String recordedBy,
                             Instant recordedAt) {
    }
}
