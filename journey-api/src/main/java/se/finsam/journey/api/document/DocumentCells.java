package se.finsam.journey.api.document;

import java.math.BigDecimal;
import se.finsam.journey.document.Cell;
import se.finsam.journey.document.Unit;
import se.finsam.journey.ledger.figures.Value;

/** The published figures as the document model's cells: a number in its unit, nothing, or hidden. */
final class DocumentCells {

    private DocumentCells() {
    }

    /**
     * A participant report cell: {@code rendered} as the report answers it (an Integer count or a BigDecimal with
     * one decimal, null over nobody), its unit told by the figure's path.
     */
    static Cell national(String path, Object rendered, boolean hidden, boolean change) {
        if (hidden) {
            return Cell.suppressed();
        }
        if (rendered == null) {
            return Cell.empty();
        }
        BigDecimal value = new BigDecimal(rendered.toString());
        Unit unit = nationalUnit(path, change);
        Cell.Number number = new Cell.Number(value, unit, unit == Unit.COUNT ? 0 : 1, change, true);
        return number;
    }

    static Unit nationalUnit(String path, boolean change) {
        if (path.contains(".shares.") || path.endsWith(".share")) {
            return change ? Unit.PERCENTAGE_POINTS : Unit.PERCENT;
        }
        if (path.contains("Months")) {
            return Unit.MONTHS;
        }
        if (path.contains("meanAge") || path.contains("meanYears")) {
            return Unit.YEARS;
        }
        if (path.contains(".mean") || path.contains(".min") || path.contains(".max")) {
            return Unit.DECIMAL;
        }
        return Unit.COUNT;
    }

    /** A ledger report value: hidden, over nothing, or exact in its unit (amounts in whole kronor). */
    static Cell ledger(Value value, boolean change) {
        if (value == null) {
            return Cell.empty();
        }
        if (value.hidden()) {
            return Cell.suppressed();
        }
        Object rendered = value.rendered();
        if (rendered == null) {
            return Cell.empty();
        }
        BigDecimal number = new BigDecimal(rendered.toString());
        return switch (value.unit()) {
            case COUNT -> new Cell.Number(number, Unit.COUNT, 0, change, true);
            case KRONOR -> new Cell.Number(number, Unit.KRONOR, 0, change, true);
            case PERCENT -> new Cell.Number(number, change ? Unit.PERCENTAGE_POINTS : Unit.PERCENT, 1, change, true);
            case FTE -> new Cell.Number(number, Unit.DECIMAL, 2, change, true);
            case TENTHS -> new Cell.Number(number, Unit.DECIMAL, 1, change, true);
        };
    }

    /** The number a chart draws for a cell, or null where the table shows none. */
    static BigDecimal chartValue(Cell cell) {
        return cell instanceof Cell.Number number ? number.value() : null;
    }
}
