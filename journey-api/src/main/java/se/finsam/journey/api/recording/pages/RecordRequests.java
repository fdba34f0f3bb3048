package se.finsam.journey.api.recording.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.finsam.journey.api.recording.RecordSchema;
import se.finsam.journey.api.recording.RecordSchema.Field;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.journey.Refusal;

/**
 * Between what a person typed (a form, a spreadsheet row) and the API's record: builds the same JSON a client
 * sends, field by field as {@link RecordSchema} describes them, and places a refusal next to the field it names, in
 * the user's language, from its code alone. A value that does not convert (a score "fyra") goes in as text, so the
 * service refuses it with its own code for that field.
 */
final class RecordRequests {

    private RecordRequests() {
    }

    /** A refusal placed on a field ({@code null}: the record as a whole) with a message to show. */
    record Problem(String field, String message) {
    }

    /** The fields of a record type that has a form; any other type is a bad request. */
    static List<Field> formFields(String type) {
        return RecordType.fromWireName(type).filter(RecordSchema.SENT::contains).map(RecordSchema::fieldsOf)
                .orElseThrow(() -> new BadRequestException("'" + type + "' is not a record type with a form"));
    }

    static ObjectNode toJson(ObjectMapper json, CodeLabels labels, String type, String journeyId, String recordId,
                             String date, Map<String, String> values) {
        ObjectNode record = json.createObjectNode();
        record.put("type", type);
        if (journeyId != null && !journeyId.isBlank()) {
            record.put("journeyId", journeyId.strip());
        }
        if (recordId != null && !recordId.isBlank()) {
            record.put("recordId", recordId.strip());
        }
        if (date != null && !date.isBlank()) {
            record.put("date", date.strip());
        }
        List<Field> fields = RecordType.fromWireName(type).map(RecordSchema::fieldsOf).orElse(List.of());
        for (Field field : fields) {
            String value = values.get(field.path());
            if (value == null || value.isBlank()) {
                continue;
            }
            ObjectNode target = field.inPerson() ? record.has("person") ? (ObjectNode) record.get("person")
                    : record.putObject("person") : record;
            put(target, field, value.strip(), labels);
        }
        return record;
    }

    private static void put(ObjectNode target, Field field, String value, CodeLabels labels) {
        String name = field.name();
        switch (field.kind()) {
            case NUMBER, YEAR -> {
                try {
                    BigDecimal number = new BigDecimal(value.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
                    if (field.kind() == RecordSchema.Kind.YEAR && number.stripTrailingZeros().scale() <= 0) {
                        target.put(name, number.intValueExact());
                    } else {
                        target.put(name, number);
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    target.put(name, value);
                }
            }
            case BOOLEAN -> {
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "ja", "1", "yes" -> target.put(name, true);
                    case "false", "nej", "0", "no" -> target.put(name, false);
                    default -> target.put(name, value);
                }
            }
            case CODE -> target.put(name, labels.code(field.codes(), value));
            default -> target.put(name, value);
        }
    }

    /** Where a refusal belongs and what to say, in the user's language, translated from its code. */
    static Problem problem(Refusal refusal, CodeLabels labels, Locale locale) {
        return new Problem(refusal.field(), labels.refusal(refusal.code(), refusal.arguments(), refusal.getMessage(),
                locale));
    }

    /** For a type, whether a field of the refusal is one of its form's fields (else it is shown above the form). */
    static boolean onForm(String type, String field) {
        return field != null && (field.equals("date") || field.equals("recordId") || field.equals("journeyId")
                || formFields(type).stream().anyMatch(f -> f.path().equals(field)));
    }
}
