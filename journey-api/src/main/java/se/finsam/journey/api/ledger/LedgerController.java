package se.finsam.journey.api.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.LedgerRecordType;

/**
 * docs/ledger-api.md, "Recording": one record in an initiative's or an association's ledger, and a ledger's records.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Ledgers", description = "Money, staff, goals and activities of an initiative or an association, record "
        + "by record: allocations, budget lines, costs, forecasts, positions, goals and their assessments, group and "
        + "structural activities, and retractions.")
class LedgerController {

    private static final String RECORD_DESCRIPTION = "A record is a JSON object: `type` (allocation, budget, cost, "
            + "forecast, position, goal, goal-assessment, activity, retraction), optional `recordId` (unique within "
            + "the ledger; generated if absent), and the fields of its type (docs/ledger-api.md). A resent record "
            + "with the same recordId and content is a harmless duplicate.";
    private static final String ALLOCATION = """
            {"type": "allocation", "recordId": "tilldelning-2025", "year": 2025, "financingParty": "ASSOCIATION",
             "amount": "1 840 000"}""";
    private static final String INITIATIVE = "The initiative's code.";
    private static final String ASSOCIATION = "The association's code.";
    private static final String AREA = "Only the records of one area (money, staff, goals, activities) and their "
            + "retractions.";
    private static final String MAY_NOT_RECORD = "the caller may not record this record's area in this ledger: money "
            + "and staff OFFICE and ADMIN, goals ANALYST and ADMIN, activities STAFF, OFFICE and ADMIN, within their "
            + "initiatives (an association's ledger: all of its initiatives)";

    private final LedgerRecording recording;
    private final LedgerViews views;
    private final LedgerAccess access;
    private final ReadAudit audit;

    LedgerController(LedgerRecording recording, LedgerViews views, LedgerAccess access, ReadAudit audit) {
        this.recording = recording;
        this.views = views;
        this.access = access;
        this.audit = audit;
    }

    @PostMapping(path = "/initiatives/{code}/ledger/records", consumes = "application/json")
    @Operation(summary = "Record one record in an initiative's ledger", description = RECORD_DESCRIPTION,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "One record.", content = @Content(mediaType = "application/json",
                    schema = @Schema(type = "object"), examples = @ExampleObject(name = "allocation", value = ALLOCATION))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored: `recordId` and the global `position` of "
                            + "its event."),
                    @ApiResponse(responseCode = "200", description = "The same recordId was sent before with identical "
                            + "content: nothing new is stored, and `duplicate` is true.")})
    @ErrorAnswer(status = 400, when = "the body is not JSON")
    @ErrorAnswer(status = 403, when = MAY_NOT_RECORD)
    @ErrorAnswer(status = 404, when = "the initiative does not exist")
    @ErrorAnswer(status = 409, when = "the record conflicts with the ledger (`code` names the rule, e.g. record-id-taken, "
            + "retracts-unknown, goal-unknown), or the ledger was changed at the same moment (concurrent-change)")
    @ErrorAnswer(status = 415, when = "the body is not application/json")
    @ErrorAnswer(status = 422, when = "the record is not valid: `field` names the field and `code` the rule, e.g. "
            + "amount-ambiguous for an amount such as 1,234")
    ResponseEntity<LedgerRecording.Recorded> recordForInitiative(
            @Parameter(description = INITIATIVE) @PathVariable String code, @RequestBody JsonNode body,
            @AuthenticationPrincipal Caller caller) {
        return answer(recording.record(LedgerId.Owner.INITIATIVE, code, body, caller));
    }

    @PostMapping(path = "/associations/{code}/ledger/records", consumes = "application/json")
    @Operation(summary = "Record one record in an association's own ledger", description = RECORD_DESCRIPTION
            + " The association's own money, staff, goals and structural activities (not those of its initiatives).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "One record.", content = @Content(mediaType = "application/json",
                    schema = @Schema(type = "object"))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored."),
                    @ApiResponse(responseCode = "200", description = "A harmless duplicate.")})
    @ErrorAnswer(status = 400, when = "the body is not JSON")
    @ErrorAnswer(status = 403, when = MAY_NOT_RECORD)
    @ErrorAnswer(status = 404, when = "the association has no initiatives")
    @ErrorAnswer(status = 409, when = "the record conflicts with the ledger (`code` names the rule)")
    @ErrorAnswer(status = 415, when = "the body is not application/json")
    @ErrorAnswer(status = 422, when = "the record is not valid: `field` names the field and `code` the rule")
    ResponseEntity<LedgerRecording.Recorded> recordForAssociation(
            @Parameter(description = ASSOCIATION) @PathVariable String code, @RequestBody JsonNode body,
            @AuthenticationPrincipal Caller caller) {
        return answer(recording.record(LedgerId.Owner.ASSOCIATION, code, body, caller));
    }

    @GetMapping("/initiatives/{code}/ledger")
    @Operation(summary = "An initiative's ledger", description = "Every record in order, each with `position`, "
            + "`recordedAt`, `recordedBy`, whether it is retracted (and by which retraction, why), and its fields as "
            + "a client sends them. Readable by every role that reads the initiative's reports.")
    @ErrorAnswer(status = 400, when = "area is not money, staff, goals or activities")
    @ErrorAnswer(status = 403, when = "the caller may not read the initiative")
    @ErrorAnswer(status = 404, when = "the initiative does not exist")
    LedgerViews.LedgerView initiativeLedger(@Parameter(description = INITIATIVE) @PathVariable String code,
                                            @Parameter(description = AREA) @RequestParam(required = false) String area,
                                            @AuthenticationPrincipal Caller caller) {
        return view(access.readable(caller, LedgerId.Owner.INITIATIVE, code), area, caller);
    }

    @GetMapping("/associations/{code}/ledger")
    @Operation(summary = "An association's own ledger", description = "As an initiative's; readable by whoever may "
            + "read every initiative of the association.")
    @ErrorAnswer(status = 400, when = "area is not money, staff, goals or activities")
    @ErrorAnswer(status = 403, when = "the caller may not read every initiative of the association")
    @ErrorAnswer(status = 404, when = "the association has no initiatives")
    LedgerViews.LedgerView associationLedger(@Parameter(description = ASSOCIATION) @PathVariable String code,
                                             @Parameter(description = AREA) @RequestParam(required = false) String area,
                                             @AuthenticationPrincipal Caller caller) {
        return view(access.readable(caller, LedgerId.Owner.ASSOCIATION, code), area, caller);
    }

    private LedgerViews.LedgerView view(LedgerId ledger, String area, Caller caller) {
        Optional<LedgerRecordType.Area> only = Optional.empty();
        if (area != null) {
            only = Optional.ofNullable(LedgerViews.areas().get(area));
            if (only.isEmpty()) {
                throw new BadRequestException("parameter 'area' must be money, staff, goals or activities");
            }
        }
        LedgerViews.LedgerView view = views.view(ledger, only);
        audit.record(caller, ReadAudit.Action.LEDGER_VIEW, ledger.value(), access.initiativesOf(ledger),
                area == null ? Map.of("records", view.records().size())
                        : Map.of("records", view.records().size(), "area", area));
        return view;
    }

    private static ResponseEntity<LedgerRecording.Recorded> answer(LedgerRecording.Recorded recorded) {
        return ResponseEntity.status(recorded.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(recorded);
    }

}
