package se.finsam.journey.api.ledger;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The finance import's limits ({@code journey.ledger.import.*}): a file is decided whole before anything is stored,
 * so its records are held in memory; these bound how many and how large a file may be.
 *
 * @param mostRows      rows of data in one file (JOURNEY_LEDGER_IMPORT_MOST_ROWS)
 * @param mostMegabytes the largest file taken over the API and the page (JOURNEY_LEDGER_IMPORT_MOST_MB)
 */
@Validated
@ConfigurationProperties("journey.ledger.import")
public record LedgerImportSettings(
        @DefaultValue("50000") @Min(value = 1, message = "must be at least 1 (JOURNEY_LEDGER_IMPORT_MOST_ROWS)")
        int mostRows,
        @DefaultValue("20") @Min(value = 1, message = "must be at least 1 (JOURNEY_LEDGER_IMPORT_MOST_MB)")
        int mostMegabytes) {
}
