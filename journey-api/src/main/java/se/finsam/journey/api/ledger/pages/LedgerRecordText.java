package se.finsam.journey.api.ledger.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A ledger record's fields as a page shows them: the record is kept as a client sends it (codes, amounts with a
 * decimal point), which a team member should not have to decode, so each value is put in the user's words (a party,
 * type of cost, role or kind by its label, a team's own entry as written) and numbers in the user's format
 * ("1 840 000", "0,40").
 */
final class LedgerRecordText {

    /** One field: the key of its label ({@code ledger.field.<field>}) and its value as shown. */
    record Shown(String field, String value) {
    }

    private static final Set<String> PARTIES = Set.of("financingParty", "employer", "payer", "coFinancedBy");
    private static final Set<String> DECIMALS = Set.of("fte", "coFinancedFte", "target");
    private static final Map<String, String> GENDERS = Map.of("WOMAN", "women", "MAN", "men", "NON_BINARY",
            "nonBinary");

    private LedgerRecordText() {
    }

    static List<Shown> of(JsonNode record, Function<String, String> text, Locale language) {
        List<Shown> shown = new ArrayList<>();
        record.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (!name.equals("type") && !name.equals("recordId")) {
                shown.add(new Shown(name, value(name, field.getValue(), text, language)));
            }
        });
        return shown;
    }

    private static String value(String name, JsonNode value, Function<String, String> text, Locale language) {
        if (name.equals("byGender")) {
            List<String> counts = new ArrayList<>();
            value.fields().forEachRemaining(g -> counts.add(text.apply("ledger.field." + GENDERS.getOrDefault(g.getKey(),
                    g.getKey())) + ": " + g.getValue().asText()));
            return String.join(", ", counts);
        }
        if (name.equals("tableCell")) {
            return value.path("definition").asText() + " v" + value.path("version").asText() + " · "
                    + value.path("table").asText() + " · " + value.path("cell").asText();
        }
        String raw = value.asText();
        if (PARTIES.contains(name)) {
            return LedgerLabels.party(raw, text);
        }
        return switch (name) {
            case "amount" -> number(new BigDecimal(raw), language, true);
            case "costType" -> LedgerLabels.costType(raw, text);
            case "role" -> LedgerLabels.role(raw, text);
            case "kind" -> LedgerLabels.kind(raw, text);
            case "direction", "attainment" -> coded("ledger." + name + "." + raw, raw, text);
            default -> DECIMALS.contains(name) ? number(new BigDecimal(raw), language, false) : raw;
        };
    }

    /** In the user's format; an amount of whole kronor without öre, any other with both decimals. */
    private static String number(BigDecimal number, Locale language, boolean amount) {
        NumberFormat format = NumberFormat.getNumberInstance(language);
        boolean whole = number.stripTrailingZeros().scale() <= 0;
        int decimals = amount ? (whole ? 0 : 2) : Math.max(0, number.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(number).replace('-', '\u2212');
    }

    private static String coded(String key, String code, Function<String, String> text) {
        String label = text.apply(key);
        return label.equals(key) ? code : label;
    }
}
