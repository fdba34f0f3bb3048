package se.finsam.journey.store;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.common.DateTimeUtils;

/**
 * Reads the timestamps Axon stores in {@code domainevententry} ({@code 2026-12-06T11:11:41.859Z}: UTC, a fraction of
 * one to nine digits, written by {@link DateTimeUtils#formatInstant}). A lineage of 30,000 journeys reads 160,000 of
 * them, and {@link DateTimeUtils#parseInstant}'s general ISO parser was two thirds of its time; this reads the one form
 * by position and hands anything else to that parser, so the result is always the same instant.
 */
final class StoredTimestamps {

    private static final int SHORTEST = "2026-12-06T11:11:41Z".length();
    private static final int[] NANOS_PER_DIGIT = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private StoredTimestamps() {
    }

    static Instant parse(String text) {
        Instant read = readStoredForm(text);
        return read != null ? read : DateTimeUtils.parseInstant(text);
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f…]Z}, or null for any other text (or an impossible date). */
    private static Instant readStoredForm(String text) {
        int length = text.length();
        if (length < SHORTEST || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > SHORTEST) {
            int fraction = length - SHORTEST - 1;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            int value = digits(text, 20, fraction);
            if (value < 0) {
                return null;
            }
            nanos = value * NANOS_PER_DIGIT[fraction - 1];
        }
        if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number written by {@code count} ASCII digits from {@code from}, or -1 if any is no digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int k = from; k < from + count; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
