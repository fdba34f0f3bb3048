package se.finsam.journey.api.recording;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import se.finsam.journey.api.recording.RecordSchema.CodeList;
import se.finsam.journey.api.recording.RecordSchema.Field;
import se.finsam.journey.journey.PersonalIdentityNumber;

/**
 * Reads the fields of one JSON object of a record as {@link RecordSchema} describes them, remembering which were
 * read to spot unknown ones. Every refusal names the field's path and a stable code ({@link InvalidRecordException}).
 */
final class RecordFields {

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
    static final int MAX_TEXT = 200;
    /** The years a birth year may name: anything outside is a typing error (and breaks age arithmetic). */
    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2100;
    static final String IDENTITY_NUMBER_IN_TEXT = "holds what looks like a personal identity number (personnummer); "
            + "free text is not sealed and reaches reports, so it must never hold one: write it without the number";

    private final JsonNode node;
    private final String prefix;
    private final Set<String> read = new HashSet<>();

    RecordFields(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The value of a field of the schema, read and checked as its kind says; null when it is absent. */
    Object read(Field field) {
        String name = field.name();
        boolean required = field.required();
        return switch (field.kind()) {
            case TEXT, NAME -> text(name, required);
            case FREE_TEXT -> freeText(name, required);
            case RECORD -> identifier(name, required);
            case IDENTIFIER -> notShapedLikeAnIdentityNumber(name, identifier(name, required));
            case NUMBER -> number(name, required);
            case YEAR -> year(name, required);
            case CODE -> code(name, field.codes(), required);
            case BOOLEAN -> bool(name);
            case MUNICIPALITY -> municipality(name, required);
            case IDENTITY_NUMBER -> identityNumber(name, required);
        };
    }

    boolean isNull(String name) {
        read.add(name);
        return node.has(name) && node.get(name).isNull();
    }

    JsonNode object(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value != null && !value.isObject()) {
            throw invalid(name, "not-an-object", "must be an object");
        }
        return value;
    }

    String text(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(name, "not-text", "must be text");
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            if (required) {
                throw invalid(name, "empty", "must not be empty");
            }
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw invalid(name, "too-long", "is " + text.length() + " characters long; at most " + MAX_TEXT
                    + " are allowed").with("length", text.length()).with("most", MAX_TEXT);
        }
        if (text.chars().anyMatch(c -> c < 0x20)) {
            throw invalid(name, "control-characters", "must not contain control characters");
        }
        return text;
    }

    /**
     * Free text a person typed (a unit, a reason, a purpose). Such text reaches reports, exports and manifests
     * unsealed, so it must never hold an identity number: text with one is refused, and the message never repeats it.
     */
    String freeText(String name, boolean required) {
        String text = text(name, required);
        if (text != null && PersonalIdentityNumber.foundIn(text)) {
            throw invalid(name, "identity-number-in-text", IDENTITY_NUMBER_IN_TEXT);
        }
        return text;
    }

    String identifier(String name, boolean required) {
        String text = text(name, required);
        if (text != null && !IDENTIFIER.matcher(text).matches()) {
            // Never repeat a value that could be somebody's identity number (e.g. "19121212+1212").
            throw invalid(name, "not-an-identifier", (PersonalIdentityNumber.looksLikeOne(text)
                    ? "looks like a personal identity number and" : "'" + text + "'")
                    + " may only hold letters A–Z, digits, '.', '_' and '-' (1–64 characters)");
        }
        return text;
    }

    /** An id of the record's own (a recordId, a trainingId): never shaped like an identity number either. */
    String notShapedLikeAnIdentityNumber(String name, String id) {
        if (id != null && PersonalIdentityNumber.looksLikeOne(id)) {
            throw invalid(name, "looks-like-identity-number", "looks like a personal identity number; ids must never "
                    + "hold one");
        }
        return id;
    }

    Enum<?> code(String name, CodeList list, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        int index = list.codes().indexOf(text);
        if (index < 0) {
            String expected = String.join(", ", list.codes());
            throw invalid(name, "not-a-code", shown(text) + " is not a " + list.described() + "; expected one of "
                    + expected).with("list", list.key()).with("expected", expected);
        }
        return list.constant(index);
    }

    BigDecimal number(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw invalid(name, "not-a-number", "must be a number");
        }
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            // e.g. 1e400: too large even to be read as a number, let alone be a score or a number of years.
            throw invalid(name, "number-out-of-range", "is a number far outside any sensible range for it");
        }
        BigDecimal number = value.decimalValue().stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    /** A year, as a birth year is: a whole number from {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR}. */
    Integer year(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw invalid(name, "not-a-whole-number", "must be a whole number");
        }
        if (!value.canConvertToInt() || value.intValue() < EARLIEST_YEAR || value.intValue() > LATEST_YEAR) {
            throw invalid(name, "year-out-of-range", "must be a year from " + EARLIEST_YEAR + " to " + LATEST_YEAR)
                    .with("earliest", EARLIEST_YEAR).with("latest", LATEST_YEAR);
        }
        return value.intValue();
    }

    Boolean bool(String name) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw invalid(name, "not-true-or-false", "must be true or false");
        }
        return value.booleanValue();
    }

    private String municipality(String name, boolean required) {
        String code = text(name, required);
        if (code != null && !MUNICIPALITY.matcher(code).matches()) {
            throw invalid(name, "not-a-municipality", shown(code) + " is not a municipality code (4 digits, e.g. 1980)");
        }
        return code;
    }

    /** The number's twelve digits (in plain text: sealing it is for the one who stores it). */
    private String identityNumber(String name, boolean required) {
        String number = text(name, required);
        if (number == null) {
            return null;
        }
        String digits = number.replace("-", "").replace("+", "");
        String problem = PersonalIdentityNumber.problemWith(digits);
        if (problem != null) {
            throw invalid(name, "not-an-identity-number", "is not a valid personal identity number: it " + problem);
        }
        return digits;
    }

    /** Refuses fields the object ("an enrolment (inskrivning)") does not have, so a misspelt field is not ignored. */
    void noOthers(String described) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                throw invalid(name, "unknown-field", "is not a field of " + described);
            }
        }
    }

    /** A value quoted back in a message, unless it may be personal data (a run of six or more digits). */
    static String shown(String value) {
        return value.matches(".*\\d{6}.*") ? "the value (not repeated: it may be personal data)"
                : "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    InvalidRecordException invalid(String name, String code, String problem) {
        return new InvalidRecordException(prefix + name, code, "field '" + prefix + name + "' " + problem);
    }

    private JsonNode value(String name, boolean required) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid(name, "missing", "is missing");
            }
            return null;
        }
        return value;
    }
}
