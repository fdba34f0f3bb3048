package se.finsam.journey.api.recording.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.api.recording.RecordSchema;

/**
 * A journey's records as the timeline shows them: each with its fields as label/value pairs (codes still codes,
 * the template labels them), and, for a retracted one, the retraction that cancelled it with its reason.
 */
final class JourneyTimeline {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final Set<String> COMMON = Set.of("recordId", "type", "date", "recordedAt", "recordedBy",
            "retracted", "retractedBy");

    private JourneyTimeline() {
    }

    /** One field of a record: its name (a message key {@code field.<name>}), its value and its code list, if any. */
    record Field(String name, String value, String codes, Boolean flag) {
    }

    record Retraction(String recordId, String reason, String by, LocalDateTime at) {
    }

    record Entry(String recordId, String type, String date, LocalDateTime recordedAt, String recordedBy,
                 boolean retracted, Retraction retraction, List<Field> fields) {
    }

    static List<Entry> entries(List<ObjectNode> records) {
        Map<String, ObjectNode> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.path("recordId").asText(), r));
        List<Entry> entries = new ArrayList<>();
        for (ObjectNode r : records) {
            Retraction retraction = null;
            if (r.path("retracted").asBoolean()) {
                ObjectNode by = byId.get(r.path("retractedBy").asText());
                if (by != null) {
                    retraction = new Retraction(by.path("recordId").asText(), by.path("reason").asText(null),
                            by.path("recordedBy").asText(), local(by.path("recordedAt").asText()));
                }
            }
            List<Field> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!COMMON.contains(field.getKey())) {
                    add(fields, "", field.getKey(), field.getValue());
                }
            }
            entries.add(new Entry(r.path("recordId").asText(), r.path("type").asText(), r.path("date").asText(),
                    local(r.path("recordedAt").asText()), r.path("recordedBy").asText(),
                    r.path("retracted").asBoolean(), retraction, fields));
        }
        return entries;
    }

    private static void add(List<Field> fields, String prefix, String name, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        if (value.isObject()) {
            value.fields().forEachRemaining(f -> add(fields, prefix + name + ".", f.getKey(), f.getValue()));
        } else if (value.isArray()) {
            if (!value.isEmpty()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText()));
                fields.add(new Field(prefix + name, String.join(", ", items), null, null));
            }
        } else if (value.isBoolean()) {
            fields.add(new Field(prefix + name, null, null, value.asBoolean()));
        } else {
            fields.add(new Field(prefix + name, value.asText(),
                    RecordSchema.codesOfName(name).map(CodeLabels::prefix).orElse(null), null));
        }
    }

    static LocalDateTime local(String instant) {
        try {
            return LocalDateTime.ofInstant(Instant.parse(instant), SWEDEN);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
