package se.finsam.journey.api.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.api.web.JsonProblems;
import se.finsam.journey.tables.CanonicalJson;
import se.finsam.journey.tables.DefinitionReader;
import se.finsam.journey.tables.TableDefinition;

/** Definition documents as they arrive (a request body, at most {@link #MOST_BYTES}) and as they are stored. */
final class DefinitionDocuments {

    /** Far above any definition of at most 50 tables an analyst would write; far below what could hurt the service. */
    static final int MOST_BYTES = 512 * 1024;

    private DefinitionDocuments() {
    }

    /** The request body as JSON: 413 when too large, 400 when empty or not JSON. */
    static JsonNode read(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MOST_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequestException("the definition could not be read from the request");
        }
        if (bytes.length > MOST_BYTES) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "a definition document is at most "
                    + MOST_BYTES / 1024 + " KiB");
        }
        try {
            JsonNode document = CanonicalJson.READER.readTree(bytes);
            if (document == null || document.isMissingNode()) {
                throw new BadRequestException("the request body is empty: send the definition, a JSON object with a "
                        + "title and its tables");
            }
            return document;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new BadRequestException(e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "the definition gives one key twice in the same object" + where
                    : "the definition is not valid JSON (" + JsonProblems.describe(e) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored version's content, read again: it was checked when stored, and the language only ever grows. */
    static TableDefinition definitionOf(DefinitionStore.Version version) {
        try {
            DefinitionReader.Reading reading = DefinitionReader.read(CanonicalJson.READER.readTree(version.content()));
            if (!reading.valid()) {
                throw new IllegalStateException("version " + version.version() + " of definition " + version.id()
                        + " no longer reads: " + reading.errors());
            }
            return reading.definition();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("version " + version.version() + " of definition " + version.id()
                    + " is not JSON", e);
        }
    }

    /** A stored version's content as JSON, for the answers that show it. */
    static JsonNode documentOf(DefinitionStore.Version version) {
        try {
            return CanonicalJson.READER.readTree(version.content());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("version " + version.version() + " of definition " + version.id()
                    + " is not JSON", e);
        }
    }
}
