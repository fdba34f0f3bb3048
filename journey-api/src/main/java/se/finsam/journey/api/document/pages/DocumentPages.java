package se.finsam.journey.api.document.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.finsam.journey.api.document.DocumentAssembly;
import se.finsam.journey.api.document.ReportSection;
import se.finsam.journey.api.document.SectionTextStore;
import se.finsam.journey.api.document.SectionTexts;
import se.finsam.journey.api.ledger.LedgerAccess;
import se.finsam.journey.api.organisation.Initiative;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.recording.InvalidRecordException;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.pages.ReportForm;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.api.web.PageController;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.document.docx.WordRenderer;
import se.finsam.journey.document.pdf.PdfRenderer;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.ledger.LedgerId;

/**
 * The report document's page ({@code /app/report-document}): the report form (scope, period presets, small-number
 * protection, as known on), the team's section texts with every version and, for analysts and administrators, a
 * form per section that saves a new version, and the document to download as Word or PDF. Access, texts and the
 * document are those of the API ({@link SectionTexts}, {@link DocumentAssembly}) with the signed-in caller.
 */
@PageController
@RequestMapping("/app/report-document")
class DocumentPages {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DocumentAssembly assembly;
    private final SectionTexts texts;
    private final LedgerAccess access;
    private final Initiatives initiatives;
    private final MessageSource messages;
    private final Clock clock;

    DocumentPages(DocumentAssembly assembly, SectionTexts texts, LedgerAccess access, Initiatives initiatives,
                  MessageSource messages, Clock clock) {
        this.assembly = assembly;
        this.texts = texts;
        this.access = access;
        this.initiatives = initiatives;
        this.messages = messages;
        this.clock = clock;
    }

    /** A section on the page: its key and heading, its latest text and every version, newest first. */
    public record SectionView(String key, String heading, String latest, List<SectionTexts.SectionText> versions) {
    }

    /** The form's choices: the initiatives the caller may read, and the associations all of whose it may read. */
    public record Choices(List<Initiative> initiatives, List<String> associations) {
    }

    @GetMapping
    String page(ReportForm sent, @AuthenticationPrincipal Caller caller, Locale locale, Model model,
                HttpServletResponse response) {
        return show(sent, caller, locale, model, response, Map.of(), Map.of());
    }

    @PostMapping("/texts/{section}")
    String write(@PathVariable String section, ReportForm sent, @RequestParam(required = false) String text,
                 @AuthenticationPrincipal Caller caller, Locale locale, Model model, HttpServletResponse response) {
        requireRole(caller);
        ReportForm form = sent.withDefaults(today());
        ReportForm.Checked checked = form.check();
        if (!checked.valid()) {
            return show(sent, caller, locale, model, response, Map.of(), Map.of());
        }
        SectionTextStore.Report report = owner(checked.query());
        if (report == null) {
            throw new BadRequestException("a report's texts belong to one initiative or to an association");
        }
        try {
            texts.write(caller, report, section, text);
        } catch (InvalidRecordException refused) {
            response.setStatus(422);
            return show(sent, caller, locale, model, response, Map.of(section, message(refused, locale)),
                    Map.of(section, text == null ? "" : text));
        }
        return "redirect:/app/report-document?" + query(form) + "#section-" + section;
    }

    @GetMapping("/document.docx")
    ResponseEntity<byte[]> word(ReportForm form,
                                @AuthenticationPrincipal Caller caller, Locale locale) {
        DocumentAssembly.Assembled assembled = assemble(form, caller, locale, "docx");
        return download(assembled, "docx", DOCX, WordRenderer.render(assembled.document()));
    }

    @GetMapping("/document.pdf")
    ResponseEntity<byte[]> pdf(ReportForm form, @AuthenticationPrincipal Caller caller, Locale locale) {
        DocumentAssembly.Assembled assembled = assemble(form, caller, locale, "pdf");
        return download(assembled, "pdf", MediaType.APPLICATION_PDF, PdfRenderer.render(assembled.document()));
    }

    private String show(ReportForm sent, Caller caller, Locale locale, Model model, HttpServletResponse response,
                        Map<String, String> textErrors, Map<String, String> drafts) {
        requireRole(caller);
        Locale language = PageModel.language(locale);
        ReportForm form = sent.withDefaults(today());
        model.addAttribute("form", form);
        model.addAttribute("choices", choices(caller));
        model.addAttribute("errors", Map.of());
        model.addAttribute("textErrors", textErrors);
        model.addAttribute("asked", false);
        if (!form.asked()) {
            return "document/document";
        }
        ReportForm.Checked checked = form.check();
        if (!checked.valid()) {
            Map<String, String> errors = new LinkedHashMap<>();
            checked.errors().forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key, language)));
            model.addAttribute("errors", errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "document/document";
        }
        ReportQuery query = checked.query();
        SectionTextStore.Report report = owner(query);
        model.addAttribute("asked", true);
        model.addAttribute("query", query(form));
        model.addAttribute("period", query.from() + " – " + query.to());
        model.addAttribute("scope", query.association() != null ? query.association()
                : String.join(", ", query.initiatives()));
        model.addAttribute("ownTexts", report != null);
        if (report != null) {
            Map<ReportSection, List<SectionTexts.SectionText>> versions = texts.everyVersion(caller, report);
            List<SectionView> sections = new ArrayList<>();
            versions.forEach((section, list) -> {
                List<SectionTexts.SectionText> newestFirst = new ArrayList<>(list);
                java.util.Collections.reverse(newestFirst);
                String latest = drafts.containsKey(section.key()) ? drafts.get(section.key())
                        : newestFirst.isEmpty() ? "" : newestFirst.get(0).text();
                sections.add(new SectionView(section.key(), section.heading(), latest, newestFirst));
            });
            model.addAttribute("sections", sections);
            model.addAttribute("mayWrite", texts.mayWrite(caller, report.owner()));
        }
        return "document/document";
    }

    private DocumentAssembly.Assembled assemble(ReportForm sent, Caller caller, Locale locale, String format) {
        requireRole(caller);
        ReportForm.Checked checked = sent.withDefaults(today()).check();
        if (!checked.valid()) {
            List<String> problems = new ArrayList<>();
            Locale language = PageModel.language(locale);
            checked.errors().values().forEach(key -> problems.add(messages.getMessage(key, null, key, language)));
            throw new BadRequestException(String.join(" ", problems));
        }
        OptionalInt threshold = checked.threshold();
        return assembly.assemble(new DocumentAssembly.Request(checked.query(), threshold, Map.of()), caller, format);
    }

    /** Whose texts the report has: the one initiative, or the association; none for several initiatives. */
    private static SectionTextStore.Report owner(ReportQuery query) {
        LedgerId owner = query.association() != null ? LedgerId.association(query.association())
                : query.initiatives().size() == 1 ? LedgerId.initiative(query.initiatives().get(0)) : null;
        return owner == null ? null : new SectionTextStore.Report(owner, query.from(), query.to());
    }

    /** The form as a query string, so that a saved text leads back to the same report and the downloads ask it. */
    static String query(ReportForm form) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (form.initiative() != null) {
            form.initiative().forEach(code -> uri.queryParam("initiative", code));
        }
        add(uri, "association", form.association());
        add(uri, "period", form.periodKind());
        add(uri, "year", form.year());
        add(uri, "from", form.from());
        add(uri, "to", form.to());
        add(uri, "asOf", form.asOf());
        add(uri, "suppress", form.suppress());
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.strip());
        }
    }

    private String message(InvalidRecordException refused, Locale locale) {
        String key = "document.text.error." + refused.code();
        return messages.getMessage(key, null, refused.getMessage(), PageModel.language(locale));
    }

    private Choices choices(Caller caller) {
        List<LedgerId> readable = access.readable(caller);
        return new Choices(initiatives.all().stream().filter(i -> readable.contains(LedgerId.initiative(i.code())))
                .toList(), readable.stream().filter(LedgerId::isAssociation).map(LedgerId::code).toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Journey.SWEDEN));
    }

    private static ResponseEntity<byte[]> download(DocumentAssembly.Assembled assembled, String suffix, MediaType type,
                                                   byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(assembled.fileName() + "." + suffix).build().toString())
                .header("X-Journey-Manifests", String.join(",", assembled.manifests()))
                .contentType(type).body(body);
    }

    private static void requireRole(Caller caller) {
        if (caller.roles().isEmpty()) {
            throw new ForbiddenException("user '" + caller.username() + "' has no role yet; an administrator gives "
                    + "roles and initiatives");
        }
    }
}
