package se.finsam.journey.journey.events;

import java.time.LocalDate;
import se.finsam.journey.journey.RecordType;

/**
 * A record of a journey as stored: who recorded it is part of the fact, the time it was recorded is the
 * event's own timestamp, set by the service.
 */
public sealed interface JourneyEvent permits ParticipantReferred, ReferralWithdrawn, ParticipantEnrolled,
        AssessmentRecorded, WorkTrainingStarted, WorkTrainingEnded, ProfileUpdated, JourneyClosed,
        RecordRetracted {

    String journeyId();

    String recordId();

    LocalDate date();

    String recordedBy();

    RecordType type();

    JourneyEvent withRecordedBy(String recordedBy);

    /** Whether both say the same thing, whoever recorded them (a resent record is a harmless duplicate). */
    default boolean sameRecordAs(JourneyEvent other) {
        return withRecordedBy(null).equals(other.withRecordedBy(null));
    }
}
