package se.finsam.journey.api.ledger.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.ledger.LedgerAccess;
import se.finsam.journey.api.ledger.reports.LedgerReportAnswer;
import se.finsam.journey.api.ledger.reports.LedgerReportCsv;
import se.finsam.journey.api.ledger.reports.LedgerReports;
import se.finsam.journey.api.organisation.Initiative;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.api.reports.Publication;
import se.finsam.journey.api.reports.pages.ReportForm;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.figures.LedgerReportKind;

/**
 * The ledger reports' pages ({@code /app/ledger-reports/{economy|staff|goals|activities}}): the report form of the
 * participant report (a GET form, so a report is a URL), the tables with last year and the change, and Excel and CSV
 * exports. Figures, manifest, access and audit are those of {@code GET /api/v1/reports/{kind}}: the page publishes
 * through the same {@link LedgerReports}, on the one publication path, with the signed-in caller.
 */
@PageController
@RequestMapping("/app/ledger-reports")
class LedgerReportPages {

    private final LedgerReports reports;
    private final LedgerAccess access;
    private final Initiatives initiatives;
    private final MessageSource messages;
    private final Clock clock;

    LedgerReportPages(LedgerReports reports, LedgerAccess access, Initiatives initiatives,
                      MessageSource messages, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.initiatives = initiatives;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{kind}")
    String page(@PathVariable String kind, ReportForm sent, @AuthenticationPrincipal Caller caller, Locale locale,
                Model model, HttpServletRequest request, HttpServletResponse response) {
        LedgerReportKind report = kind(kind);
        requireRole(caller);
        Locale language = PageModel.language(locale);
        Function<String, String> text = text(language);
        ReportForm form = sent.withDefaults(LocalDate.now(clock.withZone(Journey.SWEDEN)));
        model.addAttribute("kind", report.wireName());
        model.addAttribute("form", form);
        model.addAttribute("choices", choices(caller));
        model.addAttribute("errors", Map.of());
        model.addAttribute("print", false);
        if (!form.asked()) {
            return "ledger/report";
        }
        ReportForm.Checked checked = form.check();
        if (!checked.valid()) {
            model.addAttribute("errors", checked.errorsIn(text));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "ledger/report";
        }
        if (report == LedgerReportKind.ECONOMY && checked.query().from().getYear() != checked.query().to().getYear()) {
            model.addAttribute("errors", Map.of("period", text.apply("ledger.reports.economyYear")));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "ledger/report";
        }
        LedgerReportAnswer answer = reports.publish(report, checked.query(), checked.threshold(), caller,
                new Publication.Audited(ReadAudit.Action.LEDGER_REPORT, Map.of("page", true)));
        LedgerReportView view = new LedgerReportView(answer, text, language);
        model.addAttribute("answer", answer);
        model.addAttribute("tables", view.tables());
        model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString());
        return "ledger/report";
    }

    @GetMapping("/{kind}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String kind, ReportForm form, @AuthenticationPrincipal Caller caller,
                                Locale locale) {
        Locale language = PageModel.language(locale);
        Function<String, String> text = text(language);
        LedgerReportKind report = kind(kind);
        LedgerReportAnswer answer = export(report, form, caller, text, "xlsx");
        List<String> header = List.of(String.join(", ", answer.scope().initiatives()) + " · " + answer.period().from()
                + " – " + answer.period().to(), "Manifest " + answer.manifest() + " · "
                + text.apply("ledger.reports.meta.position") + " " + answer.position());
        byte[] body = LedgerWorkbook.of(text.apply("ledger.reports.title." + report.wireName()), header,
                new LedgerReportView(answer, text, language).tables());
        return download(body, answer, report, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/{kind}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable String kind, ReportForm form, @AuthenticationPrincipal Caller caller,
                               Locale locale) {
        LedgerReportKind report = kind(kind);
        LedgerReportAnswer answer = export(report, form, caller, text(PageModel.language(locale)), "csv");
        return download(LedgerReportCsv.of(answer).getBytes(StandardCharsets.UTF_8), answer, report, "csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    private LedgerReportAnswer export(LedgerReportKind report, ReportForm form, Caller caller,
                                      Function<String, String> text, String format) {
        requireRole(caller);
        ReportForm.Checked checked = form.checkedForExport(LocalDate.now(clock.withZone(Journey.SWEDEN)), text);
        return reports.publish(report, checked.query(), checked.threshold(), caller,
                Publication.Audited.export(format));
    }

    private static ResponseEntity<byte[]> download(byte[] body, LedgerReportAnswer answer, LedgerReportKind report,
                                                   String suffix, MediaType type) {
        String name = report.wireName() + "-" + (answer.scope().association() != null ? answer.scope().association()
                : String.join("-", answer.scope().initiatives())) + "-" + answer.period().from() + "-"
                + answer.period().to() + "." + suffix;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name,
                        StandardCharsets.UTF_8).build().toString())
                .header("X-Journey-Manifest", answer.manifest())
                .contentType(type)
                .body(body);
    }

    /** The form's choices: the initiatives the caller may read, and the associations all of whose it may read. */
    public record Choices(List<Initiative> initiatives, List<String> associations) {
    }

    private Choices choices(Caller caller) {
        List<LedgerId> readable = access.readable(caller);
        return new Choices(initiatives.all().stream().filter(i -> readable.contains(LedgerId.initiative(i.code())))
                .toList(), readable.stream().filter(LedgerId::isAssociation).map(LedgerId::code).toList());
    }

    private static LedgerReportKind kind(String kind) {
        return LedgerReportKind.ofWireName(kind).orElseThrow(() -> new NotFoundException("there is no report '" + kind
                + "'"));
    }

    private static void requireRole(Caller caller) {
        if (caller.roles().isEmpty()) {
            throw new ForbiddenException("user '" + caller.username() + "' has no role yet; an administrator gives "
                    + "roles and initiatives");
        }
    }

    private Function<String, String> text(Locale language) {
        return key -> messages.getMessage(key, null, key, language);
    }
}
