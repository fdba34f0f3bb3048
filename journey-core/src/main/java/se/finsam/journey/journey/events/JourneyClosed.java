package se.finsam.journey.journey.events;

import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.SupportSource;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;

@Revision("1")
public record JourneyClosed(String journeyId, String recordId, LocalDate date, String recordedBy,
                            ClosureCause cause, SupportSource supportAfter, Boolean subsidisedEmployment)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.CLOSURE;
    }

    @Override
    public JourneyClosed withRecordedBy(String recordedBy) {
        return new JourneyClosed(journeyId, recordId, date, recordedBy, cause, supportAfter, subsidisedEmployment);
    }
}
