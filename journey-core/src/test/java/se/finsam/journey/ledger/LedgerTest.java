package se.finsam.journey.ledger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static se.finsam.journey.ledger.LedgerTestData.CLOCK;
import static se.finsam.journey.ledger.LedgerTestData.FAGERSTA;
import static se.finsam.journey.ledger.LedgerTestData.LEDGER;
import static se.finsam.journey.ledger.LedgerTestData.PREMISES;
import static se.finsam.journey.ledger.LedgerTestData.STAFF_COSTS;
import static se.finsam.journey.ledger.LedgerTestData.TODAY;
import static se.finsam.journey.ledger.LedgerTestData.activity;
import static se.finsam.journey.ledger.LedgerTestData.allocation;
import static se.finsam.journey.ledger.LedgerTestData.assessment;
import static se.finsam.journey.ledger.LedgerTestData.budget;
import static se.finsam.journey.ledger.LedgerTestData.cost;
import static se.finsam.journey.ledger.LedgerTestData.forecast;
import static se.finsam.journey.ledger.LedgerTestData.goal;
import static se.finsam.journey.ledger.LedgerTestData.position;
import static se.finsam.journey.ledger.LedgerTestData.retraction;
import static se.finsam.journey.ledger.LedgerViolations.conflictOn;
import static se.finsam.journey.ledger.LedgerViolations.invalidField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.finsam.journey.ledger.activities.GenderCounts;
import se.finsam.journey.ledger.events.GoalSet;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.ledger.money.Party;

/** The ledger's rules, each allowed and refused, through the aggregate as the service runs it. */
class LedgerTest {

    private static final LocalDate JANUARY_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JANUARY_31 = LocalDate.of(2026, 1, 31);
    private static final long MILLION = 100_000_000L;

    private FixtureConfiguration<Ledger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ledger.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static RecordInLedger record(LedgerEvent... records) {
        return new RecordInLedger(LEDGER, List.of(records));
    }

    @Nested
    class Money {

        @Test
        void theFirstAllocationCreatesTheLedger() {
            var allocation = allocation("a-1", 2026, Party.ASSOCIATION, 3 * MILLION);
            fixture.givenNoPriorActivity()
                    .when(record(allocation))
                    .expectEvents(allocation)
                    .expectResultMessagePayload(List.of(new LedgerOutcome("a-1", 0, false)));
        }

        @Test
        void aResentRecordIsAHarmlessDuplicateWhoeverSendsIt() {
            var allocation = allocation("a-1", 2026, Party.ASSOCIATION, 3 * MILLION);
            fixture.given(allocation)
                    .when(record(allocation.withRecordedBy("someone-else")))
                    .expectNoEvents()
                    .expectResultMessagePayload(List.of(new LedgerOutcome("a-1", 0, true)));
        }

        @Test
        void aRecordIdUsedAgainForOtherContentIsAConflict() {
            fixture.given(allocation("a-1", 2026, Party.ASSOCIATION, 3 * MILLION))
                    .when(record(allocation("a-1", 2026, Party.ASSOCIATION, 4 * MILLION)))
                    .expectException(conflictOn("recordId", "record-id-taken"))
                    .expectExceptionMessage(containsString("needs a new recordId"));
        }

        @Test
        void anAllocationOfNothingIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(allocation("a-1", 2026, FAGERSTA, 0)))
                    .expectException(invalidField("amount", "amount-not-positive"));
        }

        @Test
        void aBudgetForTheYearAfterNextIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(budget("b-1", TODAY.getYear() + 2, STAFF_COSTS, MILLION)))
                    .expectException(invalidField("year", "year-out-of-range"));
        }

        @Test
        void nextYearsBudgetIsAllowed() {
            var budget = budget("b-1", TODAY.getYear() + 1, STAFF_COSTS, MILLION);
            fixture.givenNoPriorActivity().when(record(budget)).expectEvents(budget);
        }

        @Test
        void aCreditIsANegativeCost() {
            var credit = cost("c-1", JANUARY_1, JANUARY_31, PREMISES, -250_000);
            fixture.givenNoPriorActivity().when(record(credit)).expectEvents(credit);
        }

        @Test
        void aCostPeriodThatEndsBeforeItStartsIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(cost("c-1", JANUARY_31, JANUARY_1, PREMISES, 250_000)))
                    .expectException(invalidField("to", "period-reversed"));
        }

        @Test
        void aCostThatStartsTomorrowIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(cost("c-1", TODAY.plusDays(1), TODAY.plusDays(30), PREMISES, 250_000)))
                    .expectException(invalidField("from", "date-out-of-range"));
        }

        @Test
        void aForecastMadeTomorrowIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(forecast("f-1", 2026, TODAY.plusDays(1), STAFF_COSTS, MILLION)))
                    .expectException(invalidField("date", "date-out-of-range"));
        }

        @Test
        void aFileWithOneRefusedRecordStoresNothing() {
            fixture.givenNoPriorActivity()
                    .when(record(allocation("a-1", 2026, Party.ASSOCIATION, MILLION),
                            cost("c-1", JANUARY_1, JANUARY_31, STAFF_COSTS, 50_000),
                            budget("b-1", 2003, STAFF_COSTS, MILLION)))
                    .expectException(invalidField("year", "year-out-of-range"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Staff {

        @Test
        void threeCoachesOfWhomOneIsPaidByTheMunicipality() {
            var coaches = position("p-1", 300, 3, FAGERSTA, 100);
            fixture.givenNoPriorActivity().when(record(coaches)).expectEvents(coaches);
        }

        @Test
        void moreFullTimeEquivalentsThanPersonsAreRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(position("p-1", 150, 1, null, 0)))
                    .expectException(invalidField("fte", "fte-more-than-persons"))
                    .expectExceptionMessage(containsString("40 %"));
        }

        @Test
        void coFinancingOfMoreThanThePositionIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(position("p-1", 50, 1, FAGERSTA, 60)))
                    .expectException(invalidField("coFinancedFte", "co-financing-invalid"));
        }

        @Test
        void coFinancingWithoutAPartyIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(position("p-1", 50, 1, null, 20)))
                    .expectException(invalidField("coFinancedFte", "co-financing-invalid"));
        }
    }

    @Nested
    class Goals {

        @Test
        void aGoalTiedToTheShareToWorkIsSet() {
            var goal = goal("g-1", "Fler deltagare till arbete");
            fixture.givenNoPriorActivity().when(record(goal)).expectEvents(goal);
        }

        @Test
        void aGoalTiedToAFigureWithoutATargetIsRefused() {
            GoalSet tied = goal("g-1", "Fler till arbete");
            var noTarget = new GoalSet(LEDGER, "g-1", tied.recordedBy(), 2026, tied.area(), tied.text(),
                    tied.indicator(), null, tied.direction());
            fixture.givenNoPriorActivity()
                    .when(record(noTarget))
                    .expectException(invalidField("target", "goal-target-incomplete"));
        }

        @Test
        void aGoalWithATargetOfTwoDecimalsIsRefused() {
            GoalSet tied = goal("g-1", "Fler till arbete");
            var precise = new GoalSet(LEDGER, "g-1", tied.recordedBy(), 2026, tied.area(), tied.text(),
                    tied.indicator(), new BigDecimal("19.55"), tied.direction());
            fixture.givenNoPriorActivity()
                    .when(record(precise))
                    .expectException(invalidField("target", "target-invalid"));
        }

        @Test
        void aGoalNamingAnIdentityNumberIsRefusedWithoutRepeatingIt() {
            fixture.givenNoPriorActivity()
                    .when(record(goal("g-1", "Stöd till 19811228-9874 under året")))
                    .expectException(invalidField("text", "text-identity-number"))
                    .expectExceptionMessage(not(containsString("9874")));
        }

        @Test
        void aLaterAssessmentSupersedesAndBothAreKept() {
            var first = assessment("as-1", "g-1", "Bedöms ligga i fas");
            var second = assessment("as-2", "g-1", "Målet nåddes delvis");
            fixture.given(goal("g-1", "Fler till arbete"), first)
                    .when(record(second))
                    .expectEvents(second);
        }

        @Test
        void anAssessmentOfAGoalThatIsNotThereIsAConflict() {
            fixture.given(allocation("a-1", 2026, Party.ASSOCIATION, MILLION))
                    .when(record(assessment("as-1", "g-9", "Bra")))
                    .expectException(conflictOn("goal", "goal-unknown"));
        }

        @Test
        void anAssessmentOfARetractedGoalIsAConflict() {
            fixture.given(goal("g-1", "Fler till arbete"), retraction("r-1", "g-1"))
                    .when(record(assessment("as-1", "g-1", "Bra")))
                    .expectException(conflictOn("goal", "goal-retracted"));
        }
    }

    @Nested
    class Activities {

        @Test
        void aGroupProgrammeWithItsCountsIsRecorded() {
            var group = activity("act-1", 7, 49, 9, new GenderCounts(6, 3, 0));
            fixture.givenNoPriorActivity().when(record(group)).expectEvents(group);
        }

        @Test
        void moreUniqueParticipantsThanAttendancesAreRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(activity("act-1", 2, 5, 6, null)))
                    .expectException(invalidField("uniqueParticipants", "unique-more-than-attendances"));
        }

        @Test
        void participantsByGenderBeyondTheUniqueOnesAreRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(activity("act-1", 7, 49, 9, new GenderCounts(6, 4, 0))))
                    .expectException(invalidField("byGender", "gender-more-than-unique"));
        }

        @Test
        void anActivityWithoutASessionIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(record(activity("act-1", 0, 0, 0, null)))
                    .expectException(invalidField("sessions", "count-out-of-range"));
        }
    }

    @Nested
    class Retractions {

        @Test
        void aRetractionCancelsTheRecordWithAReason() {
            var retraction = retraction("r-1", "a-1");
            fixture.given(allocation("a-1", 2026, Party.ASSOCIATION, MILLION))
                    .when(record(retraction))
                    .expectEvents(retraction);
        }

        @Test
        void aRetractionOfNothingIsAConflict() {
            fixture.given(allocation("a-1", 2026, Party.ASSOCIATION, MILLION))
                    .when(record(retraction("r-1", "a-9")))
                    .expectException(conflictOn("retracts", "retracts-unknown"));
        }

        @Test
        void aRecordIsRetractedOnce() {
            fixture.given(allocation("a-1", 2026, Party.ASSOCIATION, MILLION), retraction("r-1", "a-1"))
                    .when(record(retraction("r-2", "a-1")))
                    .expectException(conflictOn("retracts", "already-retracted"));
        }

        @Test
        void aRetractionIsNotRetracted() {
            fixture.given(allocation("a-1", 2026, Party.ASSOCIATION, MILLION), retraction("r-1", "a-1"))
                    .when(record(retraction("r-2", "r-1")))
                    .expectException(conflictOn("retracts", "retracts-retraction"));
        }

        @Test
        void anAssessedGoalIsRetractedOnlyAfterItsAssessments() {
            fixture.given(goal("g-1", "Fler till arbete"), assessment("as-1", "g-1", "I fas"))
                    .when(record(retraction("r-1", "g-1")))
                    .expectException(conflictOn("retracts", "retraction-with-dependants"));
        }

        @Test
        void aRetractionWithoutAReasonIsRefused() {
            var noReason = new se.finsam.journey.ledger.events.LedgerRecordRetracted(LEDGER, "r-1", "office", TODAY,
                    "a-1", " ");
            fixture.given(allocation("a-1", 2026, Party.ASSOCIATION, MILLION))
                    .when(record(noReason))
                    .expectException(invalidField("reason", "text-missing"));
        }
    }
}
