package se.finsam.journey.api.pages.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;
import se.finsam.journey.api.recording.ImportResult;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;

/**
 * The import page: a file (NDJSON, or the template as CSV or Excel) is read, turned into the API's NDJSON
 * records and imported in the background; its page refreshes until the result is there, with every rejected
 * line, its row and column (Swedish column names for spreadsheets) and message. The templates are downloaded
 * here too. A file the page cannot read is said so on the form (400), never an error of ours.
 */
@Controller
class ImportPages {

    private final ImportJobs jobs;
    private final ImportTemplate template;
    private final CodeLabels labels;
    private final ObjectMapper json;
    private final int maxMegabytes;

    ImportPages(ImportJobs jobs, ImportTemplate template, CodeLabels labels, ObjectMapper json,
                @Value("${journey.import.page-max-megabytes:50}") int maxMegabytes) {
        this.jobs = jobs;
        this.template = template;
        this.labels = labels;
        this.json = json;
        this.maxMegabytes = maxMegabytes;
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
        ImportFile read;
        try {
            read = ImportFile.read(file.getOriginalFilename(), file.getBytes(), json, labels);
        } catch (ImportFile.Unreadable e) {
            return refused(model, response, e.key, e.argument);
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
        model.addAttribute("job", job);
        model.addAttribute("spreadsheet", job.file.format != ImportFile.Format.NDJSON);
        ImportResult result = job.result;
        if (result != null) {
            List<Rejection> rejections = new ArrayList<>();
            for (ImportResult.LineError error : result.errors()) {
                RecordRequests.Problem problem = RecordRequests.fieldProblem(error.message(), labels, locale);
                String column = problem.field() == null ? null
                        : job.file.format == ImportFile.Format.NDJSON ? problem.field() : labels.column(problem.field());
                rejections.add(new Rejection(job.file.rowOf(error.line()), error.journeyId(), column,
                        problem.message()));
            }
            model.addAttribute("rejections", rejections);
        }
        return "staff/import-progress";
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
