package se.finsam.journey.api.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import se.finsam.journey.ledger.LedgerViolation;
import se.finsam.journey.ledger.money.Amounts;
import se.finsam.journey.ledger.staff.Fte;

/**
 * Reads the fields of one JSON ledger record, each refusal naming its field, and remembers which were read so that
 * a field the record type does not have is refused rather than silently dropped.
 */
final class LedgerFields {

    private final JsonNode node;
    private final Set<String> read = new HashSet<>();

    LedgerFields(JsonNode node) {
        this.node = node;
    }

    JsonNode value(String name, boolean required) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw LedgerViolation.invalid(name, "field-missing", "field '" + name + "' is missing", name);
            }
            return null;
        }
        return value;
    }

    String text(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw LedgerViolation.invalid(name, "field-not-text", "field '" + name + "' must be text", name);
        }
        String text = value.asText().strip();
        if (text.isEmpty() && required) {
            throw LedgerViolation.invalid(name, "field-missing", "field '" + name + "' is empty", name);
        }
        return text.isEmpty() ? null : text;
    }

    /** A whole number, given as a JSON number or as digits in text. */
    Integer whole(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        String text = value.isNumber() ? value.asText() : value.isTextual() ? value.asText().strip() : "";
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
                throw new NumberFormatException();
            }
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw LedgerViolation.invalid(name, "field-not-whole", "field '" + name + "' must be a whole number",
                    name);
        }
    }

    LocalDate date(String name, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw LedgerViolation.invalid(name, "field-not-a-date", "field '" + name + "' must be a date of the form "
                    + "YYYY-MM-DD", name);
        }
    }

    /** An amount in öre: a JSON number of kronor (exact), or text as people write it ("1 234 567,50 kr"). */
    long amount(String name) {
        JsonNode value = value(name, true);
        if (value.isNumber()) {
            // A JSON number keeps its digits as written: no detour through a double.
            return Amounts.ofKronor(name, number(name, value, "amount-not-a-number"));
        }
        if (!value.isTextual()) {
            throw LedgerViolation.invalid(name, "amount-not-a-number", "field '" + name + "' must be an amount in "
                    + "kronor, as a number or text", value.toString());
        }
        return Amounts.parse(name, value.asText());
    }

    /** Full-time equivalents in hundredths: a number (0.4) or text ("0,40", "40 %"). */
    Integer fte(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        return value.isNumber() ? Fte.ofDecimal(name, number(name, value, "fte-not-a-number"))
                : Fte.parse(name, value.asText());
    }

    /** A number with a decimal point or comma, exact. */
    BigDecimal decimal(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        return value.isNumber() ? number(name, value, "field-not-a-number")
                : number(name, new com.fasterxml.jackson.databind.node.TextNode(value.asText().strip().replace(',', '.')),
                "field-not-a-number");
    }

    /** The exact number a JSON number (or numeric text) holds; one too large for a double (Infinity) is refused. */
    private static BigDecimal number(String name, JsonNode value, String code) {
        try {
            return new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw LedgerViolation.invalid(name, code, "field '" + name + "' must be a number of ordinary size", name);
        }
    }

    /** Refuses any field the record type does not have. */
    void noOthers(String type) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                throw LedgerViolation.invalid(name, "field-unknown", "field '" + name + "' is not a field of a "
                        + type + " record", name, type);
            }
        }
    }
}
