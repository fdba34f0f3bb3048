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
        Party named = swedish(text.toLowerCase(SWEDISH));
        if (named != null) {
            return named;
        }
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

    /**
     * A party by the Swedish name a finance export or a person writes ("Försäkringskassan", "Region Västmanland",
     * "Fagersta kommun", "Kommun 1982"), or null. A municipality's name is known for the municipalities of
     * DOMAIN.md; any other is named by its code.
     */
    private static Party swedish(String lower) {
        switch (lower) {
            case "försäkringskassan", "fk":
                return new Party(PartyKind.SOCIAL_INSURANCE_AGENCY, null, null);
            case "arbetsförmedlingen", "af":
                return new Party(PartyKind.EMPLOYMENT_SERVICE, null, null);
            case "samordningsförbundet", "förbundet":
                return ASSOCIATION;
            case "region", "regionen":
                return new Party(PartyKind.REGION, null, null);
            default:
                break;
        }
        if (lower.startsWith("region ")) {
            return new Party(PartyKind.REGION, null, null);
        }
        java.util.regex.Matcher code = KOMMUN_CODE.matcher(lower);
        if (code.matches()) {
            return new Party(PartyKind.MUNICIPALITY, code.group(1) != null ? code.group(1) : code.group(2), null);
        }
        String municipality = lower.endsWith(" kommun") ? lower.substring(0, lower.length() - 7).strip() : lower;
        String known = MUNICIPALITY_CODES.get(municipality);
        return known == null ? null : new Party(PartyKind.MUNICIPALITY, known, null);
    }

    private static final java.util.Locale SWEDISH = java.util.Locale.forLanguageTag("sv");
    private static final Pattern KOMMUN_CODE = Pattern.compile("kommun (\\d{4})|(\\d{4})(?: kommun)?");
    /** The municipalities of DOMAIN.md, by name in lower case. */
    private static final java.util.Map<String, String> MUNICIPALITY_CODES = java.util.Map.of("västerås", "1980",
            "fagersta", "1982", "norberg", "1962", "skinnskatteberg", "1904", "sala", "1981", "hallstahammar", "1961",
            "surahammar", "1907", "avesta", "2084");

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
