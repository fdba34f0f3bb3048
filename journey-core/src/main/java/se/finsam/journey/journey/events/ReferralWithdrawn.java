package se.finsam.journey.journey.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.journey.RecordType;

@Revision("1")
public record ReferralWithdrawn(String journeyId, String recordId, LocalDate date, String recordedBy, String reason)
        implements JourneyEvent {

    @Override
    public RecordType type() {
        return RecordType.REFERRAL_WITHDRAWN;
    }

    @Override
    public ReferralWithdrawn withRecordedBy(String recordedBy) {
        return new ReferralWithdrawn(journeyId, recordId, date, recordedBy, reason);
    }
}
