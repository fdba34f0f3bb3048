package se.finsam.journey.ledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.money.Party;
import se.finsam.journey.ledger.staff.StaffRole;

/**
 * Staff in one role over a period: {@code persons} people with {@code fteHundredths} full-time equivalents between
 * them, employed by {@code employer} and paid by {@code payer}, of which {@code coFinancedFteHundredths} are paid by
 * {@code coFinancedBy} instead ("varav 1,0 finansieras av Fagersta kommun").
 */
@Revision("1")
public record PositionRecorded(String ledgerId, String recordId, String recordedBy, LocalDate from, LocalDate to,
                               StaffRole role, int fteHundredths, int persons, Party employer, Party payer,
                               Party coFinancedBy, int coFinancedFteHundredths) implements LedgerEvent {

    @Override
    public LedgerRecordType type() {
        return LedgerRecordType.POSITION;
    }

    @Override
    public PositionRecorded withRecordedBy(String recordedBy) {
        return new PositionRecorded(ledgerId, recordId, recordedBy, from, to, role, fteHundredths, persons, employer,
                payer, coFinancedBy, coFinancedFteHundredths);
    }
}
