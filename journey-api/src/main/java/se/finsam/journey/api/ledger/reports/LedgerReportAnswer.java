package se.finsam.journey.api.ledger.reports;

import java.util.List;
import java.util.Map;
import se.finsam.journey.ledger.figures.LedgerSections;
import se.finsam.journey.ledger.figures.Value;

/**
 * A ledger report as the API answers it: the question, the position its figures are exact at, the manifest that
 * recomputes them, the figures ({@code total} and {@code byLedger}, or {@code goals}), and with {@code compare=previous}
 * the same figures a year earlier and the change of every figure with a value in both.
 */
public record LedgerReportAnswer(String report, Scope scope, Period period, String asOf, long position,
                                 String definitions, String manifest, LedgerSections figures, Previous previous,
                                 Map<String, Value> change, Suppressed suppression) {

    public record Scope(String association, List<String> initiatives) {
    }

    public record Period(String from, String to) {
    }

    public record Previous(Period period, LedgerSections figures) {
    }

    /** The threshold of small-number protection and the cells it hides, in this year and the year before. */
    public record Suppressed(int threshold, List<String> cells, List<String> previousCells) {
    }

    LedgerReportAnswer withManifest(String id) {
        return new LedgerReportAnswer(report, scope, period, asOf, position, definitions, id, figures, previous, change,
                suppression);
    }
}
