package se.finsam.journey.journey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.events.AssessmentRecorded;
import se.finsam.journey.journey.events.JourneyClosed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.WorkTrainingEnded;
import se.finsam.journey.journey.events.WorkTrainingStarted;

/**
 * What a journey's live records say now: the person and referral as last updated, the dates that decide
 * what it counts as, its placements (an open one ends on the closure date) and its assessments.
 * {@code referralDate == null} means the journey is void.
 */
public record CurrentJourney(String journeyId, String initiative, LocalDate referralDate,
                             ReferringParty referringParty, String referringUnit, Gender gender, int birthYear,
                             String homeMunicipality, SupportSource supportBefore,
                             BigDecimal yearsInPublicSupport, LocalDate enrolmentDate, LocalDate withdrawalDate,
                             Closure closure, List<Training> trainings, List<Assessment> assessments) {

    public record Closure(LocalDate date, ClosureCause cause, SupportSource supportAfter, Boolean subsidised) {
    }

    public record Training(String trainingId, LocalDate start, LocalDate end, WorkplaceSector sector) {
    }

    public record Assessment(LocalDate date, Instrument instrument, BigDecimal score) {
    }

    public boolean isVoid() {
        return referralDate == null;
    }

    public boolean isEnrolled() {
        return enrolmentDate != null;
    }

    public LocalDate closureDate() {
        return closure == null ? null : closure.date();
    }

    static CurrentJourney of(JourneyHistory history) {
        String journeyId = history.events().isEmpty() ? null : history.events().get(0).journeyId();
        String initiative = history.initiative().orElse(null);
        if (history.isVoid() || history.isEmpty()) {
            return new CurrentJourney(journeyId, initiative, null, null, null, null, 0, null, null, null,
                    null, null, null, List.of(), List.of());
        }
        Builder b = new Builder();
        history.live().forEach(b::apply);
        List<Training> trainings = new ArrayList<>();
        for (WorkTrainingStarted start : b.starts.values()) {
            LocalDate end = b.ends.containsKey(start.trainingId()) ? b.ends.get(start.trainingId())
                    : b.closure == null ? null : b.closure.date();
            trainings.add(new Training(start.trainingId(), start.date(), end, start.sector()));
        }
        return new CurrentJourney(journeyId, initiative, b.referral.date(), b.party, b.unit, b.gender,
                b.birthYear, b.municipality, b.supportBefore, b.years, b.enrolment, b.withdrawal, b.closure,
                List.copyOf(trainings), List.copyOf(b.assessments));
    }

    /** Folds live records in the order received. */
    private static final class Builder {
        ParticipantReferred referral;
        ReferringParty party;
        String unit;
        Gender gender;
        int birthYear;
        String municipality;
        SupportSource supportBefore;
        BigDecimal years;
        LocalDate enrolment;
        LocalDate withdrawal;
        Closure closure;
        final Map<String, WorkTrainingStarted> starts = new LinkedHashMap<>();
        final Map<String, LocalDate> ends = new LinkedHashMap<>();
        final List<Assessment> assessments = new ArrayList<>();

        /** Every record type is named, so that a new one cannot be forgotten here (the compiler asks). */
        Builder apply(JourneyEvent event) {
            return switch (event.type()) {
                case REFERRAL -> referred((ParticipantReferred) event);
                case PROFILE_UPDATE -> update((ProfileUpdated) event);
                case ENROLMENT -> {
                    enrolment = event.date();
                    yield this;
                }
                case REFERRAL_WITHDRAWN -> {
                    withdrawal = event.date();
                    yield this;
                }
                case CLOSURE -> closed((JourneyClosed) event);
                case WORK_TRAINING_STARTED -> {
                    WorkTrainingStarted start = (WorkTrainingStarted) event;
                    starts.put(start.trainingId(), start);
                    yield this;
                }
                case WORK_TRAINING_ENDED -> {
                    ends.put(((WorkTrainingEnded) event).trainingId(), event.date());
                    yield this;
                }
                case ASSESSMENT -> {
                    AssessmentRecorded a = (AssessmentRecorded) event;
                    assessments.add(new Assessment(a.date(), a.instrument(), a.score()));
                    yield this;
                }
                // Retractions are applied by leaving out what they retract (only live records come here); consent
                // and erasure carry no figure.
                case RETRACTION, CONSENT, CONSENT_WITHDRAWN, PERSONAL_DATA_ERASED -> this;
            };
        }

        private Builder referred(ParticipantReferred r) {
            referral = r;
            party = r.referringParty();
            unit = r.referringUnit();
            gender = r.person().gender();
            birthYear = r.person().birthYear();
            municipality = r.person().homeMunicipality();
            supportBefore = r.supportBefore();
            years = r.yearsInPublicSupport();
            return this;
        }

        private Builder closed(JourneyClosed c) {
            closure = new Closure(c.date(), c.cause(), c.supportAfter(), c.subsidisedEmployment());
            return this;
        }

        private Builder update(ProfileUpdated u) {
            Set<String> cleared = u.cleared() == null ? Set.of() : u.cleared();
            if (u.referringParty() != null) {
                party = u.referringParty();
            }
            if (u.referringUnit() != null || cleared.contains(ProfileFields.REFERRING_UNIT)) {
                unit = u.referringUnit();
            }
            if (u.supportBefore() != null) {
                supportBefore = u.supportBefore();
            }
            if (u.yearsInPublicSupport() != null || cleared.contains(ProfileFields.YEARS_IN_PUBLIC_SUPPORT)) {
                years = u.yearsInPublicSupport();
            }
            if (u.person() != null) {
                if (u.person().gender() != null) {
                    gender = u.person().gender();
                }
                if (u.person().birthYear() != null) {
                    birthYear = u.person().birthYear();
                }
                if (u.person().homeMunicipality() != null) {
                    municipality = u.person().homeMunicipality();
                }
            }
            if (cleared.contains(ProfileFields.HOME_MUNICIPALITY)) {
                municipality = null;
            }
            return this;
        }
    }
}
