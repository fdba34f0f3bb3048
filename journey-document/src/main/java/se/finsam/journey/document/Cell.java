package se.finsam.journey.document;

import java.math.BigDecimal;
import java.util.Objects;

/** One cell of a table row: a number, nothing, or a number hidden by small-number protection (printed "·"). */
public sealed interface Cell {

    /** The text the cell shows. */
    String text();

    /**
     * A number with its unit, e.g. {@code Cell.percent(31.25)} shows "31,3 %".
     *
     * @param decimals  the decimals shown
     * @param signed    whether a positive number is shown with "+" (a change)
     * @param unitShown whether the unit follows the number (leave it out when the column header names it)
     */
    record Number(BigDecimal value, Unit unit, int decimals, boolean signed, boolean unitShown) implements Cell {

        public Number {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            if (decimals < 0 || decimals > 6) {
                throw new IllegalArgumentException("between 0 and 6 decimals, not " + decimals);
            }
        }

        @Override
        public String text() {
            return SwedishNumbers.format(value, unit, decimals, signed, unitShown);
        }

        /** The same number with a "+" when positive: for a change against last year. */
        public Number asChange() {
            return new Number(value, unit, decimals, true, unitShown);
        }

        public Number withDecimals(int shown) {
            return new Number(value, unit, shown, signed, unitShown);
        }

        public Number withoutUnit() {
            return new Number(value, unit, decimals, signed, false);
        }
    }

    /** No value (nothing to count here); shows "–". */
    record Empty() implements Cell {
        @Override
        public String text() {
            return "–";
        }
    }

    /** A value hidden by small-number protection; shows "·" and the table gets a footnote saying why. */
    record Suppressed() implements Cell {
        @Override
        public String text() {
            return "·";
        }
    }

    static Number of(BigDecimal value, Unit unit) {
        return new Number(value, unit, unit.decimals(), false, true);
    }

    static Number count(long count) {
        return of(BigDecimal.valueOf(count), Unit.COUNT);
    }

    /** A share as a percentage, e.g. 31.25 for 31,3 %. */
    static Number percent(BigDecimal percent) {
        return of(percent, Unit.PERCENT);
    }

    static Number percent(double percent) {
        return percent(BigDecimal.valueOf(percent));
    }

    static Number percentagePoints(BigDecimal points) {
        return of(points, Unit.PERCENTAGE_POINTS);
    }

    /** An amount in kronor (öre as decimals), shown in whole kronor. */
    static Number kronor(BigDecimal kronor) {
        return of(kronor, Unit.KRONOR);
    }

    static Number kronor(long kronor) {
        return kronor(BigDecimal.valueOf(kronor));
    }

    /** An amount in kronor, shown in thousands: 12 225 000 is "12 225 tkr". */
    static Number thousandKronor(BigDecimal kronor) {
        return of(kronor, Unit.THOUSAND_KRONOR);
    }

    static Number thousandKronor(long kronor) {
        return thousandKronor(BigDecimal.valueOf(kronor));
    }

    static Number months(BigDecimal months) {
        return of(months, Unit.MONTHS);
    }

    static Number months(double months) {
        return months(BigDecimal.valueOf(months));
    }

    static Number years(double years) {
        return of(BigDecimal.valueOf(years), Unit.YEARS);
    }

    /** Any other number with the given decimals, e.g. full-time equivalents. */
    static Number decimal(BigDecimal value, int decimals) {
        return new Number(value, Unit.DECIMAL, decimals, false, true);
    }

    static Cell empty() {
        return new Empty();
    }

    static Cell suppressed() {
        return new Suppressed();
    }
}
