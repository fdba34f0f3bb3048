package se.finsam.journey.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.journey.JourneyTestData.BIRTH_YEAR;
import static se.finsam.journey.journey.JourneyTestData.CLOSURE;
import static se.finsam.journey.journey.JourneyTestData.CLOSURE_DATE;
import static se.finsam.journey.journey.JourneyTestData.ENROLMENT;
import static se.finsam.journey.journey.JourneyTestData.ENROLMENT_DATE;
import static se.finsam.journey.journey.JourneyTestData.INITIATIVE;
import static se.finsam.journey.journey.JourneyTestData.JOURNEY_ID;
import static se.finsam.journey.journey.JourneyTestData.REFERRAL;
import static se.finsam.journey.journey.JourneyTestData.REFERRAL_DATE;
import static se.finsam.journey.journey.JourneyTestData.SALA;
import static se.finsam.journey.journey.JourneyTestData.STAFF;
import static se.finsam.journey.journey.JourneyTestData.assessment;
import static se.finsam.journey.journey.JourneyTestData.clearing;
import static se.finsam.journey.journey.JourneyTestData.consent;
import static se.finsam.journey.journey.JourneyTestData.consentWithdrawn;
import static se.finsam.journey.journey.JourneyTestData.erasure;
import static se.finsam.journey.journey.JourneyTestData.personUpdate;
import static se.finsam.journey.journey.JourneyTestData.referringUnitUpdate;
import static se.finsam.journey.journey.JourneyTestData.retraction;
import static se.finsam.journey.journey.JourneyTestData.trainingEnded;
import static se.finsam.journey.journey.JourneyTestData.trainingStarted;
import static se.finsam.journey.journey.JourneyTestData.withdrawal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.CurrentJourney.Assessment;
import se.finsam.journey.journey.CurrentJourney.Closure;
import se.finsam.journey.journey.CurrentJourney.Training;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ProfileUpdated;

/** Folding a journey's records into what they say now. */
class CurrentJourneyTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

    private static CurrentJourney current(JourneyEvent... records) {
        return JourneyHistory.of(List.of(records)).current();
    }

    @Test
    void consentItsWithdrawalAndErasureChangeNothingTheFiguresRead() {
        JourneyEvent[] journey = {REFERRAL, ENROLMENT, assessment("assessment-1", APRIL_1, Instrument.BIP, "3"),
                CLOSURE};

        CurrentJourney withPrivacyRecords = current(REFERRAL, consent("consent-1", REFERRAL_DATE), ENROLMENT,
                assessment("assessment-1", APRIL_1, Instrument.BIP, "3"), consentWithdrawn("withdrawal-1", JUNE_30),
                CLOSURE, erasure("erasure-1", CLOSURE_DATE));

        assertThat(withPrivacyRecords).isEqualTo(current(journey));
    }

    @Test
    void referralGivesThePersonAndTheReferralAsRecorded() {
        CurrentJourney journey = current(REFERRAL);

        assertThat(journey.journeyId()).isEqualTo(JOURNEY_ID);
        assertThat(journey.initiative()).isEqualTo(INITIATIVE);
        assertThat(journey.referralDate()).isEqualTo(REFERRAL_DATE);
        assertThat(journey.referringParty()).isEqualTo(ReferringParty.EMPLOYMENT_SERVICE);
        assertThat(journey.referringUnit()).isEqualTo("Af Sala");
        assertThat(journey.gender()).isEqualTo(Gender.WOMAN);
        assertThat(journey.birthYear()).isEqualTo(BIRTH_YEAR);
        assertThat(journey.homeMunicipality()).isEqualTo(SALA);
        assertThat(journey.supportBefore()).isEqualTo(SupportSource.ACTIVITY_SUPPORT);
        assertThat(journey.yearsInPublicSupport()).isEqualByComparingTo("2.5");
        assertThat(journey.isVoid()).isFalse();
        assertThat(journey.isEnrolled()).isFalse();
    }

    @Test
    void profileUpdateChangesOnlyTheFieldsItNames() {
        CurrentJourney journey = current(REFERRAL,
                personUpdate("profile-1", APRIL_1, new PersonChanges(null, null, "1980", null, null)));

        assertThat(journey.homeMunicipality()).isEqualTo("1980");
        assertThat(journey.gender()).isEqualTo(Gender.WOMAN);
        assertThat(journey.birthYear()).isEqualTo(BIRTH_YEAR);
        assertThat(journey.referringUnit()).isEqualTo("Af Sala");
        assertThat(journey.yearsInPublicSupport()).isEqualByComparingTo("2.5");
    }

    @Test
    void profileUpdateCanChangeEveryField() {
        ProfileUpdated everything = new ProfileUpdated(JOURNEY_ID, "profile-1", APRIL_1, STAFF,
                ReferringParty.MUNICIPALITY, "Socialtjänsten", new PersonChanges(Gender.NON_BINARY, 1990, "1982", null, null),
                SupportSource.SOCIAL_ASSISTANCE, new BigDecimal("4.0"), null);

        CurrentJourney journey = current(REFERRAL, everything);

        assertThat(journey.referringParty()).isEqualTo(ReferringParty.MUNICIPALITY);
        assertThat(journey.referringUnit()).isEqualTo("Socialtjänsten");
        assertThat(journey.gender()).isEqualTo(Gender.NON_BINARY);
        assertThat(journey.birthYear()).isEqualTo(1990);
        assertThat(journey.homeMunicipality()).isEqualTo("1982");
        assertThat(journey.supportBefore()).isEqualTo(SupportSource.SOCIAL_ASSISTANCE);
        assertThat(journey.yearsInPublicSupport()).isEqualByComparingTo("4");
    }

    @Test
    void laterProfileUpdateWins() {
        CurrentJourney journey = current(REFERRAL, referringUnitUpdate("profile-1", APRIL_1, "Af Västerås"),
                referringUnitUpdate("profile-2", APRIL_1, "Af Köping"));

        assertThat(journey.referringUnit()).isEqualTo("Af Köping");
    }

    @Test
    void clearedFieldsBecomeEmpty() {
        CurrentJourney journey = current(REFERRAL, clearing("profile-1", APRIL_1, ProfileFields.REFERRING_UNIT,
                ProfileFields.YEARS_IN_PUBLIC_SUPPORT, ProfileFields.HOME_MUNICIPALITY));

        assertThat(journey.referringUnit()).isNull();
        assertThat(journey.yearsInPublicSupport()).isNull();
        assertThat(journey.homeMunicipality()).isNull();
        assertThat(journey.referringParty()).isEqualTo(ReferringParty.EMPLOYMENT_SERVICE);
    }

    @Test
    void datesOfEnrolmentAndClosureAreTheirRecordsDates() {
        CurrentJourney journey = current(REFERRAL, ENROLMENT, JourneyTestData.closure("closure-1", CLOSURE_DATE,
                ClosureCause.WORK, true));

        assertThat(journey.enrolmentDate()).isEqualTo(ENROLMENT_DATE);
        assertThat(journey.closure()).isEqualTo(new Closure(CLOSURE_DATE, ClosureCause.WORK,
                SupportSource.STUDENT_FINANCE, true));
        assertThat(journey.closureDate()).isEqualTo(CLOSURE_DATE);
    }

    @Test
    void withdrawalDateIsTheWithdrawalsDate() {
        CurrentJourney journey = current(REFERRAL, withdrawal("withdrawal-1", APRIL_1));

        assertThat(journey.withdrawalDate()).isEqualTo(APRIL_1);
        assertThat(journey.isEnrolled()).isFalse();
    }

    @Test
    void openTrainingEndsOnTheClosureDate() {
        CurrentJourney journey = current(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"), CLOSURE);

        assertThat(journey.trainings()).containsExactly(
                new Training("wt-1", APRIL_1, CLOSURE_DATE, WorkplaceSector.MUNICIPAL));
    }

    @Test
    void endedTrainingKeepsItsOwnEnd() {
        CurrentJourney journey = current(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"),
                trainingEnded("wt-1-end", JUNE_30, "wt-1"), CLOSURE);

        assertThat(journey.trainings()).containsExactly(
                new Training("wt-1", APRIL_1, JUNE_30, WorkplaceSector.MUNICIPAL));
    }

    @Test
    void openTrainingOfAnOpenJourneyHasNoEnd() {
        CurrentJourney journey = current(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"));

        assertThat(journey.trainings()).containsExactly(new Training("wt-1", APRIL_1, null, WorkplaceSector.MUNICIPAL));
    }

    @Test
    void assessmentsAreListedInTheOrderReceived() {
        CurrentJourney journey = current(REFERRAL, ENROLMENT,
                assessment("assessment-1", JUNE_30, Instrument.BIP, "3.5"),
                assessment("assessment-2", APRIL_1, Instrument.WORK_ABILITY, "40"));

        assertThat(journey.assessments()).containsExactly(
                new Assessment(JUNE_30, Instrument.BIP, new BigDecimal("3.5")),
                new Assessment(APRIL_1, Instrument.WORK_ABILITY, new BigDecimal("40")));
    }

    @Test
    void retractedAssessmentIsIgnored() {
        CurrentJourney journey = current(REFERRAL, ENROLMENT,
                assessment("assessment-1", APRIL_1, Instrument.BIP, "2"),
                assessment("assessment-2", JUNE_30, Instrument.BIP, "4"), retraction("retraction-1", "assessment-1"));

        assertThat(journey.assessments()).containsExactly(new Assessment(JUNE_30, Instrument.BIP, new BigDecimal("4")));
    }

    @Test
    void retractedProfileUpdateIsIgnored() {
        CurrentJourney journey = current(REFERRAL, referringUnitUpdate("profile-1", APRIL_1, "Af Västerås"),
                retraction("retraction-1", "profile-1"));

        assertThat(journey.referringUnit()).isEqualTo("Af Sala");
    }

    @Test
    void retractedClosureReopensTheJourneyAndItsOpenTraining() {
        CurrentJourney journey = current(REFERRAL, ENROLMENT, trainingStarted("wt-1-start", APRIL_1, "wt-1"), CLOSURE,
                retraction("retraction-1", "closure-1"));

        assertThat(journey.closure()).isNull();
        assertThat(journey.closureDate()).isNull();
        assertThat(journey.trainings()).extracting(Training::end).containsExactly((LocalDate) null);
    }

    @Test
    void retractedEnrolmentLeavesTheJourneyNotEnrolled() {
        CurrentJourney journey = current(REFERRAL, ENROLMENT, retraction("retraction-1", "enrolment-1"));

        assertThat(journey.isEnrolled()).isFalse();
        assertThat(journey.enrolmentDate()).isNull();
    }

    @Test
    void voidJourneyKeepsOnlyItsIdAndInitiative() {
        CurrentJourney journey = current(REFERRAL, ENROLMENT, assessment("assessment-1", APRIL_1, Instrument.BIP, "3"),
                trainingStarted("wt-1-start", APRIL_1, "wt-1"), CLOSURE, retraction("retraction-1", "referral-1"));

        assertThat(journey.isVoid()).isTrue();
        assertThat(journey.journeyId()).isEqualTo(JOURNEY_ID);
        assertThat(journey.initiative()).isEqualTo(INITIATIVE);
        assertThat(journey.referralDate()).isNull();
        assertThat(journey.enrolmentDate()).isNull();
        assertThat(journey.closure()).isNull();
        assertThat(journey.trainings()).isEmpty();
        assertThat(journey.assessments()).isEmpty();
    }
}
