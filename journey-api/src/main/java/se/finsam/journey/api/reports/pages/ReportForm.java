package se.finsam.journey.api.reports.pages;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.reports.Suppression;

/**
 * The report form as sent (a GET form, so a report is a bookmarkable URL), and its check: the period is picked the
 * way teams publish (calendar year, half-year, July–June, or any dates), "as known on" is a date (its end in
 * Sweden) or a date and time, and each mistake is a message key next to its field rather than one error page.
 * Once the form is right it becomes the same {@link ReportQuery} the REST report takes.
 *
 * @param compare the hidden field sends {@code no}, the checkbox {@code previous}: absent (a fresh URL) means on
 */
public record ReportForm(List<String> initiative, String association, String period, String year, String from,
                         String to, List<String> compare, String asOf, String suppress) {

    public static final List<String> PERIODS = List.of("year", "h1", "h2", "july", "custom");

    /** Whether the form names a scope at all: without one the page shows only the form. */
    public boolean asked() {
        return (initiative != null && !initiative.isEmpty()) || (association != null && !association.isBlank());
    }

    public String periodKind() {
        return period == null || period.isBlank() ? "year" : period;
    }

    public boolean comparing() {
        return compare == null || compare.isEmpty() || compare.contains("previous");
    }

    public boolean selected(String code) {
        return initiative != null && initiative.contains(code);
    }

    /** The form with the year filled in (last calendar year) when the user has not chosen one yet. */
    public ReportForm withDefaults(LocalDate today) {
        return new ReportForm(initiative, association, periodKind(), year == null || year.isBlank()
                ? String.valueOf(today.getYear() - 1) : year, from, to, compare, asOf, suppress);
    }

    /** A checked form: the query and threshold, or the message keys of what is wrong, by field. */
    public record Checked(ReportQuery query, OptionalInt threshold, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }

        /** What is wrong in the user's words, by field, for the page to show beside each. */
        public Map<String, String> errorsIn(Function<String, String> text) {
            Map<String, String> shown = new LinkedHashMap<>();
            errors.forEach((field, key) -> shown.put(field, text.apply(key)));
            return shown;
        }
    }

    /**
     * The form of an export, asked by a link rather than from the form (the year filled in as of {@code today}):
     * checked, and when anything is wrong refused as a 400 that says all of it in the user's words.
     */
    public Checked checkedForExport(LocalDate today, Function<String, String> text) {
        Checked checked = withDefaults(today).check();
        if (!checked.valid()) {
            throw new BadRequestException(String.join(" ", checked.errorsIn(text).values()));
        }
        return checked;
    }

    public Checked check() {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean byInitiative = initiative != null && !initiative.isEmpty();
        boolean byAssociation = association != null && !association.isBlank();
        if (byInitiative == byAssociation) {
            errors.put("scope", byInitiative ? "reports.error.scopeBoth" : "reports.error.scopeNone");
        }
        LocalDate start = null;
        LocalDate end = null;
        if (!PERIODS.contains(periodKind())) {
            errors.put("period", "reports.error.period");
        } else if (periodKind().equals("custom")) {
            start = date(from, "from", errors);
            end = date(to, "to", errors);
            if (start != null && end != null && end.isBefore(start)) {
                errors.put("to", "reports.error.toBeforeFrom");
            }
        } else {
            Integer y = parsedYear();
            if (y == null) {
                errors.put("year", "reports.error.year");
            } else {
                switch (periodKind()) {
                    case "h1" -> { start = LocalDate.of(y, 1, 1); end = LocalDate.of(y, 6, 30); }
                    case "h2" -> { start = LocalDate.of(y, 7, 1); end = LocalDate.of(y, 12, 31); }
                    case "july" -> { start = LocalDate.of(y, 7, 1); end = LocalDate.of(y + 1, 6, 30); }
                    default -> { start = LocalDate.of(y, 1, 1); end = LocalDate.of(y, 12, 31); }
                }
            }
        }
        Instant known = instant(errors);
        OptionalInt threshold = OptionalInt.empty();
        if (suppress != null && !suppress.isBlank()) {
            try {
                int n = Integer.parseInt(suppress.strip());
                if (n < Suppression.MIN_THRESHOLD || n > Suppression.MAX_THRESHOLD) {
                    throw new NumberFormatException();
                }
                threshold = OptionalInt.of(n);
            } catch (NumberFormatException e) {
                errors.put("suppress", "reports.error.suppress");
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(null, threshold, errors);
        }
        ReportQuery query = ReportQuery.of(byInitiative ? initiative : null, byAssociation ? association.strip() : null,
                start.toString(), end.toString(), known == null ? null : known.toString(),
                comparing() ? "previous" : null, null);
        return new Checked(query, threshold, errors);
    }

    private Integer parsedYear() {
        try {
            int y = Integer.parseInt(year == null ? "" : year.strip());
            return y >= 2000 && y <= 2100 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "reports.error.dateMissing");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!ReportQuery.withinRange(date)) {
                errors.put(field, "reports.error.dateRange");
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            errors.put(field, "reports.error.date");
            return null;
        }
    }

    /** "As known on": a date is the end of that day in Sweden; a date and time without offset is Swedish time. */
    private Instant instant(Map<String, String> errors) {
        Instant instant = parsedInstant(errors);
        if (instant != null && !ReportQuery.withinRange(instant)) {
            errors.put("asOf", "reports.error.dateRange");
            return null;
        }
        return instant;
    }

    private Instant parsedInstant(Map<String, String> errors) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        String value = asOf.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException notAnInstant) {
            try {
                return LocalDateTime.parse(value).atZone(Journey.SWEDEN).toInstant();
            } catch (DateTimeException notLocal) {
                try {
                    return LocalDate.parse(value).plusDays(1).atStartOfDay(Journey.SWEDEN).toInstant().minusNanos(1);
                } catch (DateTimeException notADate) {
                    errors.put("asOf", "reports.error.asOf");
                    return null;
                }
            }
        }
    }
}
