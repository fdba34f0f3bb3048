package se.finsam.journey.ledger;

import static se.finsam.journey.ledger.LedgerViolation.invalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.finsam.journey.ledger.events.ActivityRecorded;
import se.finsam.journey.ledger.events.AllocationRecorded;
import se.finsam.journey.ledger.events.BudgetRecorded;
import se.finsam.journey.ledger.events.CostRecorded;
import se.finsam.journey.ledger.events.ForecastRecorded;
import se.finsam.journey.ledger.events.GoalAssessed;
import se.finsam.journey.ledger.events.GoalSet;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.ledger.events.LedgerRecordRetracted;
import se.finsam.journey.ledger.events.PositionRecorded;
import se.finsam.journey.ledger.goals.GoalIndicator;
import se.finsam.journey.ledger.money.Amounts;
import se.finsam.journey.ledger.staff.Fte;

/**
 * The rules a ledger record must keep on its own, whatever the ledger holds: dates and years in range, amounts and
 * counts that make sense together, anonymous free text. Each refusal names its field.
 */
public final class LedgerContent {

    /** Finsam (SFS 2003:1210) came into force on this day; no ledger record is older. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2004, 1, 1);
    public static final int MOST_TITLE = 200;
    public static final int MOST_AREA = 120;
    public static final int MOST_GOAL_TEXT = 1000;
    public static final int MOST_ASSESSMENT_TEXT = 4000;
    public static final int MOST_REASON = 200;
    public static final int MOST_PERSONS = 1000;
    public static final int MOST_SESSIONS = 10_000;
    public static final int MOST_ATTENDANCES = 1_000_000;

    private LedgerContent() {
    }

    static void check(LedgerEvent record, LocalDate today) {
        // Java 17 has no pattern switch: an instanceof per type, and a type left out fails loudly.
        if (record instanceof AllocationRecorded allocation) {
            year(allocation.year(), today);
            amount(allocation.amountOre(), true);
        } else if (record instanceof BudgetRecorded budget) {
            year(budget.year(), today);
            amount(budget.amountOre(), false);
        } else if (record instanceof CostRecorded cost) {
            period(cost.from(), cost.to(), today, false);
            if (Math.abs(cost.amountOre()) > Amounts.MOST_ORE) {
                throw invalid("amount", "amount-too-large", "the amount is more than 10 000 000 000 kronor");
            }
        } else if (record instanceof ForecastRecorded forecast) {
            year(forecast.year(), today);
            day("date", forecast.date(), today);
            amount(forecast.amountOre(), false);
        } else if (record instanceof PositionRecorded position) {
            position(position, today);
        } else if (record instanceof GoalSet goal) {
            goal(goal, today);
        } else if (record instanceof GoalAssessed assessment) {
            day("date", assessment.date(), today);
            FreeText.check("text", assessment.text(), MOST_ASSESSMENT_TEXT);
        } else if (record instanceof ActivityRecorded activity) {
            activity(activity, today);
        } else if (record instanceof LedgerRecordRetracted retraction) {
            day("date", retraction.date(), today);
            FreeText.check("reason", retraction.reason(), MOST_REASON);
        } else {
            throw new IllegalStateException("no rules for " + record.type());
        }
    }

    private static void position(PositionRecorded position, LocalDate today) {
        period(position.from(), position.to(), today, true);
        if (position.persons() < 1 || position.persons() > MOST_PERSONS) {
            throw invalid("persons", "persons-out-of-range", "persons must be 1–" + MOST_PERSONS + ", the people "
                    + "who hold the position", String.valueOf(position.persons()));
        }
        if (position.fteHundredths() < 1 || position.fteHundredths() > Fte.MOST_HUNDREDTHS) {
            throw invalid("fte", "fte-out-of-range", "fte must be more than 0 and at most 99,99");
        }
        if (position.fteHundredths() > 100 * position.persons()) {
            throw invalid("fte", "fte-more-than-persons", "fte " + Fte.format(position.fteHundredths()) + " is more "
                    + "than " + position.persons() + " full-time position(s) for " + position.persons()
                    + " person(s); write 0,40 or 40 % for part time", Fte.format(position.fteHundredths()),
                    String.valueOf(position.persons()));
        }
        boolean coFinanced = position.coFinancedBy() != null;
        if (coFinanced != (position.coFinancedFteHundredths() > 0)
                || position.coFinancedFteHundredths() > position.fteHundredths()) {
            throw invalid("coFinancedFte", "co-financing-invalid", "co-financing names a party and the full-time "
                    + "equivalents it pays, more than 0 and at most the position's fte");
        }
    }

    private static void goal(GoalSet goal, LocalDate today) {
        year(goal.year(), today);
        FreeText.check("area", goal.area(), MOST_AREA);
        FreeText.check("text", goal.text(), MOST_GOAL_TEXT);
        boolean tied = goal.indicator() != null;
        if (tied && !complete(goal.indicator())) {
            throw invalid("figure", "goal-figure-incomplete", "a goal's figure is a dotted path of the participant "
                    + "report (e.g. closures.shares.work), or a defined table's definition, version (1 or more), "
                    + "table and cell");
        }
        if (tied != (goal.target() != null) || tied != (goal.direction() != null)) {
            throw invalid(tied ? "target" : "figure", "goal-target-incomplete", "a goal tied to a figure needs a "
                    + "target and a direction (AT_LEAST or AT_MOST), and only such a goal has them");
        }
        if (tied && (goal.target().signum() < 0 || goal.target().stripTrailingZeros().scale() > 1
                || goal.target().compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
            throw invalid("target", "target-invalid", "target " + goal.target().toPlainString() + " must be a number "
                    + "from 0 to 1 000 000 with at most one decimal (a share is in percent, e.g. 20 or 52,5)",
                    goal.target().toPlainString());
        }
    }

    private static boolean complete(GoalIndicator indicator) {
        boolean national = indicator.figure() != null && !indicator.figure().isBlank();
        boolean table = indicator.definition() != null && indicator.version() != null && indicator.version() >= 1
                && indicator.table() != null && indicator.cell() != null;
        boolean anyTablePart = indicator.definition() != null || indicator.version() != null
                || indicator.table() != null || indicator.cell() != null;
        return national ? !anyTablePart : table;
    }

    private static void activity(ActivityRecorded activity, LocalDate today) {
        FreeText.check("title", activity.title(), MOST_TITLE);
        period(activity.from(), activity.to(), today, false);
        if (activity.to().isAfter(today)) {
            throw invalid("to", "activity-not-over", "the activity ends on " + activity.to() + ", after today ("
                    + today + "): record its counts once it is held", activity.to().toString(), today.toString());
        }
        count("sessions", activity.sessions(), 1, MOST_SESSIONS);
        count("attendances", activity.attendances(), 0, MOST_ATTENDANCES);
        count("uniqueParticipants", activity.uniqueParticipants(), 0, MOST_ATTENDANCES);
        if (activity.uniqueParticipants() > activity.attendances()) {
            throw invalid("uniqueParticipants", "unique-more-than-attendances", "unique participants ("
                    + activity.uniqueParticipants() + ") cannot be more than the attendances ("
                    + activity.attendances() + ")", String.valueOf(activity.uniqueParticipants()),
                    String.valueOf(activity.attendances()));
        }
        if (activity.byGender() != null) {
            count("women", activity.byGender().women(), 0, MOST_ATTENDANCES);
            count("men", activity.byGender().men(), 0, MOST_ATTENDANCES);
            count("nonBinary", activity.byGender().nonBinary(), 0, MOST_ATTENDANCES);
            if (activity.byGender().total() > activity.uniqueParticipants()) {
                throw invalid("byGender", "gender-more-than-unique", "the participants by gender add up to "
                        + activity.byGender().total() + ", more than the " + activity.uniqueParticipants()
                        + " unique participants", String.valueOf(activity.byGender().total()),
                        String.valueOf(activity.uniqueParticipants()));
            }
        }
    }

    private static void count(String field, int value, int least, int most) {
        if (value < least || value > most) {
            throw invalid(field, "count-out-of-range", field + " must be a whole number from " + least + " to "
                    + most, String.valueOf(least), String.valueOf(most));
        }
    }

    private static void amount(long ore, boolean positive) {
        if (ore > Amounts.MOST_ORE) {
            throw invalid("amount", "amount-too-large", "the amount is more than 10 000 000 000 kronor");
        }
        if (positive ? ore <= 0 : ore < 0) {
            throw invalid("amount", positive ? "amount-not-positive" : "amount-negative", "the amount must be "
                    + (positive ? "more than 0" : "0 or more") + "; a mistake is corrected by a retraction");
        }
    }

    /** A budget year: from Finsam's first up to next year (budgets are set before their year). */
    private static void year(int year, LocalDate today) {
        if (year < EARLIEST_DATE.getYear() || year > today.getYear() + 1) {
            throw invalid("year", "year-out-of-range", "year " + year + " must be from " + EARLIEST_DATE.getYear()
                    + " to " + (today.getYear() + 1), String.valueOf(year));
        }
    }

    private static void day(String field, LocalDate date, LocalDate today) {
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(today)) {
            throw invalid(field, "date-out-of-range", "date " + date + " must be from " + EARLIEST_DATE + " to today ("
                    + today + ")", date.toString());
        }
    }

    /** A period that starts by today (or, for a planned one, by the end of next year) and ends after it starts. */
    private static void period(LocalDate from, LocalDate to, LocalDate today, boolean planned) {
        if (to.isBefore(from)) {
            throw invalid("to", "period-reversed", "the period ends (" + to + ") before it starts (" + from + ")",
                    to.toString(), from.toString());
        }
        LocalDate latestStart = planned ? LocalDate.of(today.getYear() + 1, 12, 31) : today;
        if (from.isBefore(EARLIEST_DATE) || from.isAfter(latestStart)) {
            throw invalid("from", "date-out-of-range", "the period's start " + from + " must be from "
                    + EARLIEST_DATE + " to " + latestStart, from.toString());
        }
        if (to.isAfter(LocalDate.of(today.getYear() + 1, 12, 31))) {
            throw invalid("to", "date-out-of-range", "the period's end " + to + " is after the end of next year",
                    to.toString());
        }
    }
}
