package se.finsam.journey.api.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared acceptance scenarios (copied from ../shared/acceptance/scenarios into test resources): teams'
 * published 2025 tables rebuilt as journeys, with the figures each team printed.
 */
public final class Scenarios {

    public static final List<String> NAMES = List.of("hallstahammar-2025", "sala-2025", "surahammar-2025",
            "vastmanland-three-teams-2025");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Scenarios() {
    }

    public static JsonNode load(String name) {
        try (InputStream in = Scenarios.class.getResourceAsStream("/scenarios/" + name + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of every batch as NDJSON lines, without the scenario's own annotations. */
    public static String ndjson(JsonNode scenario) {
        StringBuilder lines = new StringBuilder();
        for (JsonNode batch : scenario.get("batches")) {
            for (JsonNode record : batch.get("records")) {
                ObjectNode clean = record.deepCopy();
                List<String> annotations = new ArrayList<>();
                for (Iterator<String> names = clean.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (name.startsWith("_")) {
                        annotations.add(name);
                    }
                }
                clean.remove(annotations);
                lines.append(clean).append('\n');
            }
        }
        return lines.toString();
    }

    /**
     * Every figure of a participant report's answer under its dotted path (the six sections' leaves; a key is one
     * part however many dots it holds), in the answer's order.
     */
    public static Map<String, JsonNode> figures(JsonNode report) {
        Map<String, JsonNode> figures = new LinkedHashMap<>();
        for (String section : List.of("participants", "closures", "throughputTime", "referrals", "workTraining",
                "assessments")) {
            leaves(section, report.path(section), figures);
        }
        return figures;
    }

    private static void leaves(String path, JsonNode node, Map<String, JsonNode> into) {
        if (!node.isObject()) {
            into.put(path, node);
            return;
        }
        node.fields().forEachRemaining(field -> leaves(path + "." + field.getKey(), field.getValue(), into));
    }

    /** Looks up a dotted path like {@code participants.byGender.WOMAN}; keys may hold spaces but no dots. */
    public static JsonNode at(JsonNode report, String path) {
        JsonNode node = report;
        for (String key : path.split("\\.")) {
            node = node.path(key);
        }
        return node;
    }
}
