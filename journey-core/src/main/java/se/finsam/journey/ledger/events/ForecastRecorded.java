package se.finsam.journey.ledger.events;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.money.CostType;

/**
 * A forecast (prognos) made on {@code date} of what one type of cost will come to over the whole budget year, in
 * öre. A later forecast of the same year and type replaces an earlier one.
 */
@Revision("1")
public record ForecastRecorded(String ledgerId, String recordId, String recordedBy, int year, LocalDate date,
                               CostType costType, long amountOre) implements LedgerEvent {

    @Override
    public LedgerRecordType type() {
        return LedgerRecordType.FORECAST;
    }

    @Override
    public ForecastRecorded withRecordedBy(String recordedBy) {
        return new ForecastRecorded(ledgerId, recordId, recordedBy, year, date, costType, amountOre);
    }
}
