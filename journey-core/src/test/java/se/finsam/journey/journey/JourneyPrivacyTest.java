package se.finsam.journey.journey;

import static org.hamcrest.Matchers.containsString;
import static se.finsam.journey.journey.JourneyTestData.CLOCK;
import static se.finsam.journey.journey.JourneyTestData.CLOSURE;
import static se.finsam.journey.journey.JourneyTestData.ENROLMENT;
import static se.finsam.journey.journey.JourneyTestData.REFERRAL;
import static se.finsam.journey.journey.JourneyTestData.REFERRAL_DATE;
import static se.finsam.journey.journey.JourneyTestData.TODAY;
import static se.finsam.journey.journey.JourneyTestData.consent;
import static se.finsam.journey.journey.JourneyTestData.consentWithdrawn;
import static se.finsam.journey.journey.JourneyTestData.erasure;
import static se.finsam.journey.journey.JourneyTestData.personUpdate;
import static se.finsam.journey.journey.JourneyTestData.referralWithPersonalData;
import static se.finsam.journey.journey.JourneyTestData.referringUnitUpdate;
import static se.finsam.journey.journey.JourneyTestData.retraction;
import static se.finsam.journey.journey.RuleViolations.conflictingRecord;
import static se.finsam.journey.journey.RuleViolations.invalidRecord;
import static se.finsam.journey.journey.RuleViolations.unknownJourney;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.finsam.journey.journey.events.ConsentGiven;
import se.finsam.journey.journey.events.ConsentWithdrawn;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.PersonalDataErased;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;

/** Consent, its withdrawal and erasure on request: the journey rules about personal data, through the aggregate. */
class JourneyPrivacyTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate OCTOBER_15 = LocalDate.of(2026, 10, 15);
    private static final Sealed IDENTITY_NUMBER = new Sealed("c2VhbGVkIGlkZW50aXR5IG51bWJlcg==");
    private static final Sealed NAME = new Sealed("c2VhbGVkIG5hbWU=");
    /** What the service passes on for a value it can no longer seal: the journey's key is gone. */
    private static final Sealed UNSEALABLE = new Sealed("");
    private static final ParticipantReferred REFERRAL_WITH_PERSON = referralWithPersonalData(IDENTITY_NUMBER, NAME);

    private FixtureConfiguration<Journey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Journey.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(SealedComparison.BY_SEALED_TEXT);
    }

    @Test
    void consentWithItsPurposeIsAccepted() {
        ConsentGiven consent = consent("consent-1", REFERRAL_DATE);
        fixture.given(REFERRAL)
                .when(new AddRecord(consent))
                .expectEvents(consent);
    }

    @Test
    void consentAfterClosureIsAccepted() {
        ConsentGiven consent = consent("consent-1", REFERRAL_DATE);
        fixture.given(REFERRAL, ENROLMENT, CLOSURE)
                .when(new AddRecord(consent))
                .expectEvents(consent);
    }

    @Test
    void consentAsTheFirstRecordOfAJourneyIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new AddRecord(consent("consent-1", REFERRAL_DATE)))
                .expectException(unknownJourney("no-referral"));
    }

    @Test
    void consentDatedInTheFutureIsRejected() {
        fixture.given(REFERRAL)
                .when(new AddRecord(consent("consent-1", TODAY.plusDays(1))))
                .expectException(invalidRecord("date-in-future"));
    }

    @Test
    void consentWithdrawalIsAcceptedEvenAfterClosure() {
        ConsentWithdrawn withdrawal = consentWithdrawn("withdrawal-1", OCTOBER_15);
        fixture.given(REFERRAL_WITH_PERSON, consent("consent-1", REFERRAL_DATE), ENROLMENT, CLOSURE)
                .when(new AddRecord(withdrawal))
                .expectEvents(withdrawal);
    }

    @Test
    void consentWithdrawalWithoutARecordedConsentIsAccepted() {
        ConsentWithdrawn withdrawal = consentWithdrawn("withdrawal-1", APRIL_1);
        fixture.given(REFERRAL_WITH_PERSON)
                .when(new AddRecord(withdrawal))
                .expectEvents(withdrawal);
    }

    @Test
    void secondConsentWithdrawalIsRejected() {
        fixture.given(REFERRAL, consentWithdrawn("withdrawal-1", APRIL_1))
                .when(new AddRecord(consentWithdrawn("withdrawal-2", OCTOBER_15)))
                .expectException(conflictingRecord("consent-already-withdrawn"))
                .expectExceptionMessage(containsString("already withdrawn on 2026-04-01"));
    }

    @Test
    void consentAfterItsWithdrawalIsRejected() {
        fixture.given(REFERRAL, consentWithdrawn("withdrawal-1", APRIL_1))
                .when(new AddRecord(consent("consent-2", OCTOBER_15)))
                .expectException(conflictingRecord("consent-after-erasure"));
    }

    @Test
    void erasureIsAcceptedAndNeedsNoConsentRecord() {
        PersonalDataErased erased = erasure("erasure-1", TODAY);
        fixture.given(REFERRAL_WITH_PERSON, ENROLMENT)
                .when(new AddRecord(erased))
                .expectEvents(erased)
                .expectResultMessagePayload(new RecordOutcome("erasure-1", 2, false));
    }

    @Test
    void erasureOfAVoidJourneyIsAccepted() {
        PersonalDataErased erased = erasure("erasure-1", TODAY);
        fixture.given(REFERRAL_WITH_PERSON, retraction("retraction-1", "referral-1"))
                .when(new AddRecord(erased))
                .expectEvents(erased);
    }

    @Test
    void secondErasureIsRejected() {
        fixture.given(REFERRAL_WITH_PERSON, consentWithdrawn("withdrawal-1", APRIL_1))
                .when(new AddRecord(erasure("erasure-1", TODAY)))
                .expectException(conflictingRecord("personal-data-already-erased"))
                .expectExceptionMessage(containsString("record 'withdrawal-1'"));
    }

    @Test
    void identityNumberOrNameAfterErasureIsRejected() {
        fixture.given(REFERRAL_WITH_PERSON, erasure("erasure-1", TODAY))
                .when(new AddRecord(personUpdate("profile-1", TODAY, new PersonChanges(null, null, null, null, NAME))))
                .expectException(conflictingRecord("personal-data-erased"))
                .expectExceptionMessage(containsString("send the profile-update (ändrade uppgifter) without them"));
    }

    @Test
    void recordsWithoutPersonalDataAreStillAcceptedAfterErasure() {
        ProfileUpdated unit = referringUnitUpdate("profile-1", OCTOBER_15, "Af Västerås");
        fixture.given(REFERRAL_WITH_PERSON, ENROLMENT, erasure("erasure-1", TODAY))
                .when(new AddRecord(unit))
                .expectEvents(unit);
    }

    @Test
    void resentReferralAfterErasureIsAHarmlessDuplicateThoughItsPersonalDataCanNoLongerBeCompared() {
        fixture.given(REFERRAL_WITH_PERSON, ENROLMENT, erasure("erasure-1", TODAY))
                .when(new AddRecord(referralWithPersonalData(UNSEALABLE, UNSEALABLE)))
                .expectNoEvents()
                .expectResultMessagePayload(new RecordOutcome("referral-1", 0, true));
    }

    @Test
    void resentReferralWithOtherPersonalDataIsRejectedWhileItCanStillBeCompared() {
        fixture.given(REFERRAL_WITH_PERSON, ENROLMENT)
                .when(new AddRecord(referralWithPersonalData(IDENTITY_NUMBER, new Sealed("b3RoZXIgbmFtZQ=="))))
                .expectException(conflictingRecord("record-id-taken"));
    }

    @Test
    void erasureCannotBeRetracted() {
        fixture.given(REFERRAL_WITH_PERSON, erasure("erasure-1", TODAY))
                .when(new AddRecord(retraction("retraction-1", "erasure-1")))
                .expectException(conflictingRecord("erasure-is-final"))
                .expectExceptionMessage(containsString("erased the personal data of this journey for good"));
    }

    @Test
    void consentWithdrawalCannotBeRetracted() {
        fixture.given(REFERRAL_WITH_PERSON, consentWithdrawn("withdrawal-1", APRIL_1))
                .when(new AddRecord(retraction("retraction-1", "withdrawal-1")))
                .expectException(conflictingRecord("erasure-is-final"));
    }

    @Test
    void consentCanBeRetractedAsRecordedInError() {
        RecordRetracted retracted = retraction("retraction-1", "consent-1");
        fixture.given(REFERRAL, consent("consent-1", APRIL_1))
                .when(new AddRecord(retracted))
                .expectEvents(retracted);
    }

    @Test
    void resentReferralWhosePersonalDataWasSealedAnewIsADuplicateWhenItOpensToTheSameValues() {
        Sealed sealedTheOldWay = new Sealed("b2xkIGtleSBmb3JtYXQ=");
        withKeys((journeyId, stored, proposed) -> stored.equals(proposed)
                || (stored.equals(sealedTheOldWay) && proposed.equals(IDENTITY_NUMBER))).given(referralWithPersonalData(sealedTheOldWay, NAME), ENROLMENT)
                .when(new AddRecord(REFERRAL_WITH_PERSON))
                .expectNoEvents()
                .expectResultMessagePayload(new RecordOutcome("referral-1", 0, true));
    }

    @Test
    void resentReferralWhosePersonalDataOpensToOtherValuesIsRejected() {
        withKeys((journeyId, stored, proposed) -> false).given(referralWithPersonalData(new Sealed("b2xkIGtleSBmb3JtYXQ="), NAME), ENROLMENT)
                .when(new AddRecord(REFERRAL_WITH_PERSON))
                .expectException(conflictingRecord("record-id-taken"));
    }

    @Test
    void resentReferralWithoutTheNameItWasStoredWithIsRejected() {
        fixture.given(REFERRAL_WITH_PERSON, ENROLMENT)
                .when(new AddRecord(referralWithPersonalData(IDENTITY_NUMBER, null)))
                .expectException(conflictingRecord("record-id-taken"));
    }

    /** A fixture whose service opens sealed values as {@code opened} says. */
    private static FixtureConfiguration<Journey> withKeys(SealedComparison opened) {
        FixtureConfiguration<Journey> fixture = new AggregateTestFixture<>(Journey.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(opened);
        return fixture;
    }
}
