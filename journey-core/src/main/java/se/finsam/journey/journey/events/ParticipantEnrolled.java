package se.finsam.journey.journey.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;

@Revision("1")
public record ParticipantEnrolled(String journeyId, String recordId, LocalDate date, String recordedBy)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.ENROLMENT;
    }

    @Override
    public ParticipantEnrolled withRecordedBy(String recordedBy) {
        return new ParticipantEnrolled(journeyId, recordId, date, recordedBy);
    }
}
