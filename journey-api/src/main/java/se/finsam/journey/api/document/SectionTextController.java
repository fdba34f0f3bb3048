package se.finsam.journey.api.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.ledger.LedgerId;

/**
 * docs/document-api.md, "Section texts": the team's own text of each section of a report (an initiative's or an
 * association's, for a period), every save a new version, the earlier ones readable.
 */
@RestController
@RequestMapping("/api/v1/{owners:initiatives|associations}/{code}/report-texts")
@Tag(name = "Report document", description = "The annual or interim report as a Word or PDF document, and the "
        + "team's texts of its sections, kept as versions.")
class SectionTextController {

    private static final String OWNERS = "initiatives (an initiative's report) or associations (the association's)";
    private static final String SECTION = "inledning, verksamheten, deltagare, maluppfyllelse, personal, ekonomi, "
            + "aktiviteter or avslutning";
    private static final String FROM = "The first day of the report's period (YYYY-MM-DD).";
    private static final String TO = "The last day of the report's period (YYYY-MM-DD), inclusive.";
    private static final String BAD_PERIOD = "from or to is missing or not a date, or the period ends before it starts";
    private static final String MAY_NOT_READ = "the caller may not read the initiative (or every initiative of the "
            + "association)";
    private static final String UNKNOWN = "the initiative, the association or the section does not exist";

    private final SectionTexts texts;

    SectionTextController(SectionTexts texts) {
        this.texts = texts;
    }

    /** What a client sends: the section's whole new text. */
    record NewText(String text) {
    }

    @PutMapping(path = "/{section}", consumes = "application/json")
    @Operation(summary = "Write a new version of a section's text", description = "Plain text: paragraphs separated "
            + "by a blank line, lists as lines starting with '- ' (or '1. '), indented two spaces for a second level. "
            + "Every save is a new version (numbered from 1); earlier ones stay readable. ANALYST and ADMIN of the "
            + "initiative (for an association: of every initiative of it) write.")
    @ErrorAnswer(status = 400, when = BAD_PERIOD + ", or the body is not JSON")
    @ErrorAnswer(status = 403, when = "the caller may not read the owner, or is neither ANALYST nor ADMIN")
    @ErrorAnswer(status = 404, when = UNKNOWN)
    @ErrorAnswer(status = 422, when = "the text is missing, longer than 20,000 characters, or holds what looks like "
            + "a personal identity number (`code`: required, too-long, identity-number); nothing is stored")
    ResponseEntity<SectionTexts.SectionText> write(
            @Parameter(description = OWNERS) @PathVariable String owners, @PathVariable String code,
            @Parameter(description = SECTION) @PathVariable String section,
            @Parameter(description = FROM, required = true) @RequestParam(required = false) String from,
            @Parameter(description = TO, required = true) @RequestParam(required = false) String to,
            @RequestBody NewText body, @AuthenticationPrincipal Caller caller) {
        return ResponseEntity.status(HttpStatus.CREATED).body(texts.write(caller, SectionTexts.report(owner(owners),
                code, from, to), section, body == null ? null : body.text()));
    }

    @GetMapping
    @Operation(summary = "The latest text of every section", description = "In the document's order; a section "
            + "without a text is left out. Readable by every role that reads the owner's reports.")
    @ErrorAnswer(status = 400, when = BAD_PERIOD)
    @ErrorAnswer(status = 403, when = MAY_NOT_READ)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    List<SectionTexts.SectionText> latest(
            @Parameter(description = OWNERS) @PathVariable String owners, @PathVariable String code,
            @Parameter(description = FROM, required = true) @RequestParam(required = false) String from,
            @Parameter(description = TO, required = true) @RequestParam(required = false) String to,
            @AuthenticationPrincipal Caller caller) {
        return texts.latest(caller, SectionTexts.report(owner(owners), code, from, to));
    }

    @GetMapping("/{section}/versions")
    @Operation(summary = "Every version of a section's text", description = "Oldest first, each with who wrote it "
            + "and when.")
    @ErrorAnswer(status = 400, when = BAD_PERIOD)
    @ErrorAnswer(status = 403, when = MAY_NOT_READ)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    List<SectionTexts.SectionText> versions(
            @Parameter(description = OWNERS) @PathVariable String owners, @PathVariable String code,
            @Parameter(description = SECTION) @PathVariable String section,
            @Parameter(description = FROM, required = true) @RequestParam(required = false) String from,
            @Parameter(description = TO, required = true) @RequestParam(required = false) String to,
            @AuthenticationPrincipal Caller caller) {
        return texts.versions(caller, SectionTexts.report(owner(owners), code, from, to), section);
    }

    @GetMapping("/{section}/versions/{version}")
    @Operation(summary = "One version of a section's text")
    @ErrorAnswer(status = 400, when = BAD_PERIOD + ", or the version is not a whole number")
    @ErrorAnswer(status = 403, when = MAY_NOT_READ)
    @ErrorAnswer(status = 404, when = UNKNOWN + ", or the section has no such version")
    SectionTexts.SectionText version(
            @Parameter(description = OWNERS) @PathVariable String owners, @PathVariable String code,
            @Parameter(description = SECTION) @PathVariable String section, @PathVariable int version,
            @Parameter(description = FROM, required = true) @RequestParam(required = false) String from,
            @Parameter(description = TO, required = true) @RequestParam(required = false) String to,
            @AuthenticationPrincipal Caller caller) {
        return texts.version(caller, SectionTexts.report(owner(owners), code, from, to), section, version);
    }

    private static LedgerId.Owner owner(String owners) {
        return owners.equals("associations") ? LedgerId.Owner.ASSOCIATION : LedgerId.Owner.INITIATIVE;
    }
}
