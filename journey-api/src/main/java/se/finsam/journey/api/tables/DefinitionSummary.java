package se.finsam.journey.api.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored version of a definition as the API shows it: id, number, title, SHA-256 of its content, who stored it
 * and when; with {@code document}, the content itself.
 */
public record DefinitionSummary(String id, int version, String title, String sha256, String createdBy,
                                String createdAt) {

    static DefinitionSummary of(DefinitionStore.Version version) {
        return new DefinitionSummary(version.id(), version.version(), version.title(), version.sha256(),
                version.createdBy(), version.createdAt().toString());
    }

    /** A version with its document. */
    public record WithDocument(@JsonUnwrapped DefinitionSummary summary,
                               @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode document) {
    }
}
