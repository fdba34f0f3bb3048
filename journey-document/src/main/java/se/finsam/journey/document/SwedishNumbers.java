package se.finsam.journey.document;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Swedish reports write them: a space between groups of three digits, a decimal comma, the unit after a
 * space ("31,3 %", "12 225 tkr"), a minus sign (−) for negative numbers and, when asked, a plus for positive
 * changes. Both spaces are no-break spaces (U+00A0), so a number never breaks across two lines. Rounding is half
 * up, as in the rest of journey, after the value is divided for thousands.
 */
public final class SwedishNumbers {

    /** The space between digit groups and before the unit. */
    public static final char SPACE = '\u00A0';
    /** The minus sign of a negative number. */
    public static final char MINUS = '\u2212';

    private SwedishNumbers() {
    }

    /** The number with its unit's usual decimals and the unit shown, unsigned. */
    public static String format(BigDecimal value, Unit unit) {
        return format(value, unit, unit.decimals(), false, true);
    }

    /**
     * @param decimals  the decimals to write
     * @param signed    whether a positive number gets a "+" (for changes); zero never gets a sign
     * @param unitShown whether the unit follows the number
     */
    public static String format(BigDecimal value, Unit unit, int decimals, boolean signed, boolean unitShown) {
        BigDecimal rounded = value.divide(unit.divisor()).setScale(decimals, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder();
        if (rounded.signum() < 0) {
            out.append(MINUS);
        } else if (signed && rounded.signum() > 0) {
            out.append('+');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(SPACE);
            }
            out.append(whole.charAt(i));
        }
        if (point >= 0) {
            out.append(',').append(digits, point + 1, digits.length());
        }
        if (unitShown && !unit.symbol().isEmpty()) {
            out.append(SPACE).append(unit.symbol());
        }
        return out.toString();
    }
}
