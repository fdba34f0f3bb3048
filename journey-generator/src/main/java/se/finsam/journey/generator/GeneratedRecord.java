package se.finsam.journey.generator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One import record of API.md: type, journey, record id, date and the type's own fields (strings, numbers,
 * booleans or nested maps), written as one NDJSON line without a JSON library so that the domain module stays free
 * of one.
 */
public record GeneratedRecord(String type, String journeyId, String recordId, LocalDate date,
                              Map<String, Object> fields) {

    public static GeneratedRecord of(String type, String journeyId, String recordId, LocalDate date) {
        return new GeneratedRecord(type, journeyId, recordId, date, new LinkedHashMap<>());
    }

    public GeneratedRecord with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public String toJson() {
        StringBuilder out = new StringBuilder(200);
        out.append("{\"type\":");
        string(out, type);
        out.append(",\"journeyId\":");
        string(out, journeyId);
        out.append(",\"recordId\":");
        string(out, recordId);
        out.append(",\"date\":\"").append(date).append('"');
        fields(out, fields, true);
        return out.append('}').toString();
    }

    private static void fields(StringBuilder out, Map<?, ?> fields, boolean continued) {
        boolean first = !continued;
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            out.append(first ? "" : ",");
            first = false;
            string(out, field.getKey().toString());
            out.append(':');
            value(out, field.getValue());
        }
    }

    private static void value(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> nested) {
            out.append('{');
            fields(out, nested, false);
            out.append('}');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
