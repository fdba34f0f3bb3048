package se.finsam.journey.api.ledger.pages;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.ledger.LedgerRecordType;

/**
 * The fields of each ledger record type on its form, and the JSON record a form's values make: the very record a
 * client sends the API, so a form and the API cannot drift apart. A refusal names a JSON field; {@link #formField}
 * says which form field it is shown beside.
 */
final class LedgerFormFields {

    /** How a field is asked for. */
    enum Kind { TEXT, TEXTAREA, DATE, YEAR, AMOUNT, FTE, WHOLE, PARTY, COST_TYPE, ROLE, ACTIVITY_KIND, FIGURE,
        DIRECTION, ATTAINMENT, GOAL, DECIMAL }

    record Field(String name, Kind kind, boolean required) {
    }

    private static final Field RECORD_ID = new Field("recordId", Kind.TEXT, false);

    static final Map<LedgerRecordType, List<Field>> FIELDS = fields();

    private LedgerFormFields() {
    }

    private static Map<LedgerRecordType, List<Field>> fields() {
        Map<LedgerRecordType, List<Field>> fields = new LinkedHashMap<>();
        fields.put(LedgerRecordType.ALLOCATION, List.of(field("year", Kind.YEAR), field("financingParty", Kind.PARTY),
                field("amount", Kind.AMOUNT), RECORD_ID));
        fields.put(LedgerRecordType.BUDGET, List.of(field("year", Kind.YEAR), field("costType", Kind.COST_TYPE),
                field("amount", Kind.AMOUNT), RECORD_ID));
        fields.put(LedgerRecordType.COST, List.of(field("from", Kind.DATE), optional("to", Kind.DATE),
                field("costType", Kind.COST_TYPE), field("amount", Kind.AMOUNT), RECORD_ID));
        fields.put(LedgerRecordType.FORECAST, List.of(field("year", Kind.YEAR), optional("date", Kind.DATE),
                field("costType", Kind.COST_TYPE), field("amount", Kind.AMOUNT), RECORD_ID));
        fields.put(LedgerRecordType.POSITION, List.of(field("from", Kind.DATE), field("to", Kind.DATE),
                field("role", Kind.ROLE), field("fte", Kind.FTE), optional("persons", Kind.WHOLE),
                field("employer", Kind.PARTY), optional("payer", Kind.PARTY), optional("coFinancedBy", Kind.PARTY),
                optional("coFinancedFte", Kind.FTE), RECORD_ID));
        fields.put(LedgerRecordType.GOAL, List.of(field("year", Kind.YEAR), field("area", Kind.TEXT),
                field("text", Kind.TEXTAREA), optional("figure", Kind.FIGURE), optional("tableDefinition", Kind.TEXT),
                optional("tableVersion", Kind.WHOLE), optional("tableName", Kind.TEXT), optional("tableCell", Kind.TEXT),
                optional("target", Kind.DECIMAL), optional("direction", Kind.DIRECTION), RECORD_ID));
        fields.put(LedgerRecordType.GOAL_ASSESSMENT, List.of(field("goal", Kind.GOAL), optional("date", Kind.DATE),
                field("text", Kind.TEXTAREA), optional("attainment", Kind.ATTAINMENT), RECORD_ID));
        fields.put(LedgerRecordType.ACTIVITY, List.of(field("kind", Kind.ACTIVITY_KIND), field("title", Kind.TEXT),
                field("from", Kind.DATE), optional("to", Kind.DATE), field("sessions", Kind.WHOLE),
                field("attendances", Kind.WHOLE), field("uniqueParticipants", Kind.WHOLE), optional("women", Kind.WHOLE),
                optional("men", Kind.WHOLE), optional("nonBinary", Kind.WHOLE), RECORD_ID));
        return fields;
    }

    private static Field field(String name, Kind kind) {
        return new Field(name, kind, true);
    }

    private static Field optional(String name, Kind kind) {
        return new Field(name, kind, false);
    }

    /** The record the form's values make, as a client would send it. */
    static ObjectNode record(LedgerRecordType type, Map<String, String> values) {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("type", type.wireName());
        for (Field field : FIELDS.getOrDefault(type, List.of())) {
            String value = values.get(field.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            switch (field.name()) {
                case "tableDefinition" -> json.withObjectProperty("tableCell").put("definition", value.strip());
                case "tableVersion" -> json.withObjectProperty("tableCell").put("version", value.strip());
                case "tableName" -> json.withObjectProperty("tableCell").put("table", value.strip());
                case "tableCell" -> json.withObjectProperty("tableCell").put("cell", value.strip());
                case "women" -> json.withObjectProperty("byGender").put("WOMAN", value.strip());
                case "men" -> json.withObjectProperty("byGender").put("MAN", value.strip());
                case "nonBinary" -> json.withObjectProperty("byGender").put("NON_BINARY", value.strip());
                default -> json.put(field.name(), value);
            }
        }
        return json;
    }

    /** The retraction of a record, with its reason. */
    static ObjectNode retraction(String retracts, String reason, String recordId) {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("type", LedgerRecordType.RETRACTION.wireName())
                .put("retracts", retracts).put("reason", reason == null ? "" : reason);
        if (recordId != null && !recordId.isBlank()) {
            json.put("recordId", recordId);
        }
        return json;
    }

    /** The form field a refusal of JSON field {@code field} is shown beside (null: the form as a whole). */
    static String formField(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "tableCell", "definition" -> "tableDefinition";
            case "version" -> "tableVersion";
            case "table" -> "tableName";
            case "cell" -> "tableCell";
            case "byGender", "WOMAN" -> "women";
            case "MAN" -> "men";
            case "NON_BINARY" -> "nonBinary";
            default -> field;
        };
    }
}
