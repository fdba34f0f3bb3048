package se.finsam.journey.api.recording;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.security.Caller;

/** API.md, "Recording": one record, an NDJSON import, the journey view; and erasure of its personal data. */
@RestController
@RequestMapping("/api/v1")
class RecordingController {

    private final RecordingService recording;
    private final ImportService imports;
    private final JourneyViews views;
    private final PersonalDataErasure erasure;
    private final ReadAudit audit;

    RecordingController(RecordingService recording, ImportService imports, JourneyViews views,
                        PersonalDataErasure erasure, ReadAudit audit) {
        this.audit = audit;
        this.recording = recording;
        this.imports = imports;
        this.views = views;
        this.erasure = erasure;
    }

    @PostMapping(path = "/journeys/{journeyId}/records", consumes = "application/json")
    ResponseEntity<Map<String, Object>> record(@PathVariable String journeyId, @RequestBody JsonNode body,
                                               @AuthenticationPrincipal Caller caller) {
        RecordingService.Recorded recorded = recording.record(journeyId, body, caller);
        return ResponseEntity.status(recorded.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(recorded.duplicate()
                        ? Map.of("recordId", recorded.recordId(), "position", recorded.position(), "duplicate", true)
                        : Map.of("recordId", recorded.recordId(), "position", recorded.position()));
    }

    @PostMapping(path = "/imports", consumes = {"application/x-ndjson", "application/jsonl", "text/plain"})
    ResponseEntity<ImportResult> importRecords(HttpServletRequest request, @AuthenticationPrincipal Caller caller)
            throws IOException {
        caller.requireRecordingAnywhere();
        ImportResult result = imports.importLines(request.getInputStream(), caller);
        return ResponseEntity.status(result.rejected() == 0 ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(result);
    }

    @GetMapping("/journeys/{journeyId}")
    JourneyViews.JourneyView journey(@PathVariable String journeyId, @AuthenticationPrincipal Caller caller) {
        JourneyViews.JourneyView view = views.view(journeyId, caller);
        audit.record(caller, ReadAudit.Action.JOURNEY_VIEW, journeyId, List.of(view.initiative()),
                Map.of("initiative", view.initiative(), "personalData", view.personalData() != null
                        && !view.personalData().isEmpty()));
        return view;
    }

    /** Erases the journey's identity number and name for good; 200 also when they were erased before. */
    @DeleteMapping("/journeys/{journeyId}/personal-data")
    PersonalDataErasure.Erasure erasePersonalData(@PathVariable String journeyId,
                                                  @AuthenticationPrincipal Caller caller) {
        PersonalDataErasure.Erasure erased = erasure.erase(journeyId, caller);
        audit.record(caller, ReadAudit.Action.PERSONAL_DATA_ERASED, journeyId, List.of(erased.initiative()),
                Map.of("status", erased.status()));
        return erased;
    }
}
