package se.finsam.journey.api.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.tables.CanonicalJson;
import se.finsam.journey.tables.DefinitionError;
import se.finsam.journey.tables.DefinitionReader;

/**
 * Writing a definition, as {@code PUT /api/v1/definitions/{id}} and the definition form do it: only analysts and
 * administrators; the document checked against the language (and its free text for identity numbers); stored as
 * the next version only when its canonical content changed; written to the read audit trail.
 */
@Service
public class DefinitionWriting {

    private final DefinitionStore store;
    private final ReadAudit audit;

    DefinitionWriting(DefinitionStore store, ReadAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    /** What writing a document did: stored it (or found it the latest), or refused it for its mistakes. */
    public sealed interface Outcome permits Stored, Refused {
    }

    public record Stored(DefinitionStore.Written written) implements Outcome {
    }

    public record Refused(List<DefinitionError> errors) implements Outcome {
    }

    /** 403 for a caller who may not write, 400 for an id of the wrong form; else stored or refused. */
    public Outcome write(String id, JsonNode document, Caller caller) {
        caller.requireDefinitionWriting();
        requireId(id);
        DefinitionReader.Reading reading = DefinitionReader.readNew(document);
        if (!reading.valid()) {
            return new Refused(reading.errors());
        }
        String content = CanonicalJson.of(document);
        DefinitionStore.Written written = store.write(id, reading.definition().title(), content,
                CanonicalJson.sha256(content), caller.username());
        DefinitionStore.Version version = written.version();
        audit.record(caller, ReadAudit.Action.DEFINITION_WRITE, "definition=" + id, List.of(), Map.of(
                "version", version.version(), "sha256", version.sha256(), "stored", written.created()));
        return new Stored(written);
    }

    static void requireId(String id) {
        if (!DefinitionReader.ID.matcher(id).matches()) {
            throw new BadRequestException("'" + id + "' is not a definition id: 1 to 64 lower-case letters, digits "
                    + "and '-'");
        }
    }
}
