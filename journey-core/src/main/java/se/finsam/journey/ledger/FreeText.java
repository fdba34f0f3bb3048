package se.finsam.journey.ledger;

import se.finsam.journey.journey.PersonalIdentityNumber;

/**
 * The free text of a ledger record (a title, a goal, an assessment, a name): trimmed, of a bounded length, without
 * control characters, and never carrying something shaped like a personal identity number. Ledger records are
 * anonymous by design: they are read by everyone who reads reports, and no key seals them.
 */
public final class FreeText {

    private FreeText() {
    }

    /** The text, stripped; a violation naming {@code field} when it is empty, too long or not allowed. */
    public static String check(String field, String text, int mostCharacters) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw LedgerViolation.invalid(field, "text-missing", "field '" + field + "' is missing or empty");
        }
        if (stripped.length() > mostCharacters) {
            throw LedgerViolation.invalid(field, "text-too-long", "field '" + field + "' is " + stripped.length()
                    + " characters long; at most " + mostCharacters + " are allowed",
                    String.valueOf(stripped.length()), String.valueOf(mostCharacters));
        }
        if (stripped.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw LedgerViolation.invalid(field, "text-control-characters", "field '" + field
                    + "' must not contain control characters");
        }
        if (holdsIdentityNumber(stripped)) {
            // Never repeat the text: it may be somebody's identity number, and messages reach logs.
            throw LedgerViolation.invalid(field, "text-identity-number", "field '" + field + "' holds something "
                    + "shaped like a personal identity number; ledger records are anonymous and hold no personal data");
        }
        return stripped;
    }

    /** The text stripped, or null when absent or blank; otherwise checked as {@link #check}. */
    public static String optional(String field, String text, int mostCharacters) {
        return text == null || text.isBlank() ? null : check(field, text, mostCharacters);
    }

    /**
     * What a message may repeat of a value someone typed: the value in quotes, or nothing of it when it is shaped
     * like a personal identity number (messages reach the import's error list and may reach logs).
     */
    public static String echo(String text) {
        return text != null && holdsIdentityNumber(text) ? "(a value shaped like a personal identity number)"
                : "'" + text + "'";
    }

    /** Something shaped like an identity number anywhere in the text, as the journeys' free text is checked. */
    static boolean holdsIdentityNumber(String text) {
        return PersonalIdentityNumber.foundIn(text);
    }
}
