package se.finsam.journey.journey.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;

/** The participant consented to the processing of their personal data for a purpose. */
@Revision("1")
public record ConsentGiven(String journeyId, String recordId, LocalDate date, String recordedBy, String purpose)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.CONSENT;
    }

    @Override
    public ConsentGiven withRecordedBy(String recordedBy) {
        return new ConsentGiven(journeyId, recordId, date, recordedBy, purpose);
    }
}
