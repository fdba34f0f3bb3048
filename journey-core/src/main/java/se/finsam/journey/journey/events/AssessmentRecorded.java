package se.finsam.journey.journey.events;

import java.math.BigDecimal;
import se.finsam.journey.codes.Instrument;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;

@Revision("1")
public record AssessmentRecorded(String journeyId, String recordId, LocalDate date, String recordedBy,
                                 Instrument instrument, BigDecimal score)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.ASSESSMENT;
    }

    @Override
    public AssessmentRecorded withRecordedBy(String recordedBy) {
        return new AssessmentRecorded(journeyId, recordId, date, recordedBy, instrument, score);
    }
}
