package se.finsam.journey.ledger.money;

import java.util.Locale;
import java.util.regex.Pattern;
import se.finsam.journey.ledger.FreeText;
import se.finsam.journey.ledger.LedgerViolation;

/**
 * A party that finances, employs or pays: written as a key, {@code SOCIAL_INSURANCE_AGENCY}, {@code REGION},
 * {@code MUNICIPALITY:1982} (a municipality by its code), {@code ASSOCIATION} or {@code OTHER:ESF-rådet}. The key is
 * also how reports group by party, so two records of one municipality always add up.
 */
public record Party(PartyKind kind, String municipality, String name) {

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");

    public static final Party ASSOCIATION = new Party(PartyKind.ASSOCIATION, null, null);

    public Party {
        if (kind == null) {
            throw new IllegalArgumentException("a party has a kind");
        }
        if ((kind == PartyKind.MUNICIPALITY) != (municipality != null)
                || (kind == PartyKind.OTHER) != (name != null)) {
            throw new IllegalArgumentException("a municipality has a code and only another party a name: " + kind);
        }
    }

    /** Reads a key; the violation names {@code field}. */
    public static Party parse(String field, String key) {
        if (key == null || key.isBlank()) {
            throw LedgerViolation.invalid(field, "party-missing", "field '" + field + "' is missing: a party such as "
                    + "SOCIAL_INSURANCE_AGENCY, REGION, MUNICIPALITY:1982, EMPLOYMENT_SERVICE, ASSOCIATION or OTHER:name");
        }
        String text = key.strip();
        int colon = text.indexOf(':');
        String kindText = (colon < 0 ? text : text.substring(0, colon)).strip().toUpperCase(Locale.ROOT);
        String detail = colon < 0 ? null : text.substring(colon + 1).strip();
        PartyKind kind;
        try {
            kind = PartyKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw LedgerViolation.invalid(field, "party-unknown", "field '" + field + "': " + FreeText.echo(text) + " is not a "
                    + "party; give SOCIAL_INSURANCE_AGENCY, EMPLOYMENT_SERVICE, REGION, MUNICIPALITY:<kommunkod>, "
                    + "ASSOCIATION or OTHER:<name>", text);
        }
        return switch (kind) {
            case MUNICIPALITY -> {
                if (detail == null || !MUNICIPALITY_CODE.matcher(detail).matches()) {
                    throw LedgerViolation.invalid(field, "party-municipality-code", "field '" + field
                            + "': a municipality is named by its four-digit code, e.g. MUNICIPALITY:1982", text);
                }
                yield new Party(kind, detail, null);
            }
            case OTHER -> {
                if (detail == null || detail.isEmpty()) {
                    throw LedgerViolation.invalid(field, "party-name-missing", "field '" + field
                            + "': another party is named after 'OTHER:', e.g. OTHER:ESF-rådet", text);
                }
                yield new Party(kind, null, FreeText.check(field, detail, 80));
            }
            default -> {
                if (detail != null) {
                    throw LedgerViolation.invalid(field, "party-unknown", "field '" + field + "': only a "
                            + "municipality (a code) and another party (a name) take something after ':'", text);
                }
                yield new Party(kind, null, null);
            }
        };
    }

    /** The key it is written and grouped by. */
    public String key() {
        return switch (kind) {
            case MUNICIPALITY -> kind + ":" + municipality;
            case OTHER -> kind + ":" + name;
            default -> kind.name();
        };
    }

    @Override
    public String toString() {
        return key();
    }
}
