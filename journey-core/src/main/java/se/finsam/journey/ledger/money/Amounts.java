package se.finsam.journey.ledger.money;

import java.math.BigDecimal;
import java.util.Locale;
import se.finsam.journey.ledger.FreeText;
import se.finsam.journey.ledger.LedgerViolation;

/**
 * Amounts of money in whole öre, as a {@code long}: never floating point. Text is read the ways Swedish finance
 * exports and people write it ("1 234 567", "1234567,50", "1 234 567 kr", "-2 500,00") and refused whenever it could
 * mean two things ("1,234" and "1.234" are a thousand and a bit, or one krona and a fraction, depending on who wrote
 * them), with a message that says how to write it instead.
 */
public final class Amounts {

    /** Ten billion kronor: far above any association's budget, and far below where a {@code long} of öre ends. */
    public static final long MOST_ORE = 1_000_000_000_000L;
    private static final char NO_BREAK_SPACE = '\u00a0';

    private Amounts() {
    }

    /** The öre of {@code text}, or a violation naming {@code field}. */
    public static long parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw LedgerViolation.invalid(field, "amount-missing", "field '" + field + "' is missing: an amount "
                    + "in kronor such as 1 234 567 or 1234567,50");
        }
        String rest = withoutCurrency(text.strip());
        boolean negative = false;
        if (!rest.isEmpty() && (rest.charAt(0) == '-' || rest.charAt(0) == '\u2212' || rest.charAt(0) == '+')) {
            negative = rest.charAt(0) != '+';
            rest = rest.substring(1).strip();
        }
        int comma = rest.indexOf(',');
        int point = rest.indexOf('.');
        if (comma >= 0 && point >= 0) {
            throw ambiguous(field, text, "it mixes ',' and '.'");
        }
        int separator = Math.max(comma, point);
        if (separator >= 0 && rest.indexOf(rest.charAt(separator), separator + 1) >= 0) {
            throw ambiguous(field, text, "'" + rest.charAt(separator) + "' appears more than once");
        }
        String whole = separator < 0 ? rest : rest.substring(0, separator);
        String decimals = separator < 0 ? "" : rest.substring(separator + 1);
        String digits = wholeDigits(field, text, whole);
        if (separator >= 0) {
            if (decimals.isEmpty() || !decimals.chars().allMatch(Amounts::isAsciiDigit)) {
                throw notANumber(field, text);
            }
            if (decimals.length() == 3 && digits.length() == whole.length() && whole.length() <= 3) {
                throw ambiguous(field, text, "three digits after '" + rest.charAt(separator) + "' may be thousands "
                        + "or öre");
            }
            if (decimals.length() > 2) {
                throw LedgerViolation.invalid(field, "amount-too-precise", "field '" + field + "': " + FreeText.echo(text)
                        + " has more than two decimals; the smallest unit is one öre", text);
            }
        }
        if (digits.length() > 13) {
            throw tooLarge(field, text);
        }
        long ore = Long.parseLong(digits) * 100 + (decimals.isEmpty() ? 0
                : Long.parseLong(decimals.length() == 1 ? decimals + "0" : decimals));
        if (ore > MOST_ORE) {
            throw tooLarge(field, text);
        }
        return negative ? -ore : ore;
    }

    /** Kronor as written by a client (a JSON number or a decimal): exact, at most two decimals. */
    public static long ofKronor(String field, BigDecimal kronor) {
        BigDecimal stripped = kronor.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw LedgerViolation.invalid(field, "amount-too-precise", "field '" + field + "': "
                    + kronor.toPlainString() + " has more than two decimals; the smallest unit is one öre",
                    kronor.toPlainString());
        }
        if (stripped.abs().compareTo(BigDecimal.valueOf(MOST_ORE, 2)) > 0) {
            throw tooLarge(field, kronor.toPlainString());
        }
        return stripped.movePointRight(2).longValueExact();
    }

    /** The amount in kronor with two decimals, for JSON answers. */
    public static BigDecimal kronor(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }

    /**
     * The amount as a Swedish reader writes it: groups of three digits split by a no-break space, a decimal comma
     * and always two decimals, "-" before a negative amount ({@code 1 234 567,50}). {@link #parse} reads it back.
     */
    public static String format(long ore) {
        String digits = Long.toString(Math.abs(ore) / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(NO_BREAK_SPACE);
            }
            grouped.append(digits.charAt(i));
        }
        return (ore < 0 ? "-" : "") + grouped + String.format(Locale.ROOT, ",%02d", Math.abs(ore) % 100);
    }

    private static String withoutCurrency(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String suffix : new String[]{"kr.", "kr", "sek", ":-"}) {
            if (lower.endsWith(suffix)) {
                return text.substring(0, text.length() - suffix.length()).strip();
            }
        }
        return text;
    }

    /** The digits of the whole kronor, checking that spaces (if any) split them in groups of three. */
    private static String wholeDigits(String field, String text, String whole) {
        String[] groups = whole.split("[ \u00a0\u202f]", -1);
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            boolean sized = groups.length == 1 ? !group.isEmpty()
                    : i == 0 ? group.length() >= 1 && group.length() <= 3 : group.length() == 3;
            if (!sized || !group.chars().allMatch(Amounts::isAsciiDigit)) {
                throw notANumber(field, text);
            }
        }
        return String.join("", groups);
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static LedgerViolation notANumber(String field, String text) {
        return LedgerViolation.invalid(field, "amount-not-a-number", "field '" + field + "': " + FreeText.echo(text) + " is not "
                + "an amount in kronor; write it like 1 234 567 or 1234567,50 (spaces between thousands, a decimal "
                + "comma, at most two decimals)", text);
    }

    private static LedgerViolation ambiguous(String field, String text, String why) {
        return LedgerViolation.invalid(field, "amount-ambiguous", "field '" + field + "': " + FreeText.echo(text) + " could mean "
                + "two different amounts (" + why + "); write thousands with spaces and öre after a decimal comma, "
                + "like 1 234 or 1,23", text);
    }

    private static LedgerViolation tooLarge(String field, String text) {
        return LedgerViolation.invalid(field, "amount-too-large", "field '" + field + "': " + FreeText.echo(text) + " is more "
                + "than 10 000 000 000 kronor", text);
    }
}
