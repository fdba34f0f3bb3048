package se.finsam.journey.api.tables.pages;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import se.finsam.journey.api.web.JsonProblems;
import se.finsam.journey.tables.CanonicalJson;

/**
 * The JSON of a definition as an analyst edits it: read with the API's reader (a key twice in one object is a
 * mistake, as on the API), written out with indentation, and every mistake placed on the line of the element its
 * JSON Pointer names (or of the nearest element above it that is there, for something missing).
 */
final class JsonDocuments {

    private JsonDocuments() {
    }

    /** A mistake in the JSON: its line (null when unknown), its pointer (null for text that is no JSON) and message. */
    record Problem(Integer line, String pointer, String text) {
    }

    /** The text read: the document, or the one problem that keeps it from being JSON. */
    record Parsed(JsonNode document, Problem problem) {
    }

    static JsonNode parse(String stored) {
        try {
            return CanonicalJson.READER.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored definition is not JSON", e);
        }
    }

    static String pretty(JsonNode document) {
        try {
            return CanonicalJson.READER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a definition could not be written as JSON", e);
        }
    }

    static Parsed parse(String text, MessageSource messages, Locale locale) {
        try {
            JsonNode document = CanonicalJson.READER.readTree(text);
            if (document == null || document.isMissingNode()) {
                return new Parsed(null, new Problem(1, null, messages.getMessage("tables.json.empty", null, locale)));
            }
            return new Parsed(document, null);
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            boolean twice = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
            return new Parsed(null, new Problem(line, null, twice
                    ? messages.getMessage("tables.json.keyTwice", null, locale)
                    : messages.getMessage("tables.json.notJson", new Object[]{JsonProblems.describe(e)}, locale)));
        }
    }

    /** The reader's mistakes, each on the line of its element in {@code text}. */
    static List<Problem> lines(String text, FieldMessages mistakes) {
        Map<String, Integer> lines = lines(text);
        return mistakes.all().stream().map(m -> new Problem(line(lines, m.pointer()), m.pointer(), m.text())).toList();
    }

    private static Integer line(Map<String, Integer> lines, String pointer) {
        for (String at = pointer; ; at = at.substring(0, at.lastIndexOf('/'))) {
            if (lines.containsKey(at)) {
                return lines.get(at);
            }
            if (at.isEmpty()) {
                return null;
            }
        }
    }

    /** The line each element starts on, by JSON Pointer. */
    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = CanonicalJson.READER.getFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
                    context = context.getParent();
                }
                lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            // The text was read as JSON before; nothing is lost but the lines after a mistake.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
