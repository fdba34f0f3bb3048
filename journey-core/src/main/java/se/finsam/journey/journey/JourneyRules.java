package se.finsam.journey.journey;

import static se.finsam.journey.journey.RuleViolation.conflict;
import static se.finsam.journey.journey.RuleViolation.invalid;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.journey.events.AssessmentRecorded;
import se.finsam.journey.journey.events.JourneyClosed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantEnrolled;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.PersonalDataErased;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.journey.events.ReferralWithdrawn;
import se.finsam.journey.journey.events.WorkTrainingEnded;
import se.finsam.journey.journey.events.WorkTrainingStarted;

/**
 * The journey rules of DOMAIN.md: given everything a journey holds, decide whether a proposed record may be
 * added. First the record on its own, then against the journey's state. Pure and deterministic: "today"
 * is passed in, so the aggregate and the bulk import decide exactly alike.
 */
public final class JourneyRules {

    /** Finsam (SFS 2003:1210) came into force on this day; no journey record can be older. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2004, 1, 1);
    public static final int YOUNGEST_AGE = 16;
    public static final int OLDEST_AGE = 67;
    public static final BigDecimal MOST_HOURS_PER_WEEK = BigDecimal.valueOf(80);
    /** A working life: more years than this in public support is a typing error, not a history. */
    public static final BigDecimal MOST_YEARS_IN_PUBLIC_SUPPORT = BigDecimal.valueOf(60);

    private JourneyRules() {
    }

    public static Decision decide(JourneyHistory history, JourneyEvent proposed, LocalDate today) {
        return decide(history, proposed, today, SealedComparison.BY_SEALED_TEXT);
    }

    /**
     * As {@link #decide(JourneyHistory, JourneyEvent, LocalDate)}, comparing the personal data of a resent record
     * by what it says ({@code sealedValues}) rather than by its sealed text, which a change of key format changes.
     */
    public static Decision decide(JourneyHistory history, JourneyEvent proposed, LocalDate today,
                                  SealedComparison sealedValues) {
        Optional<JourneyEvent> sameId = history.record(proposed.recordId());
        if (sameId.isPresent()) {
            return duplicateOf(history, sameId.get(), proposed, sealedValues);
        }
        checkDate(proposed, today);
        if (history.isEmpty() && !(proposed instanceof ParticipantReferred)) {
            throw new RuleViolation(RuleViolation.Kind.NOT_FOUND, "no-referral", "journey '" + proposed.journeyId()
                    + "' has no referral: its first record must be a referral (anvisning), not a "
                    + proposed.type().described()).with("journeyId", proposed.journeyId())
                    .with("type", proposed.type().wireName());
        }
        if (history.isVoid() && !proposed.erasesPersonalData()) {
            // Erasure stays possible: a journey registered in error may still hold somebody's personal data.
            throw conflict("journey-void", "journey '" + proposed.journeyId() + "' was voided (its referral was "
                    + "retracted): nothing more can be recorded on it").with("journeyId", proposed.journeyId());
        }
        PersonalDataRules.noPersonalDataAfterErasure(history, proposed);
        Runnable rulesOfItsType = switch (proposed.type()) {
            case REFERRAL -> () -> referralAllowed(history, (ParticipantReferred) proposed);
            case REFERRAL_WITHDRAWN -> () -> withdrawalAllowed(history, (ReferralWithdrawn) proposed);
            case ENROLMENT -> () -> enrolmentAllowed(history, (ParticipantEnrolled) proposed);
            case ASSESSMENT -> () -> assessmentAllowed(history, (AssessmentRecorded) proposed);
            case WORK_TRAINING_STARTED -> () -> trainingStartAllowed(history, (WorkTrainingStarted) proposed);
            case WORK_TRAINING_ENDED -> () -> trainingEndAllowed(history, (WorkTrainingEnded) proposed);
            case PROFILE_UPDATE -> () -> profileUpdateAllowed(history, (ProfileUpdated) proposed);
            case CLOSURE -> () -> closureAllowed(history, (JourneyClosed) proposed);
            case RETRACTION -> () -> retractionAllowed(history, (RecordRetracted) proposed);
            case CONSENT -> () -> PersonalDataRules.consentAllowed(history);
            case CONSENT_WITHDRAWN -> () -> PersonalDataRules.consentWithdrawalAllowed(history);
            case PERSONAL_DATA_ERASED -> () -> PersonalDataRules.erasureAllowed(history, (PersonalDataErased) proposed);
        };
        rulesOfItsType.run();
        return new Decision(proposed, history.nextSequenceNumber(), false);
    }

    /**
     * A resent record is the same when everything but its personal data is equal and its personal data says the
     * same (compared opened, so a record sealed under an earlier key format is still recognised). Once the
     * personal data is erased, it can only be compared without it (it can no longer be read); nothing is stored
     * for a duplicate, so nothing personal comes back.
     */
    private static Decision duplicateOf(JourneyHistory history, JourneyEvent stored, JourneyEvent proposed,
                                        SealedComparison sealedValues) {
        boolean same = stored.sameRecordAs(proposed)
                || (stored.withoutPersonalData().sameRecordAs(proposed.withoutPersonalData())
                    && (history.personalDataErasure().isPresent() || samePersonalData(stored, proposed, sealedValues)));
        if (!same) {
            throw conflict("record-id-taken", "recordId '" + proposed.recordId() + "' is already used in journey '"
                    + proposed.journeyId() + "' for a different " + stored.type().described()
                    + " dated " + stored.date() + "; a corrected record needs a new recordId").at("recordId")
                    .with("recordId", proposed.recordId()).with("type", stored.type().wireName())
                    .with("date", stored.date());
        }
        return new Decision(stored, history.sequenceNumberOf(stored.recordId()), true);
    }

    private static boolean samePersonalData(JourneyEvent stored, JourneyEvent proposed, SealedComparison sealedValues) {
        List<Sealed> before = stored.sealedValues();
        List<Sealed> now = proposed.sealedValues();
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            Sealed a = before.get(i);
            Sealed b = now.get(i);
            if (!(a == null ? b == null : b != null && sealedValues.same(stored.journeyId(), a, b))) {
                return false;
            }
        }
        return true;
    }

    private static void checkDate(JourneyEvent proposed, LocalDate today) {
        if (proposed.date().isAfter(today)) {
            throw invalid("date-in-future", "date " + proposed.date() + " of the " + proposed.type().described()
                    + " is in the future (today is " + today + ")").at("date").with("date", proposed.date())
                    .with("today", today);
        }
        if (proposed.date().isBefore(EARLIEST_DATE)) {
            throw invalid("date-too-early", "date " + proposed.date() + " of the " + proposed.type().described()
                    + " is before " + EARLIEST_DATE + ", when Finsam began").at("date").with("date", proposed.date())
                    .with("earliest", EARLIEST_DATE);
        }
    }

    private static void referralAllowed(JourneyHistory history, ParticipantReferred referral) {
        if (PersonalIdentityNumber.looksLikeOne(referral.journeyId())) {
            // The message must not repeat the id: it may be somebody's identity number and messages reach logs.
            throw invalid("journey-id-like-identity-number", "the journeyId is shaped like a personal identity number "
                    + "(personnummer); a journeyId must not contain a personal identity number").at("journeyId");
        }
        if (!history.isEmpty()) {
            throw conflict("second-referral", "journey '" + referral.journeyId() + "' already has a referral (record '"
                    + history.events().get(0).recordId() + "'); a new participation needs a new journeyId")
                    .with("journeyId", referral.journeyId());
        }
        ageAtReferralAllowed(referral.date(), referral.person().birthYear());
        yearsInSupportAllowed(referral.yearsInPublicSupport());
    }

    private static void ageAtReferralAllowed(LocalDate referralDate, int birthYear) {
        int age = referralDate.getYear() - birthYear;
        if (age < YOUNGEST_AGE || age > OLDEST_AGE) {
            throw invalid("age-out-of-range", "birth year " + birthYear + " gives age " + age + " at referral in "
                    + referralDate.getYear() + "; participants must be " + YOUNGEST_AGE + "–" + OLDEST_AGE)
                    .at("person.birthYear").with("birthYear", birthYear).with("age", age)
                    .with("year", referralDate.getYear()).with("youngest", YOUNGEST_AGE).with("oldest", OLDEST_AGE);
        }
    }

    private static void yearsInSupportAllowed(BigDecimal years) {
        if (years != null && (years.signum() < 0 || years.compareTo(MOST_YEARS_IN_PUBLIC_SUPPORT) > 0
                || years.stripTrailingZeros().scale() > 1)) {
            throw invalid("years-in-support-invalid", "yearsInPublicSupport " + shown(years)
                    + " must be a number of years from 0 to " + MOST_YEARS_IN_PUBLIC_SUPPORT + " with at most one decimal")
                    .at("yearsInPublicSupport").with("most", MOST_YEARS_IN_PUBLIC_SUPPORT);
        }
    }

    /** A number as a message repeats it: in full when short, else in six digits (1E+308, not 309 digits). */
    static String shown(BigDecimal number) {
        String plain = number.toPlainString();
        return plain.length() <= 24 ? plain : number.round(new MathContext(6)).stripTrailingZeros().toString();
    }

    private static void withdrawalAllowed(JourneyHistory history, ReferralWithdrawn withdrawal) {
        notClosed(history, withdrawal);
        history.enrolment().ifPresent(enrolment -> {
            throw conflict("withdrawal-after-enrolment", "the participant was enrolled on " + enrolment.date()
                    + ": a referral can only be withdrawn (återtagen) before enrolment").at("date")
                    .with("enrolmentDate", enrolment.date());
        });
        history.withdrawal().ifPresent(earlier -> {
            throw conflict("second-withdrawal", "the referral was already withdrawn on " + earlier.date()
                    + " (record '" + earlier.recordId() + "')").with("date", earlier.date())
                    .with("recordId", earlier.recordId());
        });
        notBefore(withdrawal, "referral", history.referral().orElseThrow());
    }

    private static void enrolmentAllowed(JourneyHistory history, ParticipantEnrolled enrolment) {
        notClosed(history, enrolment);
        history.enrolment().ifPresent(earlier -> {
            throw conflict("second-enrolment", "the participant is already enrolled since " + earlier.date()
                    + " (record '" + earlier.recordId() + "'); a journey has one enrolment").with("date", earlier.date())
                    .with("recordId", earlier.recordId());
        });
        history.withdrawal().ifPresent(withdrawal -> {
            throw conflict("enrolment-after-withdrawal", "the referral was withdrawn on " + withdrawal.date()
                    + "; retract the withdrawal first if the participant did start").at("date")
                    .with("withdrawalDate", withdrawal.date());
        });
        notBefore(enrolment, "referral", history.referral().orElseThrow());
    }

    private static void assessmentAllowed(JourneyHistory history, AssessmentRecorded assessment) {
        if (!assessment.instrument().onScale(assessment.score())) {
            throw invalid("score-off-scale", "score " + shown(assessment.score()) + " is outside the "
                    + assessment.instrument() + " scale " + assessment.instrument().scale()).at("score")
                    .with("instrument", assessment.instrument()).with("scale", assessment.instrument().scale());
        }
        whileEnrolled(history, assessment);
    }

    private static void trainingStartAllowed(JourneyHistory history, WorkTrainingStarted start) {
        if (start.hoursPerWeek() != null && (start.hoursPerWeek().signum() <= 0
                || start.hoursPerWeek().compareTo(MOST_HOURS_PER_WEEK) > 0)) {
            throw invalid("hours-out-of-range", "hoursPerWeek " + shown(start.hoursPerWeek())
                    + " must be more than 0 and at most " + MOST_HOURS_PER_WEEK).at("hoursPerWeek")
                    .with("most", MOST_HOURS_PER_WEEK);
        }
        whileEnrolled(history, start);
        history.trainingStart(start.trainingId()).ifPresent(earlier -> {
            throw conflict("training-id-taken", "work training '" + start.trainingId() + "' was already started on "
                    + earlier.date() + "; each placement needs its own trainingId").at("trainingId")
                    .with("trainingId", start.trainingId()).with("date", earlier.date());
        });
    }

    private static void trainingEndAllowed(JourneyHistory history, WorkTrainingEnded end) {
        whileEnrolled(history, end);
        WorkTrainingStarted start = history.trainingStart(end.trainingId()).orElseThrow(() -> conflict(
                "training-not-started", "no work training '" + end.trainingId() + "' has been started in this journey")
                .at("trainingId").with("trainingId", end.trainingId()));
        history.trainingEnd(end.trainingId()).ifPresent(earlier -> {
            throw conflict("training-already-ended", "work training '" + end.trainingId() + "' already ended on "
                    + earlier.date()).at("trainingId").with("trainingId", end.trainingId()).with("date", earlier.date());
        });
        notBefore(end, "start of work training '" + end.trainingId() + "'", start);
    }

    private static void profileUpdateAllowed(JourneyHistory history, ProfileUpdated update) {
        boolean changesPerson = update.person() != null && (update.person().gender() != null
                || update.person().birthYear() != null || update.person().homeMunicipality() != null
                || update.person().personalIdentityNumber() != null || update.person().name() != null);
        if (!changesPerson && update.referringParty() == null && update.referringUnit() == null
                && update.supportBefore() == null && update.yearsInPublicSupport() == null
                && (update.cleared() == null || update.cleared().isEmpty())) {
            throw invalid("empty-profile-update", "the profile-update (ändrade uppgifter) changes no field");
        }
        if (update.person() != null && update.person().birthYear() != null) {
            ageAtReferralAllowed(history.referral().orElseThrow().date(), update.person().birthYear());
        }
        yearsInSupportAllowed(update.yearsInPublicSupport());
    }

    private static void closureAllowed(JourneyHistory history, JourneyClosed closure) {
        if (closure.subsidisedEmployment() != null && closure.cause() != ClosureCause.WORK) {
            throw invalid("subsidised-without-work", "subsidisedEmployment applies only to closures with cause WORK, "
                    + "not " + closure.cause()).at("subsidisedEmployment").with("cause", closure.cause());
        }
        notClosed(history, closure);
        ParticipantEnrolled enrolment = history.enrolment().orElseThrow(() -> conflict("closure-before-enrolment",
                "the participant is not enrolled: a closure (avslut) needs an enrolment (inskrivning) first").at("date"));
        notBefore(closure, "enrolment", enrolment);
        history.latestActivity().ifPresent(latest -> notBefore(closure, latest.type().described(), latest));
    }

    private static void retractionAllowed(JourneyHistory history, RecordRetracted retraction) {
        JourneyEvent target = history.record(retraction.retracts()).orElseThrow(() -> conflict("retracts-unknown",
                "journey '" + retraction.journeyId() + "' has no record '" + retraction.retracts() + "' to retract")
                .at("retracts").with("recordId", retraction.retracts()));
        if (target instanceof RecordRetracted) {
            throw conflict("retracts-retraction", "record '" + target.recordId() + "' is itself a retraction and cannot "
                    + "be retracted; record the right record again instead").at("retracts")
                    .with("recordId", target.recordId());
        }
        if (target.erasesPersonalData()) {
            throw conflict("erasure-is-final", "record '" + target.recordId() + "' (" + target.type().described()
                    + ") erased the personal data of this journey for good; it cannot be retracted").at("retracts")
                    .with("recordId", target.recordId());
        }
        if (history.isRetracted(target.recordId())) {
            throw conflict("already-retracted", "record '" + target.recordId() + "' is already retracted")
                    .at("retracts").with("recordId", target.recordId());
        }
        if (target instanceof ParticipantEnrolled) {
            history.dependingOnEnrolment().findFirst().ifPresent(dependant -> {
                throw conflict("retraction-with-dependants", "the enrolment cannot be retracted while the "
                        + dependant.type().described() + " '" + dependant.recordId() + "' depends on it; retract that first")
                        .at("retracts").with("recordId", dependant.recordId()).with("type", dependant.type().wireName());
            });
        }
        if (target instanceof WorkTrainingStarted start) {
            history.trainingEnd(start.trainingId()).ifPresent(end -> {
                throw conflict("retraction-with-dependants", "the start of work training '" + start.trainingId()
                        + "' cannot be retracted while its end '" + end.recordId() + "' stands; retract the end first")
                        .at("retracts").with("recordId", end.recordId()).with("type", end.type().wireName());
            });
        }
    }

    private static void whileEnrolled(JourneyHistory history, JourneyEvent proposed) {
        notClosed(history, proposed);
        ParticipantEnrolled enrolment = history.enrolment().orElseThrow(() -> conflict("not-enrolled",
                "a " + proposed.type().described() + " can only be recorded while the participant is enrolled, "
                        + "and this journey has no enrolment (inskrivning)").at("date")
                .with("type", proposed.type().wireName()));
        notBefore(proposed, "enrolment", enrolment);
    }

    private static void notClosed(JourneyHistory history, JourneyEvent proposed) {
        history.closure().ifPresent(closure -> {
            throw conflict("record-after-closure", "the journey was closed on " + closure.date() + " (record '"
                    + closure.recordId() + "'): after a closure only profile-update and retraction are allowed, "
                    + "not a " + proposed.type().described()).with("date", closure.date())
                    .with("recordId", closure.recordId()).with("type", proposed.type().wireName());
        });
    }

    private static void notBefore(JourneyEvent proposed, String earlierName, JourneyEvent earlier) {
        if (proposed.date().isBefore(earlier.date())) {
            throw conflict(proposed.type().wireName() + "-before-" + earlier.type().wireName(),
                    "the " + proposed.type().described() + " dated " + proposed.date() + " is before the "
                            + earlierName + " on " + earlier.date()).at("date").with("date", proposed.date())
                    .with("earlierDate", earlier.date());
        }
    }
}
