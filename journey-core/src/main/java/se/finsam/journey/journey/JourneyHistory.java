package se.finsam.journey.journey;

import java.util.Optional;
import java.util.stream.Stream;
import se.finsam.journey.journey.events.ConsentWithdrawn;
import se.finsam.journey.journey.events.JourneyClosed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantEnrolled;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.journey.events.ReferralWithdrawn;
import se.finsam.journey.journey.events.WorkTrainingEnded;
import se.finsam.journey.journey.events.WorkTrainingStarted;
import se.finsam.journey.records.RecordHistory;

/**
 * Every record of one journey in the order received, and which of them are retracted (kept by {@link
 * RecordHistory}, as for ledgers). A record is <em>live</em> when it is neither a retraction nor retracted; the
 * journey's state is what its live records say.
 */
public final class JourneyHistory extends RecordHistory<JourneyEvent> {

    public static JourneyHistory of(Iterable<? extends JourneyEvent> events) {
        JourneyHistory history = new JourneyHistory();
        events.forEach(history::add);
        return history;
    }

    @Override
    protected String recordIdOf(JourneyEvent event) {
        return event.recordId();
    }

    @Override
    protected Optional<String> retractionTarget(JourneyEvent event) {
        return event instanceof RecordRetracted retraction ? Optional.of(retraction.retracts()) : Optional.empty();
    }

    /** The initiative named by the first referral, also for a voided journey. */
    public Optional<String> initiative() {
        return events().isEmpty() || !(events().get(0) instanceof ParticipantReferred referral)
                ? Optional.empty() : Optional.of(referral.initiative());
    }

    public boolean isVoid() {
        return !events().isEmpty() && referral().isEmpty();
    }

    public Optional<ParticipantReferred> referral() {
        return liveOfType(ParticipantReferred.class).findFirst();
    }

    public Optional<ParticipantEnrolled> enrolment() {
        return liveOfType(ParticipantEnrolled.class).findFirst();
    }

    public Optional<ReferralWithdrawn> withdrawal() {
        return liveOfType(ReferralWithdrawn.class).findFirst();
    }

    public Optional<JourneyClosed> closure() {
        return liveOfType(JourneyClosed.class).findFirst();
    }

    public Optional<WorkTrainingStarted> trainingStart(String trainingId) {
        return liveOfType(WorkTrainingStarted.class).filter(s -> s.trainingId().equals(trainingId)).findFirst();
    }

    public Optional<WorkTrainingEnded> trainingEnd(String trainingId) {
        return liveOfType(WorkTrainingEnded.class).filter(s -> s.trainingId().equals(trainingId)).findFirst();
    }

    /**
     * The record that erased the journey's personal data (a consent withdrawal or an erasure on request), if any.
     * Erasure destroys a key, so it counts whatever else the history says.
     */
    public Optional<JourneyEvent> personalDataErasure() {
        return events().stream().filter(JourneyEvent::erasesPersonalData).findFirst();
    }

    public Optional<ConsentWithdrawn> consentWithdrawal() {
        return events().stream().filter(ConsentWithdrawn.class::isInstance).map(ConsentWithdrawn.class::cast).findFirst();
    }

    /** The live records that only exist because the participant is enrolled. */
    public Stream<JourneyEvent> dependingOnEnrolment() {
        return live().filter(e -> e.type() == RecordType.CLOSURE || isActivity(e));
    }

    /** The latest date of a live assessment or work-training record: a closure may not come before it. */
    public Optional<JourneyEvent> latestActivity() {
        return live().filter(JourneyHistory::isActivity).reduce((a, b) -> b.date().isAfter(a.date()) ? b : a);
    }

    /** What happens while enrolled: each record type says whether it is one (the compiler asks of a new one). */
    private static boolean isActivity(JourneyEvent event) {
        return switch (event.type()) {
            case ASSESSMENT, WORK_TRAINING_STARTED, WORK_TRAINING_ENDED -> true;
            case REFERRAL, REFERRAL_WITHDRAWN, ENROLMENT, PROFILE_UPDATE, CLOSURE, RETRACTION, CONSENT,
                    CONSENT_WITHDRAWN, PERSONAL_DATA_ERASED -> false;
        };
    }

    public CurrentJourney current() {
        return CurrentJourney.of(this);
    }

    private <T extends JourneyEvent> Stream<T> liveOfType(Class<T> type) {
        return live().filter(type::isInstance).map(type::cast);
    }
}
