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

    SwedishNumberFormat(Unit unit, int decimals, boolean unitShown) {
        this.unit = unit;
        this.decimals = decimals;
        this.unitShown = unitShown;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(SwedishNumbers.format(BigDecimal.valueOf(number), unit, decimals, false, unitShown));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(SwedishNumbers.format(BigDecimal.valueOf(number), unit, decimals, false, unitShown));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("charts only write numbers");
    }
}
