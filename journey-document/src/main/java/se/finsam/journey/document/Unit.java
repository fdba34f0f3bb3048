package se.finsam.journey.document;

import java.math.BigDecimal;

/**
 * What a number counts or measures, which decides how it is written: its usual decimals, the unit after it, and,
 * for thousands of kronor, that the value (given in kronor) is divided by 1,000 before it is rounded.
 */
public enum Unit {
    /** Persons, journeys, records: "1 234". */
    COUNT(0, "", BigDecimal.ONE),
    /** A share as a percentage: "31,3 %". */
    PERCENT(1, "%", BigDecimal.ONE),
    /** A change of a share: "+4,2 p.e." (procentenheter). */
    PERCENTAGE_POINTS(1, "p.e.", BigDecimal.ONE),
    /** An amount, given in kronor: "1 234 567 kr". */
    KRONOR(0, "kr", BigDecimal.ONE),
    /** An amount given in kronor, written in thousands: 12 225 000 kr is "12 225 tkr". */
    THOUSAND_KRONOR(0, "tkr", BigDecimal.valueOf(1000)),
    /** A duration in months: "23,3 mån". */
    MONTHS(1, "mån", BigDecimal.ONE),
    /** A duration in years: "5,6 år". */
    YEARS(1, "år", BigDecimal.ONE),
    /** Any other number, e.g. full-time equivalents: "0,5". */
    DECIMAL(1, "", BigDecimal.ONE);

    private final int decimals;
    private final String symbol;
    private final BigDecimal divisor;

    Unit(int decimals, String symbol, BigDecimal divisor) {
        this.decimals = decimals;
        this.symbol = symbol;
        this.divisor = divisor;
    }

    /** The decimals a number of this unit has unless told otherwise. */
    public int decimals() {
        return decimals;
    }

    /** What is written after the number ("%", "kr", …), or "" for none. */
    public String symbol() {
        return symbol;
    }

    BigDecimal divisor() {
        return divisor;
    }
}
