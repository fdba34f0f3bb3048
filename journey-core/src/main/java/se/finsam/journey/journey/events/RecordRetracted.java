package se.finsam.journey.journey.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;

@Revision("1")
public record RecordRetracted(String journeyId, String recordId, LocalDate date, String recordedBy, String retracts, String reason)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.RETRACTION;
    }

    @Override
    public RecordRetracted withRecordedBy(String recordedBy) {
        return new RecordRetracted(journeyId, recordId, date, recordedBy, retracts, reason);
    }
}
