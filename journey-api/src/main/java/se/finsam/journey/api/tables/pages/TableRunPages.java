package se.finsam.journey.api.tables.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.pages.ReportForm;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.tables.DefinitionStore;
import se.finsam.journey.api.tables.TableReports;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.api.web.PageController;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.journey.Journey;

/**
 * Running a definition ({@code /app/tables/{id}/run}): a GET form (so a run is a URL to bookmark or send) with the
 * report page's scope and period, as-known-on, comparison and small-number protection, and the tables with last
 * year's value and the change, every count linked to its journeys, the manifest, Excel, CSV and a print view. Each
 * is one {@link TableReports#publish} call, the one {@code GET /api/v1/reports/tables} makes, with the signed-in
 * caller: the same access, figures, manifest and audit entry (an export as an export).
 */
@PageController
@RequestMapping("/app/tables/{id}")
class TableRunPages {

    private final TableReports tables;
    private final DefinitionStore definitions;
    private final Initiatives initiatives;
    private final TableLabels labels;
    private final MessageSource messages;
    private final Clock clock;

    TableRunPages(TableReports tables, DefinitionStore definitions, Initiatives initiatives, TableLabels labels,
                  MessageSource messages, Clock clock) {
        this.tables = tables;
        this.definitions = definitions;
        this.initiatives = initiatives;
        this.labels = labels;
        this.messages = messages;
        // The service's clock, in Sweden: a run's default period ends on the Swedish today.
        this.clock = clock.withZone(Journey.SWEDEN);
    }

    @GetMapping("/run")
    String run(@PathVariable String id, @RequestParam(required = false) String version, ReportForm form,
               @AuthenticationPrincipal Caller caller, Locale locale, Model model, HttpServletRequest request,
               HttpServletResponse response) {
        return show(id, version, form, caller, locale, model, request, response, false);
    }

    @GetMapping("/print")
    String print(@PathVariable String id, @RequestParam(required = false) String version, ReportForm form,
                 @AuthenticationPrincipal Caller caller, Locale locale, Model model, HttpServletRequest request,
                 HttpServletResponse response) {
        if (!form.asked()) {
            throw new BadRequestException(labels.message("reports.error.scopeNone", PageModel.language(locale)));
        }
        return show(id, version, form, caller, locale, model, request, response, true);
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id, @RequestParam(required = false) String version,
                                ReportForm form, @AuthenticationPrincipal Caller caller, Locale locale) {
        Locale language = PageModel.language(locale);
        TableReports.Published published = tables.publish(question(id, version, form, language), caller, "xlsx");
        TableView view = view(published, language);
        return download(TableWorkbook.of(view, header(published, language), language, labels), published, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, @RequestParam(required = false) String version,
                               ReportForm form, @AuthenticationPrincipal Caller caller, Locale locale) {
        TableReports.Published published = tables.publish(question(id, version, form, PageModel.language(locale)),
                caller, "csv");
        return download(TableCsv.of(published).getBytes(StandardCharsets.UTF_8), published, "csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    private String show(String id, String version, ReportForm sent, Caller caller, Locale locale, Model model,
                        HttpServletRequest request, HttpServletResponse response, boolean print) {
        Locale language = PageModel.language(locale);
        DefinitionPages.requireRole(caller);
        DefinitionStore.Version shown = Versions.find(definitions, id, Versions.number(version));
        ReportForm form = sent.withDefaults(LocalDate.now(clock));
        model.addAttribute("definition", shown);
        model.addAttribute("versions", definitions.versions(id));
        model.addAttribute("form", form);
        model.addAttribute("print", print);
        model.addAttribute("choices", Scopes.of(caller, initiatives.all()));
        model.addAttribute("errors", Map.of());
        if (!form.asked()) {
            return "tables/run";
        }
        ReportForm.Checked checked = form.check();
        if (!checked.valid()) {
            Map<String, String> errors = new LinkedHashMap<>();
            checked.errors().forEach((field, key) -> errors.put(field, labels.message(key, language)));
            model.addAttribute("errors", errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "tables/run";
        }
        TableReports.Published published = tables.publish(new TableReports.Question(checked.query(), id,
                shown.version(), checked.threshold().isPresent() ? checked.threshold().getAsInt() : null), caller, null);
        model.addAttribute("view", view(published, language));
        model.addAttribute("published", published);
        model.addAttribute("query", withVersion(request.getQueryString(), shown.version()));
        model.addAttribute("periodText", period(published.computed().query(), language));
        model.addAttribute("previousLabel", previousLabel(published.computed().query()));
        model.addAttribute("nowLabel", label(published.computed().query().from(), published.computed().query().to()));
        return "tables/run";
    }

    private TableView view(TableReports.Published published, Locale language) {
        DefinitionStore.Version version = published.computed().definition().version();
        return new TableView(published.computed().tables(), published.hidden(), published.computed().query(),
                new TableView.Source(version.id(), version.version()), labels, language);
    }

    /** An export's question: the form checked as the page checks it, its mistakes said in one 400. */
    private TableReports.Question question(String id, String version, ReportForm form, Locale language) {
        ReportForm.Checked checked = form.withDefaults(LocalDate.now(clock)).check();
        if (!checked.valid()) {
            List<String> problems = new ArrayList<>();
            checked.errors().values().forEach(key -> problems.add(labels.message(key, language)));
            throw new BadRequestException(String.join(" ", problems));
        }
        return new TableReports.Question(checked.query(), id, Versions.number(version),
                checked.threshold().isPresent() ? checked.threshold().getAsInt() : null);
    }

    private List<String> header(TableReports.Published published, Locale language) {
        ReportQuery query = published.computed().query();
        DefinitionStore.Version version = published.computed().definition().version();
        List<String> lines = new ArrayList<>();
        lines.add(labels.message("tables.header.definition", language, version.title(), version.id(),
                version.version(), version.sha256()));
        lines.add(labels.message("reports.header.scope", language) + ": " + (query.association() != null
                ? labels.message("reports.association", language) + " " + query.association() + " ("
                + String.join(", ", published.computed().scope()) + ")" : String.join(", ", published.computed().scope())));
        lines.add(labels.message("reports.header.period", language) + ": " + query.from() + " – " + query.to());
        if (query.asOf() != null) {
            lines.add(labels.message("reports.header.asOf", language) + ": " + query.asOf());
        }
        lines.add(labels.message("reports.header.manifest", language) + ": " + published.manifest() + ", "
                + labels.message("reports.header.position", language) + " " + published.computed().position());
        if (published.threshold() != null) {
            lines.add(labels.message("reports.header.suppressed", language, published.threshold()));
        }
        return lines;
    }

    private static ResponseEntity<byte[]> download(byte[] body, TableReports.Published published, String suffix,
                                                   MediaType type) {
        ReportQuery query = published.computed().query();
        String name = published.computed().definition().version().id() + "-v"
                + published.computed().definition().version().version() + "-" + (query.association() != null
                ? query.association() : String.join("-", published.computed().scope())) + "-" + query.from() + "-"
                + query.to() + "." + suffix;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name,
                        StandardCharsets.UTF_8).build().toString())
                .header("X-Journey-Manifest", published.manifest())
                .contentType(type)
                .body(body);
    }

    /** The query string of the page with the version it showed, so that exports and prints are of that version. */
    private static String withVersion(String query, int version) {
        String without = query == null ? "" : query.replaceAll("(^|&)version=[^&]*", "").replaceFirst("^&", "");
        return (without.isEmpty() ? "" : without + "&") + "version=" + version;
    }

    private static String period(ReportQuery query, Locale language) {
        var format = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(language);
        return format.format(query.from()) + " – " + format.format(query.to());
    }

    private static String previousLabel(ReportQuery query) {
        return query.comparePrevious() ? label(query.from().minusYears(1), query.to().minusYears(1)) : null;
    }

    /** A period's short name in column heads: its year, if it lies within one. */
    private static String label(LocalDate from, LocalDate to) {
        return from.getYear() == to.getYear() ? String.valueOf(to.getYear())
                : from.getYear() + "/" + String.valueOf(to.getYear()).substring(2);
    }
}
