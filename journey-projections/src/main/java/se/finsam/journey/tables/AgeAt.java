package se.finsam.journey.tables;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The day a table takes ages at: {@code year(day) − birth year}. */
public enum AgeAt {
    /** The closure date of a journey closed within the period, else the period's end, as in 2026.1. */
    REFERENCE("reference"),
    REFERRAL("referral"),
    ENROLMENT("enrolment"),
    PERIOD_END("periodEnd");

    private final String wireName;

    AgeAt(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<AgeAt> byWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }

    static List<String> wireNames() {
        return Arrays.stream(values()).map(AgeAt::wireName).toList();
    }
}
