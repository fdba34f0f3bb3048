package se.finsam.journey.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.facts.JourneyFactsProjection;
import se.finsam.journey.facts.JourneyFactsRebuild;

/**
 * {@code GET /api/v1/admin/read-models}: each read model's position, the store's head and the lag, the
 * progress of a rebuild, and which node holds each segment of its processor (with the position the segment has
 * reached and when its holder last renewed the claim) beside the nodes whose processor runs. {@code POST /api/v1/admin/read-models/journey-facts/rebuild} starts a rebuild from
 * the event store (202); reports keep answering from the current read model until the rebuilt one replaces it.
 */
@RestController
@RequestMapping("/api/v1/admin/read-models")
@Tag(name = "Read models", description = "The read model behind the reports: its position and lag, and its rebuild "
        + "from the event store.")
class ReadModelController {

    private static final String NOT_ADMIN = "the caller is not an administrator (ADMIN)";

    private final ReadModels readModels;

    ReadModelController(ReadModels readModels) {
        this.readModels = readModels;
    }

    @GetMapping
    @Operation(summary = "Each read model's position, the store's head, the lag and a rebuild's progress")
    @ErrorAnswer(status = 403, when = NOT_ADMIN)
    List<Map<String, Object>> readModels(@AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        return List.of(status());
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Rebuild a read model from the event store", description = "Recording goes on meanwhile, "
            + "and reports answer from the current read model until the rebuilt one replaces it.", responses = {
            @ApiResponse(responseCode = "202", description = "Started; its progress is under `rebuild`."),
            @ApiResponse(responseCode = "409", description = "A rebuild is already running, on this node or another "
                    + "one of the database (`detail` says which); nothing new was started.", content = @Content(
                    mediaType = "application/json", schema = @Schema(type = "object")))})
    @ErrorAnswer(status = 403, when = NOT_ADMIN)
    @ErrorAnswer(status = 404, when = "there is no read model of this name")
    ResponseEntity<Map<String, Object>> rebuild(
            @Parameter(description = "The read model: journey-facts.", example = "journey-facts")
            @PathVariable String name,
            @AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        if (!JourneyFactsProjection.PROCESSOR.equals(name)) {
            throw new NotFoundException("there is no read model '" + name + "'; the read models are: "
                    + JourneyFactsProjection.PROCESSOR);
        }
        JourneyFactsRebuild.Start start = readModels.start();
        Map<String, Object> status = status();
        status.put("started", start == JourneyFactsRebuild.Start.STARTED);
        switch (start) {
            case RUNNING_ON_THIS_NODE -> status.put("detail", "a rebuild is already running; its progress is under "
                    + "'rebuild'");
            case RUNNING_ON_ANOTHER_NODE -> status.put("detail", "a rebuild is already running on another node of "
                    + "this database; ask that node for its progress, or wait until the reports' read model is "
                    + "replaced");
            case STARTED -> { }
        }
        return ResponseEntity.status(start == JourneyFactsRebuild.Start.STARTED ? HttpStatus.ACCEPTED
                : HttpStatus.CONFLICT).body(status);
    }

    private Map<String, Object> status() {
        ReadModels.Status status = readModels.status();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", status.name());
        answer.put("position", status.position());
        answer.put("head", status.head());
        answer.put("lag", status.lag());
        answer.put("rebuild", status.rebuild());
        answer.put("segments", status.segments());
        answer.put("nodes", status.nodes());
        return answer;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only an administrator (ADMIN) manages read models");
        }
    }
}
