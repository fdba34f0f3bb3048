package se.finsam.journey.api.ledger.pages;

import java.util.function.Function;

/**
 * The words for the keys of a ledger report's open breakdowns: a party key, a type of cost, a role, a kind of
 * activity (a standard code by its label, a team's own entry as written) and a ledger key.
 */
final class LedgerLabels {

    private LedgerLabels() {
    }

    static String party(String key, Function<String, String> text) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return text.apply("ledger.party." + key);
        }
        String detail = key.substring(colon + 1);
        if (key.startsWith("MUNICIPALITY:")) {
            String name = text.apply("reports.municipality." + detail);
            return name.startsWith("reports.") ? text.apply("ledger.party.MUNICIPALITY").replace("{0}", detail)
                    : name + " (" + detail + ")";
        }
        return detail;
    }

    static String costType(String code, Function<String, String> text) {
        return coded("ledger.costType.", code, text);
    }

    static String role(String code, Function<String, String> text) {
        return coded("ledger.role.", code, text);
    }

    static String kind(String code, Function<String, String> text) {
        return coded("ledger.kind.", code, text);
    }

    /** {@code initiative:fns} → "Insats fns", {@code association:x} → "Förbundet x". */
    static String ledger(String key, Function<String, String> text) {
        int colon = key.indexOf(':');
        return text.apply("ledger.owner." + key.substring(0, colon)).replace("{0}", key.substring(colon + 1));
    }

    private static String coded(String prefix, String code, Function<String, String> text) {
        String label = text.apply(prefix + code);
        return label.equals(prefix + code) ? code : label;
    }
}
