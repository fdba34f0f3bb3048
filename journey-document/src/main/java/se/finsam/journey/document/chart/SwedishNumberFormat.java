package se.finsam.journey.document.chart;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import se.finsam.journey.document.SwedishNumbers;
import se.finsam.journey.document.Unit;

/**
 * {@link SwedishNumbers} as the {@link NumberFormat} JFreeChart asks for (axis ticks, bar and pie labels), so a
 * chart writes a number exactly as the tables do.
 */
final class SwedishNumberFormat extends NumberFormat {

    private final Unit unit;
    private final int decimals;
    private final boolean unitShown;
    private final BigDecimal factor;

    SwedishNumberFormat(Unit unit, int decimals, boolean unitShown) {
        this(unit, decimals, unitShown, BigDecimal.ONE);
    }

    private SwedishNumberFormat(Unit unit, int decimals, boolean unitShown, BigDecimal factor) {
        this.unit = unit;
        this.decimals = decimals;
        this.unitShown = unitShown;
        this.factor = factor;
    }

    /** A pie's shares, which JFreeChart gives as fractions of the whole, as whole percentages: "48 %". */
    static SwedishNumberFormat shares() {
        return new SwedishNumberFormat(Unit.PERCENT, 0, true, BigDecimal.valueOf(100));
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(SwedishNumbers.format(BigDecimal.valueOf(number).multiply(factor), unit, decimals,
                false, unitShown));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("charts only write numbers");
    }
}
