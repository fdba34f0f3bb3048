package se.finsam.journey.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An open list of codes: a standard set (written in capitals, translated on the pages) and any other entry a team
 * needs, kept as the words it was given (at most {@value #MOST_CHARACTERS} characters of free text). A standard code
 * is recognised in any letter case, so "Staff" and "STAFF" are one code.
 */
public final class OpenList {

    public static final int MOST_CHARACTERS = 60;

    private OpenList() {
    }

    /**
     * The standard code {@code text} names (by its code, or by one of its Swedish names in {@code aliases}, any
     * letter case), or {@code text} itself as a team's own entry.
     */
    public static String parse(String field, String text, List<String> standard, Map<String, String> aliases) {
        if (text == null || text.isBlank()) {
            throw LedgerViolation.invalid(field, "code-missing", "field '" + field + "' is missing: one of "
                    + String.join(", ", standard) + ", or a name of your own");
        }
        String stripped = text.strip();
        String upper = stripped.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (standard.contains(upper)) {
            return upper;
        }
        String alias = aliases.get(stripped.toLowerCase(new Locale("sv")));
        return alias != null ? alias : FreeText.check(field, stripped, MOST_CHARACTERS);
    }

    public static boolean isStandard(String code, List<String> standard) {
        return standard.contains(code);
    }
}
