package se.finsam.journey.api.persons;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.security.Caller;

/** Links between journeys that are the same person: a journey's links, and staff's link and unlink. */
@RestController
@RequestMapping("/api/v1/journeys/{journeyId}/links")
@Tag(name = "Unique persons", description = "Journeys of one association linked as the same person (found by the "
        + "service from the identity number, or said by staff), and staff's links and unlinks with a reason.")
class PersonLinkController {

    private static final String JOURNEY_ID = "The journey: its journeyId.";

    private final PersonLinkService links;
    private final ReadAudit audit;

    PersonLinkController(PersonLinkService links, ReadAudit audit) {
        this.links = links;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "A journey's links to other journeys of the same person", description = "Every live link "
            + "(`how`: automatic or manual, `reason`, `date`, `recordedBy`, `recordId`); a linked journey of an "
            + "initiative the caller may not read is not named. `journeysOfThePerson` counts the journeys the "
            + "person has in the association through the links.")
    @ErrorAnswer(status = 403, when = "the caller may not read journeys (STAFF or ADMIN)")
    @ErrorAnswer(status = 404, when = "the journey does not exist, or is of an initiative the caller may not read")
    PersonLinkService.JourneyLinks list(@Parameter(description = JOURNEY_ID) @PathVariable String journeyId,
                                        @AuthenticationPrincipal Caller caller) {
        PersonLinkService.JourneyLinks answer = links.links(journeyId, caller);
        audit.record(caller, ReadAudit.Action.PERSON_LINKS, journeyId, List.of(answer.initiative()), Map.of());
        return answer;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Link two journeys as the same person", description = "A record of the association's "
            + "links, with a required reason (at most 200 characters, never an identity number). Needs the right to "
            + "record in both journeys' initiatives.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(type = "object"), examples = @ExampleObject(
                    value = "{\"journey\": \"sala-0007\", \"reason\": \"samma person, flyttade från Sala\"}"))),
            responses = @ApiResponse(responseCode = "201", description = "Stored: `recordId` and `position`."))
    @ErrorAnswer(status = 403, when = "the caller may not record journeys (STAFF or ADMIN)")
    @ErrorAnswer(status = 404, when = "either journey does not exist or is of an initiative the caller may not record "
            + "in (both answer alike)")
    @ErrorAnswer(status = 409, when = "the journeys are already linked (already-linked), or already count as one "
            + "person through other links (already-same-person)")
    @ErrorAnswer(status = 422, when = "no other journey named (journey-required), the journey itself (link-to-itself), "
            + "journeys of different associations (other-association), no reason (reason-required), a reason too long "
            + "or shaped like an identity number")
    ResponseEntity<PersonLinkService.Stored> link(@Parameter(description = JOURNEY_ID) @PathVariable String journeyId,
                                                  @RequestBody JsonNode body, @AuthenticationPrincipal Caller caller) {
        return ResponseEntity.status(HttpStatus.CREATED).body(links.link(journeyId, body, caller));
    }

    @PostMapping(path = "/{otherJourneyId}/unlink", consumes = "application/json")
    @Operation(summary = "Unlink two journeys", description = "A record that the two journeys are not the same person, "
            + "with a required reason; it overrides an automatic link, and the service never links the pair "
            + "automatically again.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(type = "object"), examples = @ExampleObject(
                    value = "{\"reason\": \"fel identitet vid registreringen\"}"))),
            responses = @ApiResponse(responseCode = "201", description = "Stored: `recordId` and `position`."))
    @ErrorAnswer(status = 403, when = "the caller may not record journeys (STAFF or ADMIN)")
    @ErrorAnswer(status = 404, when = "either journey does not exist or is of an initiative the caller may not record "
            + "in (both answer alike)")
    @ErrorAnswer(status = 409, when = "the two journeys are not linked to each other (not-linked)")
    @ErrorAnswer(status = 422, when = "the journey itself (link-to-itself), no reason (reason-required), a reason too "
            + "long or shaped like an identity number")
    ResponseEntity<PersonLinkService.Stored> unlink(@Parameter(description = JOURNEY_ID) @PathVariable String journeyId,
                                                    @Parameter(description = "The other journey.")
                                                    @PathVariable String otherJourneyId,
                                                    @RequestBody JsonNode body,
                                                    @AuthenticationPrincipal Caller caller) {
        return ResponseEntity.status(HttpStatus.CREATED).body(links.unlink(journeyId, otherJourneyId, body, caller));
    }
}
