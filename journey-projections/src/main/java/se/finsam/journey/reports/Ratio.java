package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * An exact rational number. Shares, means and their changes are kept exact and rounded only once, when
 * rendered, because DOMAIN.md rounds "from the exact value" (a mean of 30.4375-day months is no finite decimal).
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    public Ratio {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a ratio over zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        if (!denominator.equals(BigInteger.ONE)) {
            if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
                long n = numerator.longValue();
                long d = denominator.longValue();
                long gcd = gcd(Math.abs(n), d);
                if (gcd > 1) {
                    numerator = BigInteger.valueOf(n / gcd);
                    denominator = BigInteger.valueOf(d / gcd);
                }
            } else {
                BigInteger gcd = numerator.gcd(denominator);
                if (!gcd.equals(BigInteger.ONE)) {
                    numerator = numerator.divide(gcd);
                    denominator = denominator.divide(gcd);
                }
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Whole numbers a report makes by the thousand (ages, days, counts) are made once. */
    private static final Ratio[] SMALL = new Ratio[4096];
    /** So are the few distinct scores and years of support (one or two decimals). */
    private static final Map<BigDecimal, Ratio> DECIMALS = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new Ratio(BigInteger.valueOf(i), BigInteger.ONE);
        }
    }

    public static Ratio of(long value) {
        return value >= 0 && value < SMALL.length ? SMALL[(int) value]
                : new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    private static final BigInteger[] POWERS_OF_TEN = {BigInteger.ONE, BigInteger.TEN, BigInteger.valueOf(100),
            BigInteger.valueOf(1000), BigInteger.valueOf(10_000)};

    public static Ratio of(BigDecimal value) {
        if (value.scale() >= 0 && value.scale() <= 2 && value.precision() <= 6) {
            Ratio known = DECIMALS.get(value);
            if (known == null) {
                known = exactly(value);
                if (DECIMALS.size() < 100_000) {
                    DECIMALS.put(value, known);
                }
            }
            return known;
        }
        return exactly(value);
    }

    private static Ratio exactly(BigDecimal value) {
        return value.scale() >= 0
                ? new Ratio(value.unscaledValue(), value.scale() < POWERS_OF_TEN.length
                        ? POWERS_OF_TEN[value.scale()] : BigInteger.TEN.pow(value.scale()))
                : new Ratio(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
    }

    /** The mean of the values, or null over nobody. */
    public static Ratio meanOf(Collection<Ratio> values) {
        if (values.isEmpty()) {
            return null;
        }
        // Sum the numerators per denominator first: values share few denominators, and each exact addition
        // otherwise costs a greatest common divisor.
        // Small numerators are summed as longs (no BigInteger per value); large ones exactly.
        Map<BigInteger, long[]> small = new HashMap<>();
        Map<BigInteger, BigInteger> sums = new HashMap<>();
        for (Ratio value : values) {
            if (value.numerator.bitLength() < 40) {
                long[] sum = small.computeIfAbsent(value.denominator, d -> new long[1]);
                sum[0] += value.numerator.longValue();
                if (Math.abs(sum[0]) > (1L << 60)) {
                    sums.merge(value.denominator, BigInteger.valueOf(sum[0]), BigInteger::add);
                    sum[0] = 0;
                }
            } else {
                sums.merge(value.denominator, value.numerator, BigInteger::add);
            }
        }
        small.forEach((denominator, sum) -> sums.merge(denominator, BigInteger.valueOf(sum[0]), BigInteger::add));
        Ratio total = Ratio.of(0);
        for (Map.Entry<BigInteger, BigInteger> sum : sums.entrySet()) {
            total = total.plus(new Ratio(sum.getValue(), sum.getKey()));
        }
        return total.dividedBy(Ratio.of(values.size()));
    }

    /** The mean of whole numbers, or null over none: summed as longs, one rational at the end. */
    public static Ratio meanOfWhole(long[] values) {
        if (values.length == 0) {
            return null;
        }
        long sum = 0;
        for (long value : values) {
            sum = Math.addExact(sum, value);
        }
        return Ratio.of(sum, values.length);
    }

    /**
     * The median of whole numbers (the mean of the two middle ones for an even count), or null over none. The middle
     * is selected, not sorted for: a table's cells each take a median, and selection is linear in the cell's size.
     */
    public static Ratio medianOfWhole(long[] values) {
        if (values.length == 0) {
            return null;
        }
        long[] work = values.clone();
        int middle = work.length / 2;
        long upper = select(work, middle);
        if (work.length % 2 == 1) {
            return Ratio.of(upper);
        }
        // Everything left of the selected place is at most it: the lower middle is the largest of them.
        long lower = work[0];
        for (int k = 1; k < middle; k++) {
            lower = Math.max(lower, work[k]);
        }
        return Ratio.of(Math.addExact(lower, upper), 2);
    }

    /**
     * The {@code k}-th smallest of {@code values} (from 0), which are reordered so that every value left of place
     * {@code k} is at most it and every value right of it at least it. Three-way partitions, so runs of equal values
     * (many closures take the same number of days) cost no more than distinct ones.
     */
    static long select(long[] values, int k) {
        int from = 0;
        int to = values.length - 1;
        while (from < to) {
            long pivot = medianOfThree(values[from], values[from + (to - from) / 2], values[to]);
            int below = from;
            int at = from;
            int above = to;
            while (at <= above) {
                long value = values[at];
                if (value < pivot) {
                    values[at++] = values[below];
                    values[below++] = value;
                } else if (value > pivot) {
                    values[at] = values[above];
                    values[above--] = value;
                } else {
                    at++;
                }
            }
            if (k < below) {
                to = below - 1;
            } else if (k > above) {
                from = above + 1;
            } else {
                return pivot;
            }
        }
        return values[k];
    }

    private static long medianOfThree(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /** The median (the mean of the two middle values for an even count), or null over nobody. */
    public static Ratio medianOf(Collection<Ratio> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Ratio> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(Ratio.of(2));
    }

    public Ratio plus(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Ratio minus(Ratio other) {
        return plus(new Ratio(other.numerator.negate(), other.denominator));
    }

    public Ratio dividedBy(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /** Rounded half-up (away from zero on a tie) to one decimal, from the exact value. */
    public BigDecimal toTenths() {
        return rounded(1);
    }

    /** Rounded half-up (away from zero on a tie) to {@code decimals} decimals, from the exact value. */
    public BigDecimal rounded(int decimals) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
    }

    public Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public int signum() {
        return numerator.signum();
    }

    /**
     * Exact. Two doubles that differ by more than a relative 1e-9 order the ratios correctly (each is within
     * 1e-15 of its ratio), so only near-equal values need the exact cross-multiplication.
     */
    @Override
    public int compareTo(Ratio other) {
        double a = numerator.doubleValue() / denominator.doubleValue();
        double b = other.numerator.doubleValue() / other.denominator.doubleValue();
        if (Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b))) {
            return a < b ? -1 : 1;
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
