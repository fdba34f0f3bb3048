package se.finsam.journey.reports;

import java.time.LocalDate;
import java.util.Objects;
import se.finsam.journey.journey.CurrentJourney;

/** A report period of whole days, {@code from} and {@code to} both inclusive. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * Whether the journey can count in this period at all: not void, referred by {@code to}, not closed or
     * withdrawn before {@code from}. Every figure of DOMAIN.md only counts such journeys, so a report needs to
     * look at no others, and these are the journeys whose records contribute to it.
     */
    public boolean mayCount(CurrentJourney journey) {
        return !journey.isVoid() && journey.referralDate() != null && !journey.referralDate().isAfter(to)
                && (journey.closureDate() == null || !journey.closureDate().isBefore(from))
                && (journey.withdrawalDate() == null || !journey.withdrawalDate().isBefore(from));
    }

    /**
     * The same dates one year earlier, for the comparison. 29 February, which the year before lacks, becomes
     * 28 February; every other date is kept as it is (so 28 February stays 28 February, also in a leap year),
     * which keeps the earlier period the same length and makes it start before it ends.
     */
    public ReportPeriod oneYearEarlier() {
        return new ReportPeriod(from.minusYears(1), to.minusYears(1));
    }
}
