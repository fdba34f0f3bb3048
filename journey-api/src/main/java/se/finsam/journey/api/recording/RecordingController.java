package se.finsam.journey.api.recording;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.security.Caller;

/** API.md, "Recording": one record, an NDJSON import, the journey view; and erasure of its personal data. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Recording", description = "Journeys record by record, or their history as an NDJSON import; a journey's "
        + "records; erasure of its personal data.")
class RecordingController {

    private static final String JOURNEY_ID = "The journey: 1–64 letters A–Z, digits, '.', '_' or '-', never shaped "
            + "like a personal identity number.";
    private static final String REFERRAL = """
            {"type": "referral", "date": "2025-03-01", "initiative": "sala",
             "referringParty": "SOCIAL_INSURANCE_AGENCY", "person": {"gender": "WOMAN", "birthYear": 1985},
             "supportBefore": "SICKNESS_BENEFIT"}""";

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
    @Operation(summary = "Record one record of a journey", description = "A record is a JSON object: `type` (a record "
            + "type of DOMAIN.md: referral, referral-withdrawn, enrolment, assessment, work-training-started, "
            + "work-training-ended, profile-update, closure, retraction, consent, consent-withdrawn), `date` "
            + "(YYYY-MM-DD), optional `recordId` (unique within the journey; generated if absent), optional "
            + "`journeyId` (the one in the path), and the fields of its type (API.md, \"Recording\"). It is decided "
            + "by the journey rules against the journey's history.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "One record.", content = @Content(mediaType = "application/json",
                    schema = @Schema(type = "object"), examples = @ExampleObject(name = "referral", value = REFERRAL))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored: `recordId` and the global `position` "
                            + "of its event."),
                    @ApiResponse(responseCode = "200", description = "The same recordId was sent before with "
                            + "identical content: nothing new is stored, and `duplicate` is true.")})
    @ErrorAnswer(status = 400, when = "the body is not JSON")
    @ErrorAnswer(status = 403, when = "the caller may not record journeys (STAFF or ADMIN), or a referral names an "
            + "initiative the caller may not record in (one that does not exist answers the same)")
    @ErrorAnswer(status = 404, when = "the journey has no referral, and this record is not one (rule no-referral); a "
            + "journey of an initiative the caller may not record in answers exactly as one that does not exist")
    @ErrorAnswer(status = 409, when = "the record conflicts with the journey's state (`rule` names the rule, e.g. "
            + "journey-void or record-id-taken; second-referral also when the id is taken by another initiative's "
            + "journey), or the journey was changed at the same moment (concurrent-change: nothing was stored, send "
            + "it again)")
    @ErrorAnswer(status = 415, when = "the body is not application/json")
    @ErrorAnswer(status = 422, when = "the record is not valid: a field is missing, of the wrong form, or not one of "
            + "its type; or a journey rule on its content is broken (`rule`)")
    ResponseEntity<Map<String, Object>> record(@Parameter(description = JOURNEY_ID) @PathVariable String journeyId,
                                               @RequestBody JsonNode body, @AuthenticationPrincipal Caller caller) {
        RecordingService.Recorded recorded = recording.record(journeyId, body, caller);
        return ResponseEntity.status(recorded.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(recorded.duplicate()
                        ? Map.of("recordId", recorded.recordId(), "position", recorded.position(), "duplicate", true)
                        : Map.of("recordId", recorded.recordId(), "position", recorded.position()));
    }

    @PostMapping(path = "/imports", consumes = {"application/x-ndjson", "application/jsonl", "text/plain"})
    @Operation(summary = "Import records as NDJSON", description = "One record per line (as for a single record, with "
            + "its `journeyId`), applied in order; a line holds at most 64 KiB. Each line is decided on its own: a "
            + "rejected line is named in `errors` (the first 1,000; `errorsOmitted` counts the others) and the others "
            + "stay stored; a longer line is one rejected line. The body is read as a stream, a chunk of lines at a "
            + "time, so it may be of any size. `position` is the global position of the last stored event; "
            + "`recordedAt` an instant at or after the recording of every accepted line. An import that stops midway "
            + "answers problem+json saying how far it got: `accepted`, `duplicates`, `rejected`, `errors`, "
            + "`errorsOmitted` for the lines decided, `lastStoredLine` and `resendFromLine` (send the lines from it "
            + "again, or the whole file: stored lines are duplicates).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "Records, one JSON object per line.", content = @Content(
                    mediaType = "application/x-ndjson", schema = @Schema(type = "string"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Every line was stored or was a harmless "
                            + "duplicate."),
                    @ApiResponse(responseCode = "422", description = "Some lines were rejected (named in `errors`); "
                            + "the accepted lines stay stored.", content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = ImportResult.class)))})
    @ErrorAnswer(status = 400, when = "the upload broke off: the answer says which lines are stored")
    @ErrorAnswer(status = 403, when = "the caller may not record journeys (STAFF or ADMIN)")
    @ErrorAnswer(status = 409, when = "other requests kept changing the same journeys: the answer says which lines are "
            + "stored and from which line to send again")
    @ErrorAnswer(status = 415, when = "the body is not NDJSON (application/x-ndjson, application/jsonl or text/plain)")
    @ErrorAnswer(status = 503, when = "the database could not be reached or its disk is full midway: `Retry-After`, and "
            + "the answer says which lines are stored and from which line to send again")
    ResponseEntity<ImportResult> importRecords(HttpServletRequest request, @AuthenticationPrincipal Caller caller)
            throws IOException {
        caller.requireRecordingAnywhere();
        ImportResult result = imports.importLines(request.getInputStream(), caller);
        return ResponseEntity.status(result.rejected() == 0 ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(result);
    }

    @GetMapping("/journeys/{journeyId}")
    @Operation(summary = "A journey", description = "Its current state and every record in order, retracted ones "
            + "marked, each with `recordId`, `type`, `date`, `recordedAt` and `recordedBy`. Identity number and name "
            + "are shown to staff of the journey's initiative and administrators.")
    @ErrorAnswer(status = 403, when = "the caller may not read journeys at all (STAFF or ADMIN)")
    @ErrorAnswer(status = 404, when = "no journey has this id, or it is one of an initiative the caller may not read "
            + "(the two answer the same)")
    JourneyViews.JourneyView journey(@Parameter(description = JOURNEY_ID) @PathVariable String journeyId,
                                     @AuthenticationPrincipal Caller caller) {
        JourneyViews.JourneyView view = views.view(journeyId, caller);
        audit.record(caller, ReadAudit.Action.JOURNEY_VIEW, journeyId, List.of(view.initiative()),
                Map.of("initiative", view.initiative(), "personalData", view.personalData() != null
                        && !view.personalData().isEmpty()));
        return view;
    }

    /** Erases the journey's identity number and name for good; 200 also when they were erased before. */
    @DeleteMapping("/journeys/{journeyId}/personal-data")
    @Operation(summary = "Erase a journey's personal data", description = "Destroys the journey's key, so its "
            + "identity number and name are gone for good, and records a personal-data-erased record; the journey "
            + "keeps counting, anonymously, in every figure. `status` is ERASED, or ALREADY_ERASED naming the earlier "
            + "record. Cannot be retracted.")
    @ErrorAnswer(status = 403, when = "the caller is neither an administrator nor staff")
    @ErrorAnswer(status = 404, when = "no journey has this id, or it is one of an initiative the caller may not "
            + "record in (the two answer the same)")
    @ErrorAnswer(status = 409, when = "the journey was changed at the same moment; nothing was stored, ask again")
    PersonalDataErasure.Erasure erasePersonalData(@Parameter(description = JOURNEY_ID) @PathVariable String journeyId,
                                                  @AuthenticationPrincipal Caller caller) {
        PersonalDataErasure.Erasure erased = erasure.erase(journeyId, caller);
        audit.record(caller, ReadAudit.Action.PERSONAL_DATA_ERASED, journeyId, List.of(erased.initiative()),
                Map.of("status", erased.status()));
        return erased;
    }
}
