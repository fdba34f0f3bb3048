package se.finsam.journey.journey.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;

/**
 * The journey's identity number and name were erased on request (its key destroyed). Every record stays, and
 * so does every figure: none of them ever held the personal data in readable form.
 */
@Revision("1")
public record PersonalDataErased(String journeyId, String recordId, LocalDate date, String recordedBy)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.PERSONAL_DATA_ERASED;
    }

    @Override
    public PersonalDataErased withRecordedBy(String recordedBy) {
        return new PersonalDataErased(journeyId, recordId, date, recordedBy);
    }

    @Override
    public boolean erasesPersonalData() {
        return true;
    }
}
