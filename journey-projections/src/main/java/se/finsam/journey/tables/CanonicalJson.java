package se.finsam.journey.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical form of a definition's content, which its version's SHA-256 is taken over: JSON with every
 * object's keys sorted (by code point), no whitespace, UTF-8. Numbers keep the form they were read in (the
 * reader keeps decimals as {@link java.math.BigDecimal}, so {@code 0.1} stays {@code 0.1}), written plainly.
 */
public final class CanonicalJson {

    /** How definition documents are read: decimals exact, and a key given twice in one object refused. */
    public static final ObjectMapper READER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private CanonicalJson() {
    }

    public static String of(JsonNode node) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = READER.getFactory().createGenerator(text)) {
            write(node, json);
        } catch (IOException e) {
            throw new UncheckedIOException("a definition could not be written as JSON", e);
        }
        return text.toString();
    }

    /** The SHA-256 of the canonical text's UTF-8 bytes, in lower-case hex. */
    public static String sha256(String canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void write(JsonNode node, JsonGenerator json) throws IOException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(CanonicalJson::compareCodePoints);
            json.writeStartObject();
            for (String name : names) {
                json.writeFieldName(name);
                write(node.get(name), json);
            }
            json.writeEndObject();
        } else if (node.isArray()) {
            json.writeStartArray();
            for (JsonNode element : node) {
                write(element, json);
            }
            json.writeEndArray();
        } else {
            json.writeTree(node);
        }
    }

    private static int compareCodePoints(String a, String b) {
        return se.finsam.journey.reports.Figure.CODE_POINT_ORDER.compare(a, b);
    }
}
