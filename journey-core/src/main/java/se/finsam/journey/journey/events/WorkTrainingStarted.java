package se.finsam.journey.journey.events;

import java.math.BigDecimal;
import se.finsam.journey.codes.WorkplaceSector;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;

@Revision("1")
public record WorkTrainingStarted(String journeyId, String recordId, LocalDate date, String recordedBy,
                                  String trainingId, WorkplaceSector sector, BigDecimal hoursPerWeek)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.WORK_TRAINING_STARTED;
    }

    @Override
    public WorkTrainingStarted withRecordedBy(String recordedBy) {
        return new WorkTrainingStarted(journeyId, recordId, date, recordedBy, trainingId, sector, hoursPerWeek);
    }
}
