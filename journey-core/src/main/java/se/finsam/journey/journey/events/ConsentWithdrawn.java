package se.finsam.journey.journey.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;

/**
 * The participant withdrew their consent: their identity number and name are erased for good (the journey's
 * key is destroyed), while the journey keeps counting, anonymously, in every figure.
 */
@Revision("1")
public record ConsentWithdrawn(String journeyId, String recordId, LocalDate date, String recordedBy, String reason)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.CONSENT_WITHDRAWN;
    }

    @Override
    public ConsentWithdrawn withRecordedBy(String recordedBy) {
        return new ConsentWithdrawn(journeyId, recordId, date, recordedBy, reason);
    }

    @Override
    public boolean erasesPersonalData() {
        return true;
    }
}
