package se.finsam.journey.api.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.reports.ReportParameters;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.document.docx.WordRenderer;
import se.finsam.journey.document.pdf.PdfRenderer;

/**
 * docs/document-api.md, "The document": the annual or interim report of a scope and period as Word or PDF, assembled
 * from the published reports ({@link DocumentAssembly}).
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Report document")
class DocumentController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final String DESCRIPTION = "The report document in Swedish, in the layout of the teams' reports: "
            + "title page, contents, the team's section texts, participants (for an association also its persons beside "
            + "its journeys), referrals, closures and results with last "
            + "year and the change, throughput time, work training, assessments, goals with their result and "
            + "assessment, staff, economy and activities, with charts. Every table names the manifest it came from "
            + "(also listed in the header X-Journey-Manifests); the read is audited as an export.";
    private static final String BAD = "a parameter is missing or of the wrong form (`detail` names it)";
    private static final String FORBIDDEN = "the caller may not read an initiative of the scope";
    private static final String UNKNOWN = "an initiative of the scope, or the association, does not exist";
    private static final String NOT_CAUGHT_UP = "with minPosition: the figures had not caught up with that position "
            + "within 30 s";

    private final DocumentAssembly assembly;

    DocumentController(DocumentAssembly assembly) {
        this.assembly = assembly;
    }

    @GetMapping(value = "/document.docx")
    @Operation(summary = "The report document as Word (.docx)", description = DESCRIPTION, responses =
            @ApiResponse(responseCode = "200", description = "The document.", content = @Content(mediaType =
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))
    @ErrorAnswer(status = 400, when = BAD)
    @ErrorAnswer(status = 403, when = FORBIDDEN)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    @ErrorAnswer(status = 503, when = NOT_CAUGHT_UP)
    @Parameter(name = "compare", hidden = true)
    ResponseEntity<byte[]> word(@ParameterObject ReportParameters question, @ParameterObject DocumentChoices choices,
                              @AuthenticationPrincipal Caller caller) {
        DocumentAssembly.Assembled assembled = assembly.assemble(choices.request(question), caller, "docx");
        return answer(assembled, "docx", DOCX, WordRenderer.render(assembled.document()));
    }

    @GetMapping(value = "/document.pdf")
    @Operation(summary = "The report document as PDF", description = DESCRIPTION, responses =
            @ApiResponse(responseCode = "200", description = "The document.", content = @Content(mediaType =
                    "application/pdf")))
    @ErrorAnswer(status = 400, when = BAD)
    @ErrorAnswer(status = 403, when = FORBIDDEN)
    @ErrorAnswer(status = 404, when = UNKNOWN)
    @ErrorAnswer(status = 503, when = NOT_CAUGHT_UP)
    @Parameter(name = "compare", hidden = true)
    ResponseEntity<byte[]> pdf(@ParameterObject ReportParameters question, @ParameterObject DocumentChoices choices,
                              @AuthenticationPrincipal Caller caller) {
        DocumentAssembly.Assembled assembled = assembly.assemble(choices.request(question), caller, "pdf");
        return answer(assembled, "pdf", MediaType.APPLICATION_PDF, PdfRenderer.render(assembled.document()));
    }

    private static ResponseEntity<byte[]> answer(DocumentAssembly.Assembled assembled, String suffix, MediaType type,
                                                 byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(assembled.fileName() + "." + suffix).build().toString())
                .header("X-Journey-Manifests", String.join(",", assembled.manifests()))
                .contentType(type).body(body);
    }
}
