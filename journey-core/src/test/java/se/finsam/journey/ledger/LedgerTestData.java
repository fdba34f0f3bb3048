package se.finsam.journey.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import se.finsam.journey.journey.JourneyTestData;
import se.finsam.journey.ledger.activities.ActivityKind;
import se.finsam.journey.ledger.activities.GenderCounts;
import se.finsam.journey.ledger.events.ActivityRecorded;
import se.finsam.journey.ledger.events.AllocationRecorded;
import se.finsam.journey.ledger.events.BudgetRecorded;
import se.finsam.journey.ledger.events.CostRecorded;
import se.finsam.journey.ledger.events.ForecastRecorded;
import se.finsam.journey.ledger.events.GoalAssessed;
import se.finsam.journey.ledger.events.GoalSet;
import se.finsam.journey.ledger.events.LedgerRecordRetracted;
import se.finsam.journey.ledger.events.PositionRecorded;
import se.finsam.journey.ledger.goals.Attainment;
import se.finsam.journey.ledger.goals.Direction;
import se.finsam.journey.ledger.goals.GoalIndicator;
import se.finsam.journey.ledger.money.CostType;
import se.finsam.journey.ledger.money.Party;
import se.finsam.journey.ledger.staff.StaffRole;

/**
 * The ledger of team FNS in 2026 for the tests, a clock fixed at {@link JourneyTestData#TODAY} (23 November 2026),
 * and makers for each record type. Other modules reuse it through journey-core's test-jar.
 */
public final class LedgerTestData {

    public static final Clock CLOCK = JourneyTestData.CLOCK;
    public static final LocalDate TODAY = JourneyTestData.TODAY;
    public static final String LEDGER = LedgerId.initiative("fns").value();
    public static final String OFFICE = "office-karin";
    public static final String ANALYST = "analyst-erik";
    public static final Party FAGERSTA = Party.parse("party", "MUNICIPALITY:1982");
    public static final CostType STAFF_COSTS = new CostType("STAFF");
    public static final CostType PREMISES = new CostType("PREMISES");

    private LedgerTestData() {
    }

    public static AllocationRecorded allocation(String recordId, int year, Party party, long ore) {
        return new AllocationRecorded(LEDGER, recordId, OFFICE, year, party, ore);
    }

    public static BudgetRecorded budget(String recordId, int year, CostType type, long ore) {
        return new BudgetRecorded(LEDGER, recordId, OFFICE, year, type, ore);
    }

    public static CostRecorded cost(String recordId, LocalDate from, LocalDate to, CostType type, long ore) {
        return new CostRecorded(LEDGER, recordId, OFFICE, from, to, type, ore);
    }

    public static ForecastRecorded forecast(String recordId, int year, LocalDate date, CostType type, long ore) {
        return new ForecastRecorded(LEDGER, recordId, OFFICE, year, date, type, ore);
    }

    public static PositionRecorded position(String recordId, int fte, int persons, Party coFinancedBy, int coFte) {
        return new PositionRecorded(LEDGER, recordId, OFFICE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                new StaffRole("COACH"), fte, persons, FAGERSTA, Party.ASSOCIATION, coFinancedBy, coFte);
    }

    public static GoalSet goal(String recordId, String text) {
        return new GoalSet(LEDGER, recordId, ANALYST, 2026, "Arbete", text, GoalIndicator.national("closures.shares.work"),
                BigDecimal.valueOf(20), Direction.AT_LEAST);
    }

    public static GoalAssessed assessment(String recordId, String goal, String text) {
        return new GoalAssessed(LEDGER, recordId, ANALYST, goal, LocalDate.of(2026, 11, 1), text, Attainment.PARTLY_REACHED);
    }

    public static ActivityRecorded activity(String recordId, int sessions, int attendances, int unique,
                                            GenderCounts byGender) {
        return new ActivityRecorded(LEDGER, recordId, OFFICE, new ActivityKind("GROUP_PROGRAMME"), "ACT-grupp",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 13), sessions, attendances, unique, byGender);
    }

    public static LedgerRecordRetracted retraction(String recordId, String retracts) {
        return new LedgerRecordRetracted(LEDGER, recordId, OFFICE, TODAY, retracts, "fel belopp");
    }
}
