package se.finsam.journey.api.recording;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.finsam.journey.journey.PersonalIdentityNumber;

/** Reads the fields of one JSON object of a record, remembering which were read to spot unknown ones. */
final class RecordFields {

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]{1,64}");
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

    boolean has(String name) {
        read.add(name);
        return node.has(name);
    }

    boolean isNull(String name) {
        return has(name) && node.get(name).isNull();
    }

    String path(String name) {
        return prefix + name;
    }

    JsonNode object(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value != null && !value.isObject()) {
            throw invalid(name, "must be an object");
        }
        return value;
    }

    String text(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(name, "must be text");
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            if (required) {
                throw invalid(name, "must not be empty");
            }
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw invalid(name, "is " + text.length() + " characters long; at most " + MAX_TEXT + " are allowed");
        }
        if (text.chars().anyMatch(c -> c < 0x20)) {
            throw invalid(name, "must not contain control characters");
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
            throw invalid(name, IDENTITY_NUMBER_IN_TEXT);
        }
        return text;
    }

    String identifier(String name, boolean required) {
        String text = text(name, required);
        if (text != null && !IDENTIFIER.matcher(text).matches()) {
            // Never repeat a value that could be somebody's identity number (e.g. "19121212+1212").
            throw invalid(name, (PersonalIdentityNumber.looksLikeOne(text) ? "looks like a personal identity number and"
                    : "'" + text + "'") + " may only hold letters A–Z, digits, '.', '_' and '-' (1–64 characters)");
        }
        return text;
    }

    <E extends Enum<E>> E code(String name, Class<E> list, String listName, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(list, text);
        } catch (IllegalArgumentException e) {
            throw invalid(name, shown(text) + " is not a " + listName + "; expected one of "
                    + Arrays.stream(list.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    BigDecimal number(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw invalid(name, "must be a number");
        }
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            // e.g. 1e400: too large even to be read as a number, let alone be a score or a number of years.
            throw invalid(name, "is a number far outside any sensible range for it");
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
            throw invalid(name, "must be a whole number");
        }
        if (!value.canConvertToInt() || value.intValue() < EARLIEST_YEAR || value.intValue() > LATEST_YEAR) {
            throw invalid(name, "must be a year from " + EARLIEST_YEAR + " to " + LATEST_YEAR);
        }
        return value.intValue();
    }

    Integer integer(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(name, "must be a whole number");
        }
        return value.intValue();
    }

    Boolean bool(String name) {
        JsonNode value = value(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw invalid(name, "must be true or false");
        }
        return value.booleanValue();
    }

    /** Refuses fields the object ("an enrolment (inskrivning)") does not have, so a misspelt field is not ignored. */
    void noOthers(String described) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new InvalidRecordException("field '" + path(name) + "' is not a field of " + described);
            }
        }
    }

    /** A value quoted back in a message, unless it may be personal data (a run of six or more digits). */
    static String shown(String value) {
        return value.matches(".*\\d{6}.*") ? "the value (not repeated: it may be personal data)"
                : "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    InvalidRecordException invalid(String name, String problem) {
        return new InvalidRecordException("field '" + path(name) + "' " + problem);
    }

    private JsonNode value(String name, boolean required) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidRecordException("field '" + path(name) + "' is missing");
            }
            return null;
        }
        return value;
    }
}
