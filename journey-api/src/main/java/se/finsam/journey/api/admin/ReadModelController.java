package se.finsam.journey.api.admin;

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
class ReadModelController {

    private final ReadModels readModels;

    ReadModelController(ReadModels readModels) {
        this.readModels = readModels;
    }

    @GetMapping
    List<Map<String, Object>> readModels(@AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        return List.of(status());
    }

    @PostMapping("/{name}/rebuild")
    ResponseEntity<Map<String, Object>> rebuild(@PathVariable String name, @AuthenticationPrincipal Caller caller) {
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
