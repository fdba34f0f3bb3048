package se.finsam.journey.api.reports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalInt;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.reports.Suppression;

/**
 * The parameters of a report request, checked: a scope (initiatives or an association), a period of whole
 * days, and optionally an as-of instant, a comparison with the year before and a position to wait for.
 */
public record ReportQuery(List<String> initiatives, String association, LocalDate from, LocalDate to,
                          Instant asOf, boolean comparePrevious, Long minPosition) {

    /**
     * The days a report's dates may name. Nothing outside can hold a record, and dates far outside break what is
     * computed from them (year 0 has no previous year to compare with; a manifest of it failed its own check).
     */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DAY = LocalDate.of(2100, 12, 31);

    public static ReportQuery of(List<String> initiatives, String association, String from, String to, String asOf,
                                 String compare, String minPosition) {
        boolean byInitiative = initiatives != null && !initiatives.isEmpty();
        if (byInitiative == (association != null && !association.isBlank())) {
            throw new BadRequestException("name the scope: one or more 'initiative' parameters, or one 'association'");
        }
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new BadRequestException("the period ends (to=" + end + ") before it starts (from=" + start + ")");
        }
        if (compare != null && !compare.equals("previous")) {
            throw new BadRequestException("compare can only be 'previous' (the same period one year earlier)");
        }
        return new ReportQuery(byInitiative ? List.copyOf(initiatives) : List.of(),
                byInitiative ? null : association, start, end, instant(asOf), compare != null, position(minPosition));
    }

    /**
     * The {@code suppress} parameter: empty when absent (internal users see every figure), else the threshold of
     * small-cell protection, a whole number from {@value Suppression#MIN_THRESHOLD} to
     * {@value Suppression#MAX_THRESHOLD}.
     */
    public static OptionalInt suppression(String suppress) {
        if (suppress == null) {
            return OptionalInt.empty();
        }
        String problem = "parameter 'suppress' = '" + suppress + "' is not a threshold: give a whole number from "
                + Suppression.MIN_THRESHOLD + " to " + Suppression.MAX_THRESHOLD
                + ", the smallest number of journeys a published cell may count";
        try {
            int threshold = Integer.parseInt(suppress.strip());
            if (threshold < Suppression.MIN_THRESHOLD || threshold > Suppression.MAX_THRESHOLD) {
                throw new BadRequestException(problem);
            }
            return OptionalInt.of(threshold);
        } catch (NumberFormatException e) {
            throw new BadRequestException(problem);
        }
    }

    /** The question in a line, for the audit trail (codes and dates only, no personal data). */
    public String describe() {
        String scope = association != null ? "association=" + association
                : "initiative=" + String.join(",", initiatives);
        return scope + " from=" + from + " to=" + to + (asOf == null ? "" : " asOf=" + asOf);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("parameter '" + name + "' is missing (a date YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new BadRequestException("parameter '" + name + "' = '" + value + "' is not a date of the form YYYY-MM-DD");
        }
        if (!withinRange(date)) {
            throw outOfRange(name, date.toString());
        }
        return date;
    }

    /** Whether a report may name the day: {@link #EARLIEST_DAY} to {@link #LATEST_DAY}. */
    public static boolean withinRange(LocalDate day) {
        return !day.isBefore(EARLIEST_DAY) && !day.isAfter(LATEST_DAY);
    }

    /** Whether an instant falls on one of those days in Sweden (compared as instants: no date arithmetic overflows). */
    public static boolean withinRange(Instant instant) {
        return !instant.isBefore(EARLIEST_DAY.atStartOfDay(Journey.SWEDEN).toInstant())
                && instant.isBefore(LATEST_DAY.plusDays(1).atStartOfDay(Journey.SWEDEN).toInstant());
    }

    private static BadRequestException outOfRange(String name, String value) {
        return new BadRequestException("parameter '" + name + "' = '" + value + "' is outside the dates a report can "
                + "cover, " + EARLIEST_DAY + " to " + LATEST_DAY);
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant = parsedInstant(value);
        if (!withinRange(instant)) {
            throw outOfRange("asOf", value);
        }
        return instant;
    }

    private static Instant parsedInstant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(Journey.SWEDEN)
                        .toInstant().minusNanos(1);
            } catch (DateTimeException notADate) {
                throw new BadRequestException("parameter 'asOf' = '" + value + "' is not an instant such as "
                        + "2026-01-31T12:00:00Z (or a date, meaning the end of that day in Sweden)");
            }
        }
    }

    private static Long position(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(value);
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw new BadRequestException("parameter 'minPosition' = '" + value + "' is not a position (a whole number ≥ 0)");
        }
    }
}
