package se.finsam.journey.api.tables;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;
import se.finsam.journey.ledger.LedgerViolation;
import se.finsam.journey.ledger.goals.GoalIndicator;
import se.finsam.journey.reports.CountedJourneys;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.TableDefinition;
import se.finsam.journey.tables.TableEngine;
import se.finsam.journey.tables.TableSpec;
import se.finsam.journey.tables.TableSuppression;
import se.finsam.journey.tables.TableValue;

/**
 * One cell of a defined table, for a goal tied to it: whether the definition's version, table and value exist, and
 * the cell's figure over a scope's journeys for a period, computed under that stored version by the table engine,
 * exactly as the table's own report computes it, and hidden exactly where that report hides it.
 */
@Component
public class TableCells {

    private final DefinitionStore definitions;

    TableCells(DefinitionStore definitions) {
        this.definitions = definitions;
    }

    /** Refuses (as the goal's field {@code tableCell}) a cell of a definition, version or table that does not exist. */
    public void check(GoalIndicator indicator) {
        TableSpec table = table(indicator).orElseThrow(() -> LedgerViolation.invalid("tableCell", "table-cell-unknown",
                "there is no table '" + indicator.table() + "' in version " + indicator.version() + " of definition '"
                        + indicator.definition() + "'", indicator.definition(), String.valueOf(indicator.version()),
                indicator.table()));
        String[] parts = indicator.cell().split("/", -1);
        boolean shaped = parts.length == (table.hasColumns() ? 3 : 2) && java.util.Arrays.stream(parts)
                .noneMatch(String::isBlank);
        if (!shaped || table.values().stream().map(TableValue::name).noneMatch(parts[parts.length - 1]::equals)) {
            throw LedgerViolation.invalid("tableCell", "table-cell-key", "cell '" + indicator.cell() + "' is not a cell "
                    + "key of table '" + table.id() + "': " + (table.hasColumns() ? "ROW/COLUMN/VALUE" : "ROW/VALUE")
                    + ", the value one of " + table.values().stream().map(TableValue::name).toList(), indicator.cell());
        }
    }

    /** A cell's figure, and whether the table's own small-cell protection hides it. */
    public record Cell(Figure figure, boolean hidden) {
    }

    /**
     * The cell's figure over the scope's journeys for the period, and with a {@code threshold} whether the table's
     * report would hide it under small-cell protection ({@link TableSuppression}: for being small, or for giving a
     * small cell of its row or column away); empty when the cell does not occur.
     */
    public Optional<Cell> cell(GoalIndicator indicator, Collection<String> scope, JourneyColumns journeys,
                               ReportPeriod period, OptionalInt threshold) {
        return table(indicator).flatMap(table -> {
            ComputedTable computed = TableEngine.compute(table, scope, CountedJourneys.of(journeys, period), null);
            Figure figure = computed.current().cells().get(indicator.cell());
            if (figure == null) {
                return Optional.empty();
            }
            boolean hidden = threshold.isPresent() && TableSuppression.of(computed, threshold.getAsInt()).cells()
                    .contains(indicator.cell());
            return Optional.of(new Cell(figure, hidden));
        });
    }

    private Optional<TableSpec> table(GoalIndicator indicator) {
        return definitions.version(indicator.definition(), indicator.version())
                .map(DefinitionDocuments::definitionOf).flatMap((TableDefinition d) -> d.table(indicator.table()));
    }
}
