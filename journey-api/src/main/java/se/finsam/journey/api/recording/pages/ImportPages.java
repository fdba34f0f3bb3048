package se.finsam.journey.api.recording.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;
import se.finsam.journey.api.recording.ImportInterruptedException;
import se.finsam.journey.api.recording.ImportProperties;
import se.finsam.journey.api.recording.ImportResult;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;

/**
 * The import page: a file (NDJSON, or the template as CSV or Excel) is kept on disk, read as a stream into the
 * API's NDJSON records and imported in the background; its page refreshes until the result is there, with the
 * rejected lines (the first thousand), their row and column (Swedish column names for spreadsheets) and message.
 * The templates are downloaded here too. A file the page cannot read is said so on the form (400), never an error
 * of ours.
 */
@PageController
class ImportPages {

    private final ImportJobs jobs;
    private final ImportTemplate template;
    private final CodeLabels labels;
    private final int maxMegabytes;

    ImportPages(ImportJobs jobs, ImportTemplate template, CodeLabels labels, ImportProperties settings) {
        this.jobs = jobs;
        this.template = template;
        this.labels = labels;
        this.maxMegabytes = settings.pageMaxMegabytes();
    }

    @GetMapping("/app/imports")
    String form(@AuthenticationPrincipal Caller caller, Model model) {
        caller.requireRecordingAnywhere();
        model.addAttribute("maxMegabytes", maxMegabytes);
        return "staff/import";
    }

    @PostMapping("/app/imports")
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Caller caller,
                  Model model, HttpServletResponse response) throws IOException {
        caller.requireRecordingAnywhere();
        model.addAttribute("maxMegabytes", maxMegabytes);
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            return refused(model, response, "import.error.none", null);
        }
        if (file.getSize() > maxMegabytes * 1024L * 1024L) {
            return refused(model, response, "import.error.tooBig", String.valueOf(maxMegabytes));
        }
        // Kept on disk for the import, which reads it as a stream (the upload's own copy goes with the request).
        Path kept = Files.createTempFile("journey-import-", ".upload");
        ImportFile read;
        try {
            file.transferTo(kept);
            read = ImportFile.open(file.getOriginalFilename(), kept, labels);
        } catch (ImportFile.Unreadable e) {
            Files.deleteIfExists(kept);
            return refused(model, response, e.key, e.argument);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(kept);
            throw e;
        }
        ImportJobs.Job job = jobs.start(caller, read);
        return "redirect:/app/imports/" + job.id;
    }

    private static String refused(Model model, HttpServletResponse response, String key, String argument) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("fileError", key);
        model.addAttribute("fileErrorArgument", argument);
        return "staff/import";
    }

    /** A rejected line as the page lists it. */
    record Rejection(int row, String journeyId, String column, String message) {
    }

    @GetMapping("/app/imports/{id}")
    String progress(@PathVariable String id, @AuthenticationPrincipal Caller caller, Model model, Locale locale) {
        caller.requireRecordingAnywhere();
        ImportJobs.Job job = jobs.find(id, caller).orElseThrow(() -> new NotFoundException(
                labels.message("import.notFound", null, "no such import", locale)));
        // One snapshot for the whole page: the import may end while the page is being drawn.
        ImportJobs.Snapshot snapshot = job.snapshot();
        model.addAttribute("job", snapshot);
        model.addAttribute("spreadsheet", snapshot.format() != ImportFile.Format.NDJSON);
        List<Rejection> rejections = new ArrayList<>();
        ImportResult result = snapshot.result();
        if (result != null) {
            for (ImportResult.LineError error : result.errors()) {
                String column = error.field() == null ? null
                        : snapshot.format() == ImportFile.Format.NDJSON ? error.field() : labels.column(error.field());
                rejections.add(new Rejection(job.file.rowOf(error.line()), error.journeyId(), column,
                        labels.refusal(error.code(), error.arguments(), error.message(), locale)));
            }
        }
        model.addAttribute("rejections", rejections);
        model.addAttribute("interruption", snapshot.done() ? interruption(snapshot.outcome(), job.file, locale) : null);
        return "staff/import-progress";
    }

    /** Why an import stopped and from which row (or line) to import again, in the user's language. */
    private String interruption(ImportJobs.Outcome outcome, ImportFile file, Locale locale) {
        ImportInterruptedException stopped = outcome.interrupted();
        if (stopped == null) {
            return outcome.failure() == null ? null : labels.message("import.failed", new Object[]{
                    outcome.failure().isEmpty() ? labels.message("error.unexpected", null, "", locale)
                            : outcome.failure()}, outcome.failure(), locale);
        }
        String why = labels.message("import.interrupted." + stopped.reason().name(), null, stopped.why(), locale);
        return labels.message("import.interrupted", new Object[]{file.rowOf(stopped.resendFromLine()), why},
                stopped.detail(), locale);
    }

    @GetMapping("/app/imports/template.xlsx")
    ResponseEntity<byte[]> templateXlsx(@AuthenticationPrincipal Caller caller) {
        caller.requireRecordingAnywhere();
        return download(template.xlsx(), "journey-mall.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/app/imports/template.csv")
    ResponseEntity<byte[]> templateCsv(@AuthenticationPrincipal Caller caller) {
        caller.requireRecordingAnywhere();
        return download(template.csv(), "journey-mall.csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
