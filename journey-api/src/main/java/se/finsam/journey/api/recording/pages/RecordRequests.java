package se.finsam.journey.api.recording.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.journey.api.recording.InvalidRecordException;
import se.finsam.journey.journey.RuleViolation;

/**
 * Between what a person typed (a form, a spreadsheet row) and the API's record: builds the same JSON a client
 * sends, and places a refusal next to the field it concerns, in the user's language. A value that does not
 * convert (a score "fyra") goes in as text, so the service refuses it with its own message for that field.
 */
final class RecordRequests {

    private static final Pattern FIELD_MESSAGE = Pattern.compile("^field '([^']+)' (.*)$", Pattern.DOTALL);
    private static final Map<String, String> RULE_FIELDS = Map.ofEntries(
            Map.entry("years-in-support-invalid", "yearsInPublicSupport"),
            Map.entry("subsidised-without-work", "subsidisedEmployment"),
            Map.entry("score-off-scale", "score"),
            Map.entry("journey-id-like-identity-number", "journeyId"),
            Map.entry("hours-out-of-range", "hoursPerWeek"),
            Map.entry("date-too-early", "date"),
            Map.entry("date-in-future", "date"),
            Map.entry("age-out-of-range", "person.birthYear"),
            Map.entry("withdrawal-after-enrolment", "date"),
            Map.entry("enrolment-after-withdrawal", "date"),
            Map.entry("closure-before-enrolment", "date"),
            Map.entry("not-enrolled", "date"),
            Map.entry("training-id-taken", "trainingId"),
            Map.entry("training-already-ended", "trainingId"),
            Map.entry("retracts-unknown", "retracts"),
            Map.entry("retracts-retraction", "retracts"),
            Map.entry("already-retracted", "retracts"),
            Map.entry("retraction-with-dependants", "retracts"),
            Map.entry("record-id-taken", "recordId"),
            Map.entry("unknown-initiative", "initiative"),
            Map.entry("not-your-initiative", "initiative"));

    private RecordRequests() {
    }

    /** A refusal placed on a field ({@code null}: the record as a whole) with a message to show. */
    record Problem(String field, String message) {
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
        for (RecordFieldSpec field : RecordFieldSpec.FIELDS.getOrDefault(type, java.util.List.of())) {
            String value = values.get(field.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            ObjectNode target = field.isPerson() ? record.has("person") ? (ObjectNode) record.get("person")
                    : record.putObject("person") : record;
            put(target, field, value.strip(), labels);
        }
        return record;
    }

    private static void put(ObjectNode target, RecordFieldSpec field, String value, CodeLabels labels) {
        String name = field.jsonName();
        switch (field.kind()) {
            case NUMBER, INTEGER -> {
                try {
                    BigDecimal number = new BigDecimal(value.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
                    if (field.kind() == RecordFieldSpec.Kind.INTEGER && number.stripTrailingZeros().scale() <= 0) {
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
            case CODE -> target.put(name, labels.code(field, value));
            default -> target.put(name, value);
        }
    }

    /** Where a refusal belongs and what to say, in the user's language, with the service's own text as fallback. */
    static Problem problem(RuntimeException refusal, CodeLabels labels, Locale locale) {
        if (refusal instanceof RuleViolation rule) {
            return new Problem(RULE_FIELDS.get(rule.rule()),
                    labels.message("rule." + rule.rule(), null, rule.getMessage(), locale));
        }
        if (refusal instanceof InvalidRecordException) {
            return fieldProblem(refusal.getMessage(), labels, locale);
        }
        return new Problem(null, refusal.getMessage());
    }

    /** A message of a field ("field 'score' must be a number") placed on that field and said in the language. */
    static Problem fieldProblem(String message, CodeLabels labels, Locale locale) {
        Matcher m = FIELD_MESSAGE.matcher(message);
        if (!m.matches()) {
            return new Problem(null, message);
        }
        String field = m.group(1);
        String rest = m.group(2);
        String key = rest.equals("is missing") || rest.equals("must not be empty") ? "invalid.missing"
                : rest.equals("must be a number") ? "invalid.number"
                : rest.equals("must be a whole number") ? "invalid.integer"
                : rest.equals("must be true or false") ? "invalid.boolean"
                : rest.contains("is not a date") ? "invalid.date"
                : rest.contains("; expected one of") ? "invalid.code"
                : rest.startsWith("is not a field of") ? "invalid.notAField"
                : rest.contains("is not a municipality code") ? "invalid.municipality"
                : rest.contains("is not a valid personal identity number") ? "invalid.identityNumber"
                : rest.startsWith("holds what looks like a personal identity number") ? "invalid.identityNumberInText"
                : rest.contains("far outside any sensible range") ? "invalid.numberOutOfRange"
                : rest.startsWith("must be a year from") ? "invalid.year"
                : rest.contains("looks like a personal identity number") ? "invalid.looksLikeIdentityNumber"
                : rest.contains("may only hold letters") ? "invalid.identifier"
                : rest.contains("characters long") ? "invalid.tooLong"
                : null;
        String text = key == null ? message : labels.message(key, null, message, locale);
        return new Problem(field, text);
    }

    /** For a type, whether a field of the refusal is one of its form's fields (else it is shown above the form). */
    static boolean onForm(String type, String field) {
        return field != null && (field.equals("date") || field.equals("recordId") || field.equals("journeyId")
                || RecordFieldSpec.FIELDS.getOrDefault(type, java.util.List.of()).stream()
                .anyMatch(f -> f.name().equals(field)));
    }
}
