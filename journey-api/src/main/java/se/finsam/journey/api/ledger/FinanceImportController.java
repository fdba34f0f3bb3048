package se.finsam.journey.api.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.security.Caller;

/**
 * docs/ledger-api.md, "The finance import": money from a finance system's CSV or Excel export, all rows stored or
 * none, and the template to fill in.
 */
@RestController
@RequestMapping("/api/v1/ledger/imports")
@Tag(name = "Ledgers")
class FinanceImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FinanceImport imports;
    private final LedgerImportSettings settings;

    FinanceImportController(FinanceImport imports, LedgerImportSettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @PostMapping(consumes = {"text/csv", XLSX, "application/octet-stream"})
    @Operation(summary = "Import money from a finance system's file", description = "CSV (UTF-8, ';' or ',') or Excel "
            + "(.xlsx) with the template's columns: Insats or Förbund, Typ (Tilldelning, Budget, Kostnad, Prognos), "
            + "Post-id, År, Från, Till, Prognosdatum, Finansiär, Kostnadsslag, Belopp. Rows are read one at a time; "
            + "each is decided by its ledger's rules. If any row is refused nothing is stored and every refused row is "
            + "listed with its number, column and message; otherwise all are stored in one transaction. A row without "
            + "Post-id gets an id from its content, so sending the same file again stores nothing new.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))}),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Every row stored (or already there): `accepted`, "
                            + "`duplicates`, and the `position` of the last stored event."),
                    @ApiResponse(responseCode = "422", description = "Rows were refused (`errors`: row, field, code, "
                            + "message); nothing was stored.", content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = FinanceImport.Result.class)))})
    @ErrorAnswer(status = 403, when = "the caller may not import money (OFFICE and ADMIN may)")
    @ErrorAnswer(status = 413, when = "the file is larger than the limit (JOURNEY_LEDGER_IMPORT_MOST_MB)")
    @ErrorAnswer(status = 415, when = "the body is neither CSV nor Excel")
    ResponseEntity<Object> importFile(HttpServletRequest request, @AuthenticationPrincipal Caller caller)
            throws IOException {
        Path file = Files.createTempFile("ledger-import-", ".upload");
        try {
            if (!copy(request.getInputStream(), file)) {
                return problem(HttpStatus.PAYLOAD_TOO_LARGE, "the file is larger than " + settings.mostMegabytes()
                        + " MB; split it, or ask an administrator to raise JOURNEY_LEDGER_IMPORT_MOST_MB");
            }
            FinanceImport.Result result = imports.importFile(file, caller);
            return ResponseEntity.status(result.stored() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(result);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GetMapping("/template.csv")
    @Operation(summary = "The finance file's template as CSV", description = "The columns, example rows, and comment "
            + "rows (starting with #, skipped by the import) that explain each column.")
    ResponseEntity<byte[]> csvTemplate() {
        return download(FinanceTemplate.csv(), "ekonomi-mall.csv", new MediaType("text", "csv",
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "The finance file's template as Excel")
    ResponseEntity<byte[]> xlsxTemplate() {
        return download(FinanceTemplate.xlsx(), "ekonomi-mall.xlsx", MediaType.parseMediaType(XLSX));
    }

    @ExceptionHandler(FinanceImport.Unreadable.class)
    ResponseEntity<Object> unreadable(FinanceImport.Unreadable e) {
        ResponseEntity<Object> answer = problem(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage() + "; nothing was stored");
        ((ProblemDetail) answer.getBody()).setProperty("code", e.code());
        return answer;
    }

    /** Copies the body to the file; false when it is longer than the limit. */
    private boolean copy(InputStream body, Path file) throws IOException {
        long most = settings.mostMegabytes() * 1024L * 1024L;
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                copied += n;
                if (copied > most) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status == HttpStatus.PAYLOAD_TOO_LARGE ? "File too large" : "Unreadable file");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name).build().toString()).contentType(type).body(body);
    }
}
