package se.finsam.journey.ledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.activities.ActivityKind;
import se.finsam.journey.ledger.activities.GenderCounts;

/**
 * A group or structural activity held from {@code from} to {@code to}: how many sessions, attendances and unique
 * participants (by gender where known). Anonymous counts only.
 */
@Revision("1")
public record ActivityRecorded(String ledgerId, String recordId, String recordedBy, ActivityKind kind, String title,
                               LocalDate from, LocalDate to, int sessions, int attendances, int uniqueParticipants,
                               GenderCounts byGender) implements LedgerEvent {

    @Override
    public LedgerRecordType type() {
        return LedgerRecordType.ACTIVITY;
    }

    @Override
    public ActivityRecorded withRecordedBy(String recordedBy) {
        return new ActivityRecorded(ledgerId, recordId, recordedBy, kind, title, from, to, sessions, attendances,
                uniqueParticipants, byGender);
    }
}
