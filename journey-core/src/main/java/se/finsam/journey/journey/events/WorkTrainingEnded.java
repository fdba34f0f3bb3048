package se.finsam.journey.journey.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;

@Revision("1")
public record WorkTrainingEnded(String journeyId, String recordId, LocalDate date, String recordedBy, String trainingId)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.WORK_TRAINING_ENDED;
    }

    @Override
    public WorkTrainingEnded withRecordedBy(String recordedBy) {
        return new WorkTrainingEnded(journeyId, recordId, date, recordedBy, trainingId);
    }
}
