package se.finsam.journey.document;

import java.time.LocalDate;
import java.util.Objects;

/** The first and last day (both included) that a report's figures cover. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day: " + from + " – " + to);
        }
    }

    /** As Swedish reports write it: "2024-07-01 – 2025-06-30". */
    public String label() {
        return from + " – " + to;
    }
}
