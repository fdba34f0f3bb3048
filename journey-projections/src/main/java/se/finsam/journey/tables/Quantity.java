package se.finsam.journey.tables;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a mean, median, minimum or maximum is taken of. */
public enum Quantity {
    /** At the table's {@code ageAt}. */
    AGE("age"),
    /** Of the journeys with a value. */
    YEARS_IN_PUBLIC_SUPPORT("yearsInPublicSupport"),
    /** Months from enrolment to closure, as in 2026.1; closure populations only. */
    THROUGHPUT_MONTHS("throughputMonths"),
    /** Of the enrolled journeys. */
    DAYS_TO_ENROLMENT("daysToEnrolment");

    private final String wireName;

    Quantity(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Quantity> byWireName(String name) {
        return Arrays.stream(values()).filter(q -> q.wireName.equals(name)).findFirst();
    }

    static List<String> wireNames() {
        return Arrays.stream(values()).map(Quantity::wireName).toList();
    }
}
