package se.finsam.journey.ledger.figures;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import se.finsam.journey.reports.Ratio;

/**
 * One figure of a ledger report: exact, with the unit that says how it is rounded when shown, or hidden by
 * small-number protection. Amounts are exact in kronor (öre ÷ 100), so sums and changes of amounts lose nothing;
 * shares and ratios are rounded half-up once, when rendered, and their changes are taken before rounding.
 */
public record Value(Ratio exact, Unit unit, boolean hidden) {

    /** How a value is shown. */
    public enum Unit {
        /** A whole number. */
        COUNT(0),
        /** Kronor with öre. */
        KRONOR(2),
        /** A percentage with one decimal. */
        PERCENT(1),
        /** Full-time equivalents with two decimals. */
        FTE(2),
        /** Any other ratio (participants per FTE, attendances per session, a mean) with one decimal. */
        TENTHS(1);

        private final int decimals;

        Unit(int decimals) {
            this.decimals = decimals;
        }

        public int decimals() {
            return decimals;
        }
    }

    public static Value count(long count) {
        return new Value(Ratio.of(count), Unit.COUNT, false);
    }

    public static Value kronor(long ore) {
        return new Value(Ratio.of(ore, 100), Unit.KRONOR, false);
    }

    /** An amount of öre that is a ratio itself (a cost per participant), shown to the öre. */
    public static Value kronor(Ratio ore) {
        return new Value(ore == null ? null : ore.dividedBy(Ratio.of(100)), Unit.KRONOR, false);
    }

    public static Value of(Ratio exact, Unit unit) {
        return new Value(exact, unit, false);
    }

    /** A value over nothing (a share of no allocation, a cost per no participant): shown as null. */
    public static Value none(Unit unit) {
        return new Value(null, unit, false);
    }

    /** 100 × part ÷ whole, or none when the whole is zero. */
    public static Value percent(long part, long whole) {
        return whole == 0 ? none(Unit.PERCENT) : of(Ratio.of(part, whole).times(Ratio.of(100)), Unit.PERCENT);
    }

    public Value hide() {
        return new Value(exact, unit, true);
    }

    /** Whether it has a value to show (not over nothing, not hidden). */
    public boolean shown() {
        return exact != null && !hidden;
    }

    /** As the answer shows it: null when over nothing or hidden, a whole number for a count, else a decimal. */
    @JsonValue
    public Object rendered() {
        if (!shown()) {
            return null;
        }
        BigDecimal rounded = exact.rounded(unit.decimals);
        return unit == Unit.COUNT ? (Object) rounded.longValueExact() : rounded;
    }

    /** This value less an earlier one, exactly, in the same unit; none unless both are shown. */
    public Value minus(Value earlier) {
        return shown() && earlier.shown() ? of(exact.minus(earlier.exact), unit) : none(unit);
    }

    /** Whether a count counts something (1 or more): small-number protection looks at these. */
    public boolean isPositiveCount() {
        return unit == Unit.COUNT && exact != null && exact.signum() > 0;
    }
}
