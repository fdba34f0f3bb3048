package se.finsam.journey.ledger.staff;

import java.math.BigDecimal;
import java.util.Locale;
import se.finsam.journey.ledger.LedgerViolation;

/**
 * Full-time equivalents (årsarbetare, tjänstgöringsgrad) in whole hundredths, as an {@code int}: 0.40 is 40. Read
 * from "0,40", "0.4", "1" or a percentage "40 %"; written with two decimals.
 */
public final class Fte {

    /** A position line holds at most 99.99 FTE: a team, never a whole authority. */
    public static final int MOST_HUNDREDTHS = 9_999;

    private Fte() {
    }

    public static int parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw LedgerViolation.invalid(field, "fte-missing", "field '" + field + "' is missing: full-time "
                    + "equivalents such as 0,40 or 40 %");
        }
        String stripped = text.strip();
        boolean percent = stripped.endsWith("%");
        String number = (percent ? stripped.substring(0, stripped.length() - 1) : stripped).strip().replace(',', '.');
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw LedgerViolation.invalid(field, "fte-not-a-number", "field '" + field + "': " + se.finsam.journey.ledger.FreeText.echo(stripped) + " is "
                    + "not a number of full-time equivalents such as 0,40 or 40 %", stripped);
        }
        return ofDecimal(field, percent ? value.movePointLeft(2) : value);
    }

    /** Exact hundredths of {@code value}, or a violation when it has more decimals or is out of range. */
    public static int ofDecimal(String field, BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw LedgerViolation.invalid(field, "fte-too-precise", "field '" + field + "': "
                    + value.toPlainString() + " has more than two decimals (write 0,33 for a third)",
                    value.toPlainString());
        }
        if (stripped.signum() <= 0 || stripped.compareTo(BigDecimal.valueOf(MOST_HUNDREDTHS, 2)) > 0) {
            throw LedgerViolation.invalid(field, "fte-out-of-range", "field '" + field + "': "
                    + value.toPlainString() + " must be more than 0 and at most 99,99 full-time equivalents",
                    value.toPlainString());
        }
        return stripped.movePointRight(2).intValueExact();
    }

    public static BigDecimal decimal(int hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    /** "0,40": two decimals and a decimal comma. */
    public static String format(int hundredths) {
        return String.format(Locale.ROOT, "%d,%02d", hundredths / 100, hundredths % 100);
    }
}
