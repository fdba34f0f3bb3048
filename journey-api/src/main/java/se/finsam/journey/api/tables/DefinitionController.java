package se.finsam.journey.api.tables;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.tables.DefinitionError;

/**
 * API.md, "Table definitions": {@code PUT /api/v1/definitions/{id}} checks a document against the table language
 * and stores it as the next version when its content changed (analysts and administrators); every role that reads
 * reports reads the definitions and their versions.
 */
@RestController
@RequestMapping("/api/v1/definitions")
@Tag(name = "Table definitions", description = "Tables that analysts define (table language v1 of DOMAIN.md), kept "
        + "as versions that are never changed: a new one whenever the content changes.")
class DefinitionController {

    private static final String ID = "The definition's id: 1–64 characters a–z, 0–9 or '-'.";
    private static final String NO_ROLE = "the caller has no role";
    private static final String UNKNOWN = "there is no definition with this id";

    private final DefinitionStore store;
    private final DefinitionWriting writing;

    DefinitionController(DefinitionStore store, DefinitionWriting writing) {
        this.store = store;
        this.writing = writing;
    }

    @PutMapping("/{id}")
    @Operation(summary = "Store a definition as its next version", description = "Checks the document against the "
            + "table language and stores it as the next version when its content (canonical JSON: keys sorted, no "
            + "whitespace, UTF-8) differs from the latest; the answer names the version and the SHA-256 of that "
            + "content.", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "A definition: {\"title\": …, \"tables\": [{\"id\", \"title\", \"population\", "
                    + "\"rows\", \"columns\", \"where\", \"values\", \"ageAt\", \"decimals\"}, …]}, at most 512 KiB.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored as a new version (the next number)."),
                    @ApiResponse(responseCode = "200", description = "The content is that of the latest version, "
                            + "which is answered unchanged.")})
    @ErrorAnswer(status = 400, when = "the id is not of the allowed form, or the body is empty, not JSON, or gives a "
            + "key twice in one object")
    @ErrorAnswer(status = 403, when = "only analysts (ANALYST) and administrators write definitions")
    @ErrorAnswer(status = 413, when = "the document is larger than 512 KiB")
    @ErrorAnswer(status = 422, when = "the document breaks the table language: `errors` names every mistake, each "
            + "with the JSON Pointer of the element that is wrong, a message, and a stable `code` with its `arguments` "
            + "(for translations); nothing is stored")
    ResponseEntity<?> write(@Parameter(description = ID, example = "avesta-closures") @PathVariable String id,
                            @Parameter(hidden = true) HttpServletRequest request,
                            @AuthenticationPrincipal Caller caller) throws IOException {
        caller.requireDefinitionWriting();
        DefinitionWriting.requireId(id);
        JsonNode document = DefinitionDocuments.read(request.getInputStream());
        DefinitionWriting.Outcome outcome = writing.write(id, document, caller);
        if (outcome instanceof DefinitionWriting.Refused refused) {
            return invalid(refused.errors());
        }
        DefinitionStore.Written written = ((DefinitionWriting.Stored) outcome).written();
        DefinitionStore.Version version = written.version();
        return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/definitions/" + id + "/versions/" + version.version()))
                .body(DefinitionSummary.of(version));
    }

    @GetMapping
    @Operation(summary = "Every definition, at its latest version", description = "Id, version, title, SHA-256, who "
            + "stored it and when; a definition holds no data, so every role that reads reports reads them.")
    @ErrorAnswer(status = 403, when = NO_ROLE)
    List<DefinitionSummary> list() {
        return store.latestOfEach().stream().map(DefinitionSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A definition's latest version, with its document")
    @ErrorAnswer(status = 403, when = NO_ROLE)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    DefinitionSummary.WithDocument latest(@Parameter(description = ID, example = "avesta-closures") @PathVariable String id) {
        return withDocument(store.latest(id).orElseThrow(() -> unknown(id)));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of a definition, oldest first")
    @ErrorAnswer(status = 403, when = NO_ROLE)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    List<DefinitionSummary> versions(@Parameter(description = ID, example = "avesta-closures")
                                     @PathVariable String id) {
        List<DefinitionStore.Version> versions = store.versions(id);
        if (versions.isEmpty()) {
            throw unknown(id);
        }
        return versions.stream().map(DefinitionSummary::of).toList();
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "One version of a definition, with its document", description = "As it was stored: a "
            + "version is never changed, whatever later versions say.")
    @ErrorAnswer(status = 400, when = "the version is not a number 1, 2, …")
    @ErrorAnswer(status = 403, when = NO_ROLE)
    @ErrorAnswer(status = 404, when = UNKNOWN + ", or it has no such version")
    DefinitionSummary.WithDocument version(@Parameter(description = ID, example = "avesta-closures") @PathVariable String id,
                                @Parameter(description = "The version's number: 1, 2, …", example = "1")
                                @PathVariable String version) {
        Integer number = TableParameters.version("version", version);
        return withDocument(store.version(id, number).orElseThrow(() -> store.latest(id).isEmpty() ? unknown(id)
                : new NotFoundException("table definition '" + id + "' has no version " + number)));
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("there is no table definition '" + id + "'");
    }

    private static DefinitionSummary.WithDocument withDocument(DefinitionStore.Version version) {
        return new DefinitionSummary.WithDocument(DefinitionSummary.of(version), DefinitionDocuments.documentOf(version));
    }

    /** 422 with every mistake: its JSON Pointer into the document and what is wrong there. */
    private static ResponseEntity<ProblemDetail> invalid(List<DefinitionError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "the definition breaks " + (errors.size() == 1 ? "a rule" : errors.size() + " rules")
                        + " of the table language; nothing was stored. " + (errors.get(0).pointer().isEmpty()
                        ? "" : errors.get(0).pointer() + ": ") + errors.get(0).message()
                        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more, in 'errors')" : ""));
        problem.setTitle("Invalid definition");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
