package se.finsam.journey.journey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The Swedish personal identity number (personnummer) in its 12-digit form YYYYMMDDNNNN with a valid Luhn
 * check digit. Co-ordination numbers (day + 60) are accepted too. {@link #foundIn} spots one written anywhere
 * in free text, so that no text a user types can carry one past the sealing of personal data.
 */
public final class PersonalIdentityNumber {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    /** What a journey id or record id must never look like: it could be somebody's identity number. */
    private static final Pattern SHAPED_LIKE_ONE = Pattern.compile("^(\\d{2})?\\d{6}[-+]?\\d{4}$");

    private PersonalIdentityNumber() {
    }

    public static boolean looksLikeOne(String text) {
        return SHAPED_LIKE_ONE.matcher(text).matches();
    }

    /**
     * Whether free text holds something shaped like an identity number anywhere in it: 10 or 12 digits that
     * start with a date (YYMMDD or YYYYMMDD; a day + 60 for co-ordination numbers), written together, with
     * single spaces between digits, or with a '-' or '+' (or a dash) before the last four. The check digit is
     * not checked: a mistyped number is still somebody's, and it errs on the side of refusing (a phone number
     * that starts like a date is refused too). Dates such as "2024-01-10" or "2024-01-10 1234" are not refused:
     * a dash anywhere but before the last four digits breaks the shape.
     */
    public static boolean foundIn(String text) {
        return text != null && DigitsInText.of(text).holdIdentityNumber();
    }

    /** Why the text is not a valid identity number, or {@code null} when it is one. */
    public static String problemWith(String text) {
        if (!TWELVE_DIGITS.matcher(text).matches()) {
            return "must be 12 digits YYYYMMDDNNNN";
        }
        int day = Integer.parseInt(text.substring(6, 8));
        try {
            LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                    day > 60 ? day - 60 : day);
        } catch (DateTimeException e) {
            return "does not start with a valid date of birth";
        }
        return luhnValid(text.substring(2)) ? null : "has a wrong check digit (Luhn)";
    }

    private static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
