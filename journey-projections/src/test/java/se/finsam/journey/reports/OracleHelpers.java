package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.finsam.journey.journey.CurrentJourney;

/** The helpers of the acceptance oracle (oracle.py), ported plainly for {@link IndependentReport}. */
final class OracleHelpers {

    static final List<String> GENDERS = List.of("WOMAN", "MAN", "NON_BINARY");
    static final List<String> PARTIES = List.of("SOCIAL_INSURANCE_AGENCY", "EMPLOYMENT_SERVICE", "REGION",
            "MUNICIPALITY", "SELF", "OTHER");
    static final List<String> SUPPORT = List.of("SICKNESS_BENEFIT", "ACTIVITY_COMPENSATION", "SICKNESS_COMPENSATION",
            "ACTIVITY_SUPPORT", "SOCIAL_ASSISTANCE", "STUDENT_FINANCE", "OTHER_PUBLIC", "NO_PUBLIC_SUPPORT", "UNKNOWN");
    static final List<String> CAUSES = List.of("WORK", "STUDIES", "ACTIVE_JOB_SEEKING", "CONTINUED_REHABILITATION",
            "MEDICAL_REHABILITATION", "SICKNESS_COMPENSATION", "PARENTAL_LEAVE", "MOVED", "NOT_MEASURED", "OTHER",
            "DROPOUT");
    static final List<String> INSTRUMENTS = List.of("SELF_RATED_STEP", "BIP", "WORK_ABILITY");
    static final List<String> SECTORS = List.of("MUNICIPAL", "OTHER_PUBLIC", "PRIVATE", "NON_PROFIT");
    static final List<String> AGE_BANDS = List.of("16-29", "30-44", "45-59", "60-67");
    static final List<String> SUPPORT_BUCKETS = List.of("<1", "1-3", "4-6", "7-9", ">9", "NOT_APPLICABLE");
    static final Map<String, List<String>> STANDARD_GROUPS = new LinkedHashMap<>();
    static final List<String> GREEN = List.of("work", "studies", "activeJobSeeking", "continuedRehabilitation");
    static final Frac MONTH_DAYS = new Frac(BigInteger.valueOf(304375), BigInteger.valueOf(10000));

    static {
        STANDARD_GROUPS.put("work", List.of("WORK"));
        STANDARD_GROUPS.put("studies", List.of("STUDIES"));
        STANDARD_GROUPS.put("activeJobSeeking", List.of("ACTIVE_JOB_SEEKING"));
        STANDARD_GROUPS.put("continuedRehabilitation", List.of("CONTINUED_REHABILITATION"));
        STANDARD_GROUPS.put("medicalRehabilitation", List.of("MEDICAL_REHABILITATION", "SICKNESS_COMPENSATION"));
        STANDARD_GROUPS.put("other", List.of("PARENTAL_LEAVE", "MOVED", "NOT_MEASURED", "OTHER"));
    }

    /** Python's Fraction, as far as the oracle uses it. */
    record Frac(BigInteger n, BigInteger d) {
        Frac {
            BigInteger g = n.gcd(d);
            if (d.signum() < 0) {
                g = g.negate();
            }
            n = n.divide(g);
            d = d.divide(g);
        }

        static Frac of(long n) {
            return new Frac(BigInteger.valueOf(n), BigInteger.ONE);
        }

        static Frac of(BigDecimal value) {
            return value.scale() <= 0 ? new Frac(value.toBigIntegerExact(), BigInteger.ONE)
                    : new Frac(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
        }

        Frac plus(Frac o) {
            return new Frac(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        }

        Frac minus(Frac o) {
            return new Frac(n.multiply(o.d).subtract(o.n.multiply(d)), d.multiply(o.d));
        }

        Frac over(Frac o) {
            return new Frac(n.multiply(o.d), d.multiply(o.n));
        }

        int cmp(Frac o) {
            return n.multiply(o.d).compareTo(o.n.multiply(d));
        }

        /** rnd(): Decimal(n) / Decimal(d) in Python's default context, then quantized half-up to 0.1. */
        BigDecimal rnd() {
            return new BigDecimal(n).divide(new BigDecimal(d), new MathContext(28, RoundingMode.HALF_EVEN))
                    .setScale(1, RoundingMode.HALF_UP);
        }
    }

    static Frac mean(List<Frac> values) {
        if (values.isEmpty()) {
            return null;
        }
        Frac sum = Frac.of(0);
        for (Frac v : values) {
            sum = sum.plus(v);
        }
        return sum.over(Frac.of(values.size()));
    }

    static Frac median(List<Frac> values) {
        List<Frac> sorted = new ArrayList<>(values);
        sorted.sort(Frac::cmp);
        if (sorted.isEmpty()) {
            return null;
        }
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : sorted.get(mid - 1).plus(sorted.get(mid)).over(Frac.of(2));
    }

    static Frac share(int count, int total) {
        return total == 0 ? null : new Frac(BigInteger.valueOf(100L * count), BigInteger.valueOf(total));
    }

    static Map<String, Object> counts(List<String> codes, List<String> values) {
        Map<String, Object> result = new LinkedHashMap<>();
        codes.forEach(code -> result.put(code, 0));
        values.forEach(v -> result.merge(v, 1, (a, b) -> (Integer) a + (Integer) b));
        return result;
    }

    static Map<String, Object> openCounts(List<String> values) {
        Map<String, Object> result = new TreeMap<>();
        values.stream().filter(v -> v != null).forEach(v -> result.merge(v, 1, (a, b) -> (Integer) a + (Integer) b));
        return new LinkedHashMap<>(result);
    }

    static String ageBand(int age) {
        if (age < 16) {
            return "under-16";
        }
        if (age > 67) {
            return "over-67";
        }
        for (String band : AGE_BANDS) {
            String[] bounds = band.split("-");
            if (Integer.parseInt(bounds[0]) <= age && age <= Integer.parseInt(bounds[1])) {
                return band;
            }
        }
        throw new IllegalStateException();
    }

    static String supportBucket(BigDecimal years) {
        if (years == null) {
            return "NOT_APPLICABLE";
        }
        int whole = years.intValue();
        return whole == 0 ? "<1" : whole <= 3 ? "1-3" : whole <= 6 ? "4-6" : whole <= 9 ? "7-9" : ">9";
    }

    static Map<String, Object> byGenderMeans(List<Map.Entry<String, Frac>> items) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("all", mean(items.stream().map(Map.Entry::getValue).toList()));
        for (String g : GENDERS) {
            result.put(g, mean(items.stream().filter(i -> i.getKey().equals(g)).map(Map.Entry::getValue).toList()));
        }
        return result;
    }

    static String unitKey(CurrentJourney j) {
        return j.referringUnit() != null && !j.referringUnit().isEmpty()
                ? j.referringParty().name() + ":" + j.referringUnit() : null;
    }

    static boolean between(LocalDate start, LocalDate day, LocalDate end) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    static int count(List<CurrentJourney> js, Predicate<CurrentJourney> p) {
        return (int) js.stream().filter(p).count();
    }

    static List<String> names(List<CurrentJourney> js, Function<CurrentJourney, Enum<?>> f) {
        return js.stream().map(f).map(Enum::name).collect(Collectors.toList());
    }

    private OracleHelpers() {
    }
}
