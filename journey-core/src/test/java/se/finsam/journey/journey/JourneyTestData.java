package se.finsam.journey.journey;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.events.AssessmentRecorded;
import se.finsam.journey.journey.events.ConsentGiven;
import se.finsam.journey.journey.events.ConsentWithdrawn;
import se.finsam.journey.journey.events.JourneyClosed;
import se.finsam.journey.journey.events.ParticipantEnrolled;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.PersonalDataErased;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.journey.events.ReferralWithdrawn;
import se.finsam.journey.journey.events.WorkTrainingEnded;
import se.finsam.journey.journey.events.WorkTrainingStarted;

/**
 * One standard journey for the tests (a woman born 1985 referred to Sala in March 2026 and enrolled two
 * weeks later), a clock fixed at {@link #TODAY}, and makers for the other records of the same journey.
 * Other modules reuse it through journey-core's test-jar.
 */
public final class JourneyTestData {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Ten o'clock on {@link #TODAY} in Sweden. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), Journey.SWEDEN);

    public static final String JOURNEY_ID = "sala-0001";
    public static final String INITIATIVE = "sala";
    public static final String STAFF = "staff-anna";
    public static final String OTHER_STAFF = "staff-bo";

    public static final LocalDate REFERRAL_DATE = LocalDate.of(2026, 3, 2);
    public static final LocalDate ENROLMENT_DATE = LocalDate.of(2026, 3, 16);
    public static final LocalDate CLOSURE_DATE = LocalDate.of(2026, 9, 30);

    public static final int BIRTH_YEAR = 1985;
    public static final String SALA = "1981";
    public static final Person PERSON = new Person(Gender.WOMAN, BIRTH_YEAR, SALA, null, null);

    public static final ParticipantReferred REFERRAL = referral("referral-1", REFERRAL_DATE, BIRTH_YEAR);
    public static final ParticipantEnrolled ENROLMENT = enrolment("enrolment-1", ENROLMENT_DATE);
    public static final JourneyClosed CLOSURE = closure("closure-1", CLOSURE_DATE, ClosureCause.STUDIES, null);

    private JourneyTestData() {
    }

    public static ParticipantReferred referral(String recordId, LocalDate date, int birthYear) {
        return new ParticipantReferred(JOURNEY_ID, recordId, date, STAFF, INITIATIVE,
                ReferringParty.EMPLOYMENT_SERVICE, "Af Sala", new Person(Gender.WOMAN, birthYear, SALA, null, null),
                SupportSource.ACTIVITY_SUPPORT, new BigDecimal("2.5"));
    }

    public static ParticipantReferred referralWithYearsInSupport(String recordId, BigDecimal years) {
        return new ParticipantReferred(JOURNEY_ID, recordId, REFERRAL_DATE, STAFF, INITIATIVE,
                ReferringParty.EMPLOYMENT_SERVICE, "Af Sala", PERSON, SupportSource.ACTIVITY_SUPPORT, years);
    }

    public static ReferralWithdrawn withdrawal(String recordId, LocalDate date) {
        return new ReferralWithdrawn(JOURNEY_ID, recordId, date, STAFF, "startade aldrig");
    }

    public static ParticipantEnrolled enrolment(String recordId, LocalDate date) {
        return new ParticipantEnrolled(JOURNEY_ID, recordId, date, STAFF);
    }

    public static AssessmentRecorded assessment(String recordId, LocalDate date, Instrument instrument, String score) {
        return new AssessmentRecorded(JOURNEY_ID, recordId, date, STAFF, instrument, new BigDecimal(score));
    }

    public static WorkTrainingStarted trainingStarted(String recordId, LocalDate date, String trainingId) {
        return trainingStarted(recordId, date, trainingId, new BigDecimal("20"));
    }

    public static WorkTrainingStarted trainingStarted(String recordId, LocalDate date, String trainingId,
                                                      BigDecimal hoursPerWeek) {
        return new WorkTrainingStarted(JOURNEY_ID, recordId, date, STAFF, trainingId, WorkplaceSector.MUNICIPAL,
                hoursPerWeek);
    }

    public static WorkTrainingEnded trainingEnded(String recordId, LocalDate date, String trainingId) {
        return new WorkTrainingEnded(JOURNEY_ID, recordId, date, STAFF, trainingId);
    }

    public static ProfileUpdated personUpdate(String recordId, LocalDate date, PersonChanges changes) {
        return new ProfileUpdated(JOURNEY_ID, recordId, date, STAFF, null, null, changes, null, null, null);
    }

    public static ProfileUpdated referringUnitUpdate(String recordId, LocalDate date, String unit) {
        return new ProfileUpdated(JOURNEY_ID, recordId, date, STAFF, null, unit, null, null, null, null);
    }

    public static ProfileUpdated yearsInSupportUpdate(String recordId, LocalDate date, BigDecimal years) {
        return new ProfileUpdated(JOURNEY_ID, recordId, date, STAFF, null, null, null, null, years, null);
    }

    public static ProfileUpdated clearing(String recordId, LocalDate date, String... fields) {
        return new ProfileUpdated(JOURNEY_ID, recordId, date, STAFF, null, null, null, null, null, Set.of(fields));
    }

    public static JourneyClosed closure(String recordId, LocalDate date, ClosureCause cause, Boolean subsidised) {
        return new JourneyClosed(JOURNEY_ID, recordId, date, STAFF, cause, SupportSource.STUDENT_FINANCE, subsidised);
    }

    public static ConsentGiven consent(String recordId, LocalDate date) {
        return new ConsentGiven(JOURNEY_ID, recordId, date, STAFF, "uppföljning av insatsen");
    }

    public static ConsentWithdrawn consentWithdrawn(String recordId, LocalDate date) {
        return new ConsentWithdrawn(JOURNEY_ID, recordId, date, STAFF, null);
    }

    public static PersonalDataErased erasure(String recordId, LocalDate date) {
        return new PersonalDataErased(JOURNEY_ID, recordId, date, OTHER_STAFF);
    }

    /** A referral whose person carries an identity number and a name, sealed as the service seals them. */
    public static ParticipantReferred referralWithPersonalData(Sealed identityNumber, Sealed name) {
        return new ParticipantReferred(JOURNEY_ID, "referral-1", REFERRAL_DATE, STAFF, INITIATIVE,
                ReferringParty.EMPLOYMENT_SERVICE, "Af Sala", new Person(Gender.WOMAN, BIRTH_YEAR, SALA, identityNumber,
                name), SupportSource.ACTIVITY_SUPPORT, new BigDecimal("2.5"));
    }

    public static RecordRetracted retraction(String recordId, String retracts) {
        return new RecordRetracted(JOURNEY_ID, recordId, TODAY, STAFF, retracts, "felregistrering");
    }
}
