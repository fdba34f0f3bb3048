package se.finsam.journey.journey;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static se.finsam.journey.journey.JourneyTestData.CLOCK;
import static se.finsam.journey.journey.JourneyTestData.CLOSURE;
import static se.finsam.journey.journey.JourneyTestData.CLOSURE_DATE;
import static se.finsam.journey.journey.JourneyTestData.ENROLMENT;
import static se.finsam.journey.journey.JourneyTestData.ENROLMENT_DATE;
import static se.finsam.journey.journey.JourneyTestData.OTHER_STAFF;
import static se.finsam.journey.journey.JourneyTestData.REFERRAL;
import static se.finsam.journey.journey.JourneyTestData.REFERRAL_DATE;
import static se.finsam.journey.journey.JourneyTestData.TODAY;
import static se.finsam.journey.journey.JourneyTestData.assessment;
import static se.finsam.journey.journey.JourneyTestData.clearing;
import static se.finsam.journey.journey.JourneyTestData.closure;
import static se.finsam.journey.journey.JourneyTestData.enrolment;
import static se.finsam.journey.journey.JourneyTestData.personUpdate;
import static se.finsam.journey.journey.JourneyTestData.referral;
import static se.finsam.journey.journey.JourneyTestData.referralWithYearsInSupport;
import static se.finsam.journey.journey.JourneyTestData.referringUnitUpdate;
import static se.finsam.journey.journey.JourneyTestData.retraction;
import static se.finsam.journey.journey.JourneyTestData.trainingEnded;
import static se.finsam.journey.journey.JourneyTestData.trainingStarted;
import static se.finsam.journey.journey.JourneyTestData.withdrawal;
import static se.finsam.journey.journey.JourneyTestData.yearsInSupportUpdate;
import static se.finsam.journey.journey.RuleViolations.conflictingRecord;
import static se.finsam.journey.journey.RuleViolations.invalidRecord;
import static se.finsam.journey.journey.RuleViolations.unknownJourney;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.journey.events.AssessmentRecorded;
import se.finsam.journey.journey.events.JourneyClosed;
import se.finsam.journey.journey.events.ParticipantEnrolled;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.journey.events.ReferralWithdrawn;
import se.finsam.journey.journey.events.WorkTrainingEnded;
import se.finsam.journey.journey.events.WorkTrainingStarted;

/** The journey rules of DOMAIN.md, each allowed and refused, through the aggregate as the service runs it. */
class JourneyTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);
    private static final LocalDate OCTOBER_15 = LocalDate.of(2026, 10, 15);
    /** Old enough at referral in any year since Finsam began. */
    private static final int BIRTH_YEAR_OF_ADULT = 1975;

    private FixtureConfiguration<Journey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Journey.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(SealedComparison.BY_SEALED_TEXT);
    }

    @Nested
    class Referral {

        @Test
        void referralCreatesTheJourney() {
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(REFERRAL))
                    .expectEvents(REFERRAL)
                    .expectResultMessagePayload(new RecordOutcome("referral-1", 0, false));
        }

        @Test
        void secondReferralIsRejected() {
            fixture.given(REFERRAL)
                    .when(new AddRecord(referral("referral-2", ENROLMENT_DATE, 1990)))
                    .expectException(conflictingRecord("second-referral"))
                    .expectExceptionMessage(containsString("already has a referral"));
        }

        @Test
        void referralOfSomeoneTurningFifteenIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(referral("referral-1", REFERRAL_DATE, 2011)))
                    .expectException(invalidRecord("age-out-of-range"))
                    .expectExceptionMessage(containsString("gives age 15"));
        }

        @Test
        void referralOfSomeoneTurningSixteenIsAccepted() {
            ParticipantReferred sixteen = referral("referral-1", REFERRAL_DATE, 2010);
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(sixteen))
                    .expectEvents(sixteen);
        }

        @Test
        void referralOfSomeoneTurningSixtySevenIsAccepted() {
            ParticipantReferred sixtySeven = referral("referral-1", REFERRAL_DATE, 1959);
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(sixtySeven))
                    .expectEvents(sixtySeven);
        }

        @Test
        void referralOfSomeoneTurningSixtyEightIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(referral("referral-1", REFERRAL_DATE, 1958)))
                    .expectException(invalidRecord("age-out-of-range"))
                    .expectExceptionMessage(containsString("gives age 68"));
        }

        @Test
        void referralWithoutYearsInPublicSupportIsAccepted() {
            ParticipantReferred notApplicable = referralWithYearsInSupport("referral-1", null);
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(notApplicable))
                    .expectEvents(notApplicable);
        }

        @Test
        void referralWithZeroYearsInPublicSupportIsAccepted() {
            ParticipantReferred none = referralWithYearsInSupport("referral-1", BigDecimal.ZERO);
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(none))
                    .expectEvents(none);
        }

        @Test
        void negativeYearsInPublicSupportAreRejected() {
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(referralWithYearsInSupport("referral-1", new BigDecimal("-0.5"))))
                    .expectException(invalidRecord("years-in-support-invalid"))
                    .expectExceptionMessage(containsString("yearsInPublicSupport -0.5 must be"));
        }

        @ParameterizedTest(name = "{0} years")
        @ValueSource(strings = {"60.1", "1E+308"})
        void yearsInPublicSupportBeyondAWorkingLifeAreRejectedWithoutSpellingOutAHugeNumber(String years) {
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(referralWithYearsInSupport("referral-1", new BigDecimal(years))))
                    .expectException(invalidRecord("years-in-support-invalid"))
                    .expectExceptionMessage(allOf(containsString("yearsInPublicSupport " + years + " must be a number "
                            + "of years from 0 to 60"), not(containsString("0000000000"))));
        }

        @Test
        void sixtyYearsInPublicSupportAreAccepted() {
            ParticipantReferred sixty = referralWithYearsInSupport("referral-1", BigDecimal.valueOf(60));
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(sixty))
                    .expectEvents(sixty);
        }

        @Test
        void yearsInPublicSupportWithTwoDecimalsAreRejected() {
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(referralWithYearsInSupport("referral-1", new BigDecimal("1.25"))))
                    .expectException(invalidRecord("years-in-support-invalid"))
                    .expectExceptionMessage(containsString("at most one decimal"));
        }

        @ParameterizedTest(name = "journeyId {0}")
        @ValueSource(strings = {"198112189876", "811218-9876", "19811218-9876"})
        void journeyIdShapedLikeAnIdentityNumberIsRejected(String journeyId) {
            ParticipantReferred byIdentityNumber = new ParticipantReferred(journeyId, "referral-1", REFERRAL_DATE,
                    REFERRAL.recordedBy(), REFERRAL.initiative(), REFERRAL.referringParty(), REFERRAL.referringUnit(),
                    REFERRAL.person(), REFERRAL.supportBefore(), REFERRAL.yearsInPublicSupport());
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(byIdentityNumber))
                    .expectException(invalidRecord("journey-id-like-identity-number"))
                    .expectExceptionMessage(allOf(containsString("must not contain a personal identity number"),
                            not(containsString(journeyId))));
        }

        @Test
        void firstRecordThatIsNotAReferralIsNotFound() {
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(ENROLMENT))
                    .expectException(unknownJourney("no-referral"))
                    .expectExceptionMessage(containsString("its first record must be a referral"));
        }
    }

    @Nested
    class EffectiveDate {

        @Test
        void recordDatedTodayIsAccepted() {
            ParticipantEnrolled today = enrolment("enrolment-1", TODAY);
            fixture.given(REFERRAL)
                    .when(new AddRecord(today))
                    .expectEvents(today);
        }

        @Test
        void recordDatedInTheFutureIsRejected() {
            fixture.given(REFERRAL)
                    .when(new AddRecord(enrolment("enrolment-1", TODAY.plusDays(1))))
                    .expectException(invalidRecord("date-in-future"))
                    .expectExceptionMessage(containsString("is in the future (today is 2026-11-23)"));
        }

        @Test
        void todayIsTheCalendarDayInSwedenWhateverTheClocksZone() {
            // 23:30 UTC on 23 November is already half past midnight on 24 November in Stockholm.
            FixtureConfiguration<Journey> lateEvening = new AggregateTestFixture<>(Journey.class);
            lateEvening.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneOffset.UTC));
            lateEvening.registerInjectableResource(SealedComparison.BY_SEALED_TEXT);
            ParticipantEnrolled tomorrowInUtc = enrolment("enrolment-1", TODAY.plusDays(1));
            lateEvening.given(REFERRAL)
                    .when(new AddRecord(tomorrowInUtc))
                    .expectEvents(tomorrowInUtc);
        }

        @Test
        void recordDatedOnTheDayFinsamBeganIsAccepted() {
            ParticipantReferred first = referral("referral-1", JourneyRules.EARLIEST_DATE, BIRTH_YEAR_OF_ADULT);
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(first))
                    .expectEvents(first);
        }

        @Test
        void recordDatedBefore2004IsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new AddRecord(referral("referral-1", LocalDate.of(2003, 12, 31), BIRTH_YEAR_OF_ADULT)))
                    .expectException(invalidRecord("date-too-early"))
                    .expectExceptionMessage(containsString("is before 2004-01-01, when Finsam began"));
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void withdrawalBeforeEnrolmentIsAccepted() {
            ReferralWithdrawn withdrawn = withdrawal("withdrawal-1", APRIL_1);
            fixture.given(REFERRAL)
                    .when(new AddRecord(withdrawn))
                    .expectEvents(withdrawn)
                    .expectResultMessagePayload(new RecordOutcome("withdrawal-1", 1, false));
        }

        @Test
        void withdrawalOnTheReferralDateIsAccepted() {
            ReferralWithdrawn sameDay = withdrawal("withdrawal-1", REFERRAL_DATE);
            fixture.given(REFERRAL)
                    .when(new AddRecord(sameDay))
                    .expectEvents(sameDay);
        }

        @Test
        void withdrawalBeforeTheReferralDateIsRejected() {
            fixture.given(REFERRAL)
                    .when(new AddRecord(withdrawal("withdrawal-1", REFERRAL_DATE.minusDays(1))))
                    .expectException(conflictingRecord("referral-withdrawn-before-referral"))
                    .expectExceptionMessage(containsString("is before the referral on 2026-03-02"));
        }

        @Test
        void withdrawalAfterEnrolmentIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(withdrawal("withdrawal-1", APRIL_1)))
                    .expectException(conflictingRecord("withdrawal-after-enrolment"))
                    .expectExceptionMessage(containsString("can only be withdrawn (återtagen) before enrolment"));
        }

        @Test
        void withdrawalAfterRetractingTheEnrolmentIsAccepted() {
            ReferralWithdrawn withdrawn = withdrawal("withdrawal-1", APRIL_1);
            fixture.given(REFERRAL, ENROLMENT, retraction("retraction-1", "enrolment-1"))
                    .when(new AddRecord(withdrawn))
                    .expectEvents(withdrawn);
        }

        @Test
        void secondWithdrawalIsRejected() {
            fixture.given(REFERRAL, withdrawal("withdrawal-1", APRIL_1))
                    .when(new AddRecord(withdrawal("withdrawal-2", JUNE_30)))
                    .expectException(conflictingRecord("second-withdrawal"))
                    .expectExceptionMessage(containsString("already withdrawn on 2026-04-01"));
        }

        @Test
        void withdrawalAfterClosureIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, CLOSURE)
                    .when(new AddRecord(withdrawal("withdrawal-1", OCTOBER_15)))
                    .expectException(conflictingRecord("record-after-closure"))
                    .expectExceptionMessage(containsString("only profile-update and retraction are allowed"));
        }
    }

    @Nested
    class Enrolment {

        @Test
        void enrolmentAfterTheReferralDateIsAccepted() {
            fixture.given(REFERRAL)
                    .when(new AddRecord(ENROLMENT))
                    .expectEvents(ENROLMENT)
                    .expectResultMessagePayload(new RecordOutcome("enrolment-1", 1, false));
        }

        @Test
        void enrolmentOnTheReferralDateIsAccepted() {
            ParticipantEnrolled sameDay = enrolment("enrolment-1", REFERRAL_DATE);
            fixture.given(REFERRAL)
                    .when(new AddRecord(sameDay))
                    .expectEvents(sameDay);
        }

        @Test
        void enrolmentBeforeTheReferralDateIsRejected() {
            fixture.given(REFERRAL)
                    .when(new AddRecord(enrolment("enrolment-1", REFERRAL_DATE.minusDays(1))))
                    .expectException(conflictingRecord("enrolment-before-referral"))
                    .expectExceptionMessage(containsString("is before the referral on 2026-03-02"));
        }

        @Test
        void secondEnrolmentIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(enrolment("enrolment-2", APRIL_1)))
                    .expectException(conflictingRecord("second-enrolment"))
                    .expectExceptionMessage(containsString("already enrolled since 2026-03-16"));
        }

        @Test
        void enrolmentAfterRetractingTheEnrolmentIsAccepted() {
            ParticipantEnrolled corrected = enrolment("enrolment-2", APRIL_1);
            fixture.given(REFERRAL, ENROLMENT, retraction("retraction-1", "enrolment-1"))
                    .when(new AddRecord(corrected))
                    .expectEvents(corrected);
        }

        @Test
        void enrolmentAfterWithdrawalIsRejected() {
            fixture.given(REFERRAL, withdrawal("withdrawal-1", REFERRAL_DATE))
                    .when(new AddRecord(ENROLMENT))
                    .expectException(conflictingRecord("enrolment-after-withdrawal"))
                    .expectExceptionMessage(containsString("retract the withdrawal first"));
        }

        @Test
        void enrolmentAfterRetractingTheWithdrawalIsAccepted() {
            fixture.given(REFERRAL, withdrawal("withdrawal-1", REFERRAL_DATE), retraction("retraction-1", "withdrawal-1"))
                    .when(new AddRecord(ENROLMENT))
                    .expectEvents(ENROLMENT)
                    .expectResultMessagePayload(new RecordOutcome("enrolment-1", 3, false));
        }

        @Test
        void enrolmentAfterClosureIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, CLOSURE)
                    .when(new AddRecord(enrolment("enrolment-2", OCTOBER_15)))
                    .expectException(conflictingRecord("record-after-closure"))
                    .expectExceptionMessage(containsString("closed on 2026-09-30"));
        }
    }

    @Nested
    class Assessment {

        @ParameterizedTest(name = "{0} score {1}")
        @CsvSource({"SELF_RATED_STEP, 0", "SELF_RATED_STEP, 7.5", "SELF_RATED_STEP, 10", "BIP, 1", "BIP, 3.4",
                "BIP, 5", "WORK_ABILITY, 0", "WORK_ABILITY, 55", "WORK_ABILITY, 100"})
        void scoreOnTheInstrumentsScaleIsAccepted(Instrument instrument, String score) {
            AssessmentRecorded onScale = assessment("assessment-1", APRIL_1, instrument, score);
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(onScale))
                    .expectEvents(onScale)
                    .expectResultMessagePayload(new RecordOutcome("assessment-1", 2, false));
        }

        @ParameterizedTest(name = "{0} score {1}")
        @CsvSource({"SELF_RATED_STEP, -0.1", "SELF_RATED_STEP, 10.5", "BIP, 0", "BIP, 0.9", "BIP, 5.1",
                "WORK_ABILITY, -1", "WORK_ABILITY, 100.5", "WORK_ABILITY, 110"})
        void scoreOffTheInstrumentsScaleIsRejected(Instrument instrument, String score) {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(assessment("assessment-1", APRIL_1, instrument, score)))
                    .expectException(invalidRecord("score-off-scale"))
                    .expectExceptionMessage(containsString("is outside the " + instrument + " scale"));
        }

        @Test
        void assessmentBeforeEnrolmentIsRejected() {
            fixture.given(REFERRAL)
                    .when(new AddRecord(assessment("assessment-1", APRIL_1, Instrument.BIP, "3")))
                    .expectException(conflictingRecord("not-enrolled"))
                    .expectExceptionMessage(containsString("can only be recorded while the participant is enrolled"));
        }

        @Test
        void assessmentBeforeTheEnrolmentDateIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(assessment("assessment-1", ENROLMENT_DATE.minusDays(1), Instrument.BIP, "3")))
                    .expectException(conflictingRecord("assessment-before-enrolment"))
                    .expectExceptionMessage(containsString("is before the enrolment on 2026-03-16"));
        }

        @Test
        void assessmentOnTheEnrolmentDateIsAccepted() {
            AssessmentRecorded first = assessment("assessment-1", ENROLMENT_DATE, Instrument.SELF_RATED_STEP, "2");
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(first))
                    .expectEvents(first);
        }

        @Test
        void assessmentAfterClosureIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, CLOSURE)
                    .when(new AddRecord(assessment("assessment-1", CLOSURE_DATE, Instrument.BIP, "4")))
                    .expectException(conflictingRecord("record-after-closure"))
                    .expectExceptionMessage(containsString("after a closure only profile-update and retraction are allowed"));
        }
    }

    @Nested
    class WorkTraining {

        @Test
        void workTrainingStartWhileEnrolledIsAccepted() {
            WorkTrainingStarted start = trainingStarted("wt-1-start", APRIL_1, "wt-1");
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(start))
                    .expectEvents(start);
        }

        @Test
        void workTrainingStartWithoutHoursIsAccepted() {
            WorkTrainingStarted start = trainingStarted("wt-1-start", APRIL_1, "wt-1", null);
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(start))
                    .expectEvents(start);
        }

        @ParameterizedTest(name = "{0} hours a week")
        @ValueSource(strings = {"0.5", "40", "80"})
        void hoursPerWeekWithinRangeAreAccepted(String hours) {
            WorkTrainingStarted start = trainingStarted("wt-1-start", APRIL_1, "wt-1", new BigDecimal(hours));
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(start))
                    .expectEvents(start);
        }

        @ParameterizedTest(name = "{0} hours a week")
        @ValueSource(strings = {"-5", "0", "80.5", "81"})
        void hoursPerWeekOutOfRangeAreRejected(String hours) {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(trainingStarted("wt-1-start", APRIL_1, "wt-1", new BigDecimal(hours))))
                    .expectException(invalidRecord("hours-out-of-range"))
                    .expectExceptionMessage(containsString("must be more than 0 and at most 80"));
        }

        @Test
        void workTrainingStartBeforeEnrolmentIsRejected() {
            fixture.given(REFERRAL)
                    .when(new AddRecord(trainingStarted("wt-1-start", APRIL_1, "wt-1")))
                    .expectException(conflictingRecord("not-enrolled"))
                    .expectExceptionMessage(containsString("has no enrolment"));
        }

        @Test
        void workTrainingStartBeforeTheEnrolmentDateIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(trainingStarted("wt-1-start", ENROLMENT_DATE.minusDays(1), "wt-1")))
                    .expectException(conflictingRecord("work-training-started-before-enrolment"))
                    .expectExceptionMessage(containsString("is before the enrolment on 2026-03-16"));
        }

        @Test
        void reusingATrainingIdIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"),
                            trainingEnded("wt-1-end", JUNE_30, "wt-1"))
                    .when(new AddRecord(trainingStarted("wt-2-start", JUNE_30, "wt-1")))
                    .expectException(conflictingRecord("training-id-taken"))
                    .expectExceptionMessage(containsString("each placement needs its own trainingId"));
        }

        @Test
        void reusingTheIdOfARetractedTrainingStartIsAccepted() {
            WorkTrainingStarted corrected = trainingStarted("wt-1-start-b", JUNE_30, "wt-1");
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"),
                            retraction("retraction-1", "wt-1-start"))
                    .when(new AddRecord(corrected))
                    .expectEvents(corrected);
        }

        @Test
        void endingAStartedTrainingIsAccepted() {
            WorkTrainingEnded end = trainingEnded("wt-1-end", JUNE_30, "wt-1");
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"))
                    .when(new AddRecord(end))
                    .expectEvents(end);
        }

        @Test
        void endingATrainingOnItsStartDateIsAccepted() {
            WorkTrainingEnded end = trainingEnded("wt-1-end", APRIL_1, "wt-1");
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"))
                    .when(new AddRecord(end))
                    .expectEvents(end);
        }

        @Test
        void endingAnUnknownTrainingIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"))
                    .when(new AddRecord(trainingEnded("wt-9-end", JUNE_30, "wt-9")))
                    .expectException(conflictingRecord("training-not-started"))
                    .expectExceptionMessage(containsString("no work training 'wt-9' has been started"));
        }

        @Test
        void endingATrainingWhoseStartWasRetractedIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"),
                            retraction("retraction-1", "wt-1-start"))
                    .when(new AddRecord(trainingEnded("wt-1-end", JUNE_30, "wt-1")))
                    .expectException(conflictingRecord("training-not-started"))
                    .expectExceptionMessage(containsString("no work training 'wt-1'"));
        }

        @Test
        void endingATrainingBeforeItStartedIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"))
                    .when(new AddRecord(trainingEnded("wt-1-end", APRIL_1.minusDays(1), "wt-1")))
                    .expectException(conflictingRecord("work-training-ended-before-work-training-started"))
                    .expectExceptionMessage(containsString("is before the start of work training 'wt-1' on 2026-04-01"));
        }

        @Test
        void endingATrainingTwiceIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"),
                            trainingEnded("wt-1-end", JUNE_30, "wt-1"))
                    .when(new AddRecord(trainingEnded("wt-1-end-again", JUNE_30.plusDays(1), "wt-1")))
                    .expectException(conflictingRecord("training-already-ended"))
                    .expectExceptionMessage(containsString("already ended on 2026-06-30"));
        }

        @Test
        void startingATrainingAfterClosureIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, CLOSURE)
                    .when(new AddRecord(trainingStarted("wt-1-start", OCTOBER_15, "wt-1")))
                    .expectException(conflictingRecord("record-after-closure"))
                    .expectExceptionMessage(containsString("not a work-training-started"));
        }

        @Test
        void endingATrainingAfterClosureIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"), CLOSURE)
                    .when(new AddRecord(trainingEnded("wt-1-end", CLOSURE_DATE, "wt-1")))
                    .expectException(conflictingRecord("record-after-closure"))
                    .expectExceptionMessage(containsString("not a work-training-ended"));
        }
    }

    @Nested
    class ProfileUpdate {

        @Test
        void profileUpdateBeforeEnrolmentIsAccepted() {
            ProfileUpdated moved = personUpdate("profile-1", APRIL_1, new PersonChanges(null, null, "1980", null, null));
            fixture.given(REFERRAL)
                    .when(new AddRecord(moved))
                    .expectEvents(moved);
        }

        @Test
        void profileUpdateAfterClosureIsAccepted() {
            ProfileUpdated unit = referringUnitUpdate("profile-1", OCTOBER_15, "Af Västerås");
            fixture.given(REFERRAL, ENROLMENT, CLOSURE)
                    .when(new AddRecord(unit))
                    .expectEvents(unit)
                    .expectResultMessagePayload(new RecordOutcome("profile-1", 3, false));
        }

        @Test
        void profileUpdateThatOnlyClearsAFieldIsAccepted() {
            ProfileUpdated cleared = clearing("profile-1", APRIL_1, ProfileFields.REFERRING_UNIT);
            fixture.given(REFERRAL)
                    .when(new AddRecord(cleared))
                    .expectEvents(cleared);
        }

        @Test
        void profileUpdateThatChangesNothingIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(clearing("profile-1", APRIL_1)))
                    .expectException(invalidRecord("empty-profile-update"))
                    .expectExceptionMessage(containsString("changes no field"));
        }

        @Test
        void profileUpdateWithAnEmptyPersonIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(personUpdate("profile-1", APRIL_1,
                            new PersonChanges(null, null, null, null, null))))
                    .expectException(invalidRecord("empty-profile-update"))
                    .expectExceptionMessage(containsString("changes no field"));
        }

        @Test
        void birthYearChangeWithinTheAgeRangeIsAccepted() {
            ProfileUpdated corrected = personUpdate("profile-1", APRIL_1,
                    new PersonChanges(Gender.WOMAN, 2010, null, null, null));
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(corrected))
                    .expectEvents(corrected);
        }

        @Test
        void birthYearChangeThatBreaksTheAgeRuleIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(personUpdate("profile-1", APRIL_1,
                            new PersonChanges(null, 2011, null, null, null))))
                    .expectException(invalidRecord("age-out-of-range"))
                    .expectExceptionMessage(containsString("gives age 15 at referral in 2026"));
        }

        @Test
        void yearsInPublicSupportWithTwoDecimalsAreRejectedInAnUpdate() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(yearsInSupportUpdate("profile-1", APRIL_1, new BigDecimal("3.75"))))
                    .expectException(invalidRecord("years-in-support-invalid"))
                    .expectExceptionMessage(containsString("yearsInPublicSupport 3.75"));
        }
    }

    @Nested
    class Closure {

        @Test
        void closureAfterEnrolmentIsAccepted() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(CLOSURE))
                    .expectEvents(CLOSURE)
                    .expectResultMessagePayload(new RecordOutcome("closure-1", 2, false));
        }

        @Test
        void closureOnTheEnrolmentDateIsAccepted() {
            JourneyClosed sameDay = closure("closure-1", ENROLMENT_DATE, ClosureCause.DROPOUT, null);
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(sameDay))
                    .expectEvents(sameDay);
        }

        @Test
        void closureBeforeEnrolmentIsRejected() {
            fixture.given(REFERRAL)
                    .when(new AddRecord(CLOSURE))
                    .expectException(conflictingRecord("closure-before-enrolment"))
                    .expectExceptionMessage(containsString("needs an enrolment (inskrivning) first"));
        }

        @Test
        void closureBeforeTheEnrolmentDateIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(closure("closure-1", ENROLMENT_DATE.minusDays(1), ClosureCause.DROPOUT, null)))
                    .expectException(conflictingRecord("closure-before-enrolment"))
                    .expectExceptionMessage(containsString("is before the enrolment on 2026-03-16"));
        }

        @Test
        void secondClosureIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, CLOSURE)
                    .when(new AddRecord(closure("closure-2", OCTOBER_15, ClosureCause.WORK, false)))
                    .expectException(conflictingRecord("record-after-closure"))
                    .expectExceptionMessage(containsString("the journey was closed on 2026-09-30"));
        }

        @Test
        void closureBeforeTheLatestAssessmentIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, assessment("assessment-1", APRIL_1, Instrument.BIP, "2"),
                            assessment("assessment-2", OCTOBER_15, Instrument.BIP, "4"))
                    .when(new AddRecord(CLOSURE))
                    .expectException(conflictingRecord("closure-before-assessment"))
                    .expectExceptionMessage(containsString("is before the assessment (skattning) on 2026-10-15"));
        }

        @Test
        void closureOnTheLatestAssessmentDateIsAccepted() {
            fixture.given(REFERRAL, ENROLMENT, assessment("assessment-1", CLOSURE_DATE, Instrument.BIP, "4"))
                    .when(new AddRecord(CLOSURE))
                    .expectEvents(CLOSURE);
        }

        @Test
        void closureBeforeARetractedAssessmentIsAccepted() {
            fixture.given(REFERRAL, ENROLMENT, assessment("assessment-1", OCTOBER_15, Instrument.BIP, "4"),
                            retraction("retraction-1", "assessment-1"))
                    .when(new AddRecord(CLOSURE))
                    .expectEvents(CLOSURE);
        }

        @Test
        void closureBeforeTheLatestWorkTrainingStartIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", OCTOBER_15, "wt-1"))
                    .when(new AddRecord(CLOSURE))
                    .expectException(conflictingRecord("closure-before-work-training-started"))
                    .expectExceptionMessage(containsString("is before the work-training-started (arbetsträning påbörjad) on 2026-10-15"));
        }

        @Test
        void closureBeforeTheLatestWorkTrainingEndIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"),
                            trainingEnded("wt-1-end", OCTOBER_15, "wt-1"))
                    .when(new AddRecord(CLOSURE))
                    .expectException(conflictingRecord("closure-before-work-training-ended"))
                    .expectExceptionMessage(containsString("on 2026-10-15"));
        }

        @Test
        void closureWithAnOpenWorkTrainingIsAccepted() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"))
                    .when(new AddRecord(CLOSURE))
                    .expectEvents(CLOSURE);
        }

        @ParameterizedTest(name = "subsidised {0}")
        @ValueSource(booleans = {true, false})
        void subsidisedEmploymentWithCauseWorkIsAccepted(boolean subsidised) {
            JourneyClosed work = closure("closure-1", CLOSURE_DATE, ClosureCause.WORK, subsidised);
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(work))
                    .expectEvents(work);
        }

        @ParameterizedTest(name = "{0}, subsidised {1}")
        @CsvSource({"STUDIES, true", "DROPOUT, false", "ACTIVE_JOB_SEEKING, true"})
        void subsidisedEmploymentWithAnotherCauseIsRejected(ClosureCause cause, boolean subsidised) {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(closure("closure-1", CLOSURE_DATE, cause, subsidised)))
                    .expectException(invalidRecord("subsidised-without-work"))
                    .expectExceptionMessage(containsString("applies only to closures with cause WORK, not " + cause));
        }
    }

    @Nested
    class Retraction {

        @Test
        void retractingARecordIsAccepted() {
            RecordRetracted retracted = retraction("retraction-1", "assessment-1");
            fixture.given(REFERRAL, ENROLMENT, assessment("assessment-1", APRIL_1, Instrument.BIP, "3"))
                    .when(new AddRecord(retracted))
                    .expectEvents(retracted)
                    .expectResultMessagePayload(new RecordOutcome("retraction-1", 3, false));
        }

        @Test
        void retractingARecordAfterClosureIsAccepted() {
            RecordRetracted retracted = retraction("retraction-1", "assessment-1");
            fixture.given(REFERRAL, ENROLMENT, assessment("assessment-1", APRIL_1, Instrument.BIP, "3"), CLOSURE)
                    .when(new AddRecord(retracted))
                    .expectEvents(retracted);
        }

        @Test
        void retractingAnUnknownRecordIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(retraction("retraction-1", "no-such-record")))
                    .expectException(conflictingRecord("retracts-unknown"))
                    .expectExceptionMessage(containsString("has no record 'no-such-record' to retract"));
        }

        @Test
        void retractingARetractionIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, retraction("retraction-1", "enrolment-1"))
                    .when(new AddRecord(retraction("retraction-2", "retraction-1")))
                    .expectException(conflictingRecord("retracts-retraction"))
                    .expectExceptionMessage(containsString("is itself a retraction"));
        }

        @Test
        void retractingARecordTwiceIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, retraction("retraction-1", "enrolment-1"))
                    .when(new AddRecord(retraction("retraction-2", "enrolment-1")))
                    .expectException(conflictingRecord("already-retracted"))
                    .expectExceptionMessage(containsString("record 'enrolment-1' is already retracted"));
        }

        @Test
        void retractingAnEnrolmentUnderAClosureIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, CLOSURE)
                    .when(new AddRecord(retraction("retraction-1", "enrolment-1")))
                    .expectException(conflictingRecord("retraction-with-dependants"))
                    .expectExceptionMessage(containsString("closure (avslut) 'closure-1' depends on it"));
        }

        @Test
        void retractingAnEnrolmentWithAnAssessmentIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, assessment("assessment-1", APRIL_1, Instrument.BIP, "3"))
                    .when(new AddRecord(retraction("retraction-1", "enrolment-1")))
                    .expectException(conflictingRecord("retraction-with-dependants"))
                    .expectExceptionMessage(containsString("assessment (skattning) 'assessment-1' depends on it"));
        }

        @Test
        void retractingAnEnrolmentWithAWorkTrainingIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"))
                    .when(new AddRecord(retraction("retraction-1", "enrolment-1")))
                    .expectException(conflictingRecord("retraction-with-dependants"))
                    .expectExceptionMessage(containsString("'wt-1-start' depends on it"));
        }

        @Test
        void retractingAnEnrolmentAfterItsDependantsAreRetractedIsAccepted() {
            RecordRetracted retracted = retraction("retraction-3", "enrolment-1");
            fixture.given(REFERRAL, ENROLMENT, assessment("assessment-1", APRIL_1, Instrument.BIP, "3"), CLOSURE,
                            retraction("retraction-1", "closure-1"), retraction("retraction-2", "assessment-1"))
                    .when(new AddRecord(retracted))
                    .expectEvents(retracted);
        }

        @Test
        void retractingATrainingStartWhoseEndStandsIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"),
                            trainingEnded("wt-1-end", JUNE_30, "wt-1"))
                    .when(new AddRecord(retraction("retraction-1", "wt-1-start")))
                    .expectException(conflictingRecord("retraction-with-dependants"))
                    .expectExceptionMessage(containsString("while its end 'wt-1-end' stands"));
        }

        @Test
        void retractingATrainingStartAfterItsEndIsRetractedIsAccepted() {
            RecordRetracted retracted = retraction("retraction-2", "wt-1-start");
            fixture.given(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"),
                            trainingEnded("wt-1-end", JUNE_30, "wt-1"), retraction("retraction-1", "wt-1-end"))
                    .when(new AddRecord(retracted))
                    .expectEvents(retracted);
        }

        @Test
        void retractingAClosureReopensTheJourneyForAnotherClosure() {
            JourneyClosed corrected = closure("closure-2", OCTOBER_15, ClosureCause.WORK, true);
            fixture.given(REFERRAL, ENROLMENT, CLOSURE, retraction("retraction-1", "closure-1"))
                    .when(new AddRecord(corrected))
                    .expectEvents(corrected);
        }

        @Test
        void retractingAClosureReopensTheJourneyForAssessments() {
            AssessmentRecorded later = assessment("assessment-1", OCTOBER_15, Instrument.WORK_ABILITY, "50");
            fixture.given(REFERRAL, ENROLMENT, CLOSURE, retraction("retraction-1", "closure-1"))
                    .when(new AddRecord(later))
                    .expectEvents(later);
        }
    }

    @Nested
    class VoidJourney {

        private final RecordRetracted referralRetracted = retraction("retraction-1", "referral-1");

        @Test
        void retractingTheReferralIsAccepted() {
            fixture.given(REFERRAL)
                    .when(new AddRecord(referralRetracted))
                    .expectEvents(referralRetracted);
        }

        @Test
        void retractingTheReferralOfAClosedJourneyIsAccepted() {
            fixture.given(REFERRAL, ENROLMENT, assessment("assessment-1", APRIL_1, Instrument.BIP, "3"),
                            trainingStarted("wt-1-start", APRIL_1, "wt-1"), CLOSURE)
                    .when(new AddRecord(referralRetracted))
                    .expectEvents(referralRetracted)
                    .expectResultMessagePayload(new RecordOutcome("retraction-1", 5, false));
        }

        @Test
        void enrolmentOnAVoidJourneyIsRejected() {
            fixture.given(REFERRAL, referralRetracted)
                    .when(new AddRecord(ENROLMENT))
                    .expectException(conflictingRecord("journey-void"))
                    .expectExceptionMessage(containsString("nothing more can be recorded on it"));
        }

        @Test
        void profileUpdateOnAVoidJourneyIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, CLOSURE, referralRetracted)
                    .when(new AddRecord(referringUnitUpdate("profile-1", OCTOBER_15, "Af Västerås")))
                    .expectException(conflictingRecord("journey-void"))
                    .expectExceptionMessage(containsString("was voided"));
        }

        @Test
        void retractionOnAVoidJourneyIsRejected() {
            fixture.given(REFERRAL, ENROLMENT, CLOSURE, referralRetracted)
                    .when(new AddRecord(retraction("retraction-2", "closure-1")))
                    .expectException(conflictingRecord("journey-void"))
                    .expectExceptionMessage(containsString("was voided"));
        }

        @Test
        void newReferralOnAVoidJourneyIsRejected() {
            fixture.given(REFERRAL, referralRetracted)
                    .when(new AddRecord(referral("referral-2", REFERRAL_DATE, 1985)))
                    .expectException(conflictingRecord("journey-void"))
                    .expectExceptionMessage(containsString("journey 'sala-0001' was voided"));
        }
    }

    @Nested
    class Duplicate {

        @Test
        void resentRecordIsAHarmlessDuplicate() {
            fixture.given(REFERRAL, ENROLMENT, CLOSURE)
                    .when(new AddRecord(ENROLMENT))
                    .expectNoEvents()
                    .expectResultMessagePayload(new RecordOutcome("enrolment-1", 1, true));
        }

        @Test
        void resentRecordFromAnotherStaffMemberIsAHarmlessDuplicate() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(ENROLMENT.withRecordedBy(OTHER_STAFF)))
                    .expectNoEvents()
                    .expectResultMessagePayload(new RecordOutcome("enrolment-1", 1, true));
        }

        @Test
        void resentReferralIsAHarmlessDuplicate() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(REFERRAL))
                    .expectNoEvents()
                    .expectResultMessagePayload(new RecordOutcome("referral-1", 0, true));
        }

        @Test
        void resentRetractedRecordIsAHarmlessDuplicateAndStaysRetracted() {
            fixture.given(REFERRAL, ENROLMENT, retraction("retraction-1", "enrolment-1"))
                    .when(new AddRecord(ENROLMENT))
                    .expectNoEvents()
                    .expectResultMessagePayload(new RecordOutcome("enrolment-1", 1, true));
        }

        @Test
        void sameRecordIdWithDifferentContentIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(enrolment("enrolment-1", APRIL_1)))
                    .expectException(conflictingRecord("record-id-taken"))
                    .expectExceptionMessage(containsString("recordId 'enrolment-1' is already used"));
        }

        @Test
        void sameRecordIdForAnotherRecordTypeIsRejected() {
            fixture.given(REFERRAL, ENROLMENT)
                    .when(new AddRecord(assessment("enrolment-1", APRIL_1, Instrument.BIP, "3")))
                    .expectException(conflictingRecord("record-id-taken"))
                    .expectExceptionMessage(containsString("for a different enrolment (inskrivning)"));
        }

        @Test
        void recordsGetSequenceNumbersInTheOrderReceived() {
            fixture.given(REFERRAL, ENROLMENT, assessment("assessment-1", APRIL_1, Instrument.BIP, "3"),
                            retraction("retraction-1", "assessment-1"))
                    .when(new AddRecord(assessment("assessment-2", APRIL_1, Instrument.BIP, "3.5")))
                    .expectResultMessagePayload(new RecordOutcome("assessment-2", 4, false));
        }
    }
}
