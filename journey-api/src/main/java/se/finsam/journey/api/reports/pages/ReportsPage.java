package se.finsam.journey.api.reports.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
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
import org.springframework.web.bind.annotation.RequestMapping;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.organisation.Initiative;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.api.reports.ReportCsv;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.reports.Suppression;

/**
 * The analysts' report page ({@code /app/reports}): a GET form, so every report is a URL to bookmark or send, and
 * the report laid out like the teams' published tables, with charts, lineage links and exports (XLSX, CSV, a print
 * view). It computes through the same {@link ReportService} and records the same manifest as the REST report, with
 * the signed-in caller, so who may see what and every figure are identical to the API's.
 */
@PageController
@RequestMapping("/app/reports")
class ReportsPage {

    private final ReportService reports;
    private final ReportManifests manifests;
    private final Initiatives initiatives;
    private final ReadAudit audit;
    private final MessageSource messages;
    private final Clock clock;

    ReportsPage(ReportService reports, ReportManifests manifests, Initiatives initiatives, ReadAudit audit,
                MessageSource messages, Clock clock) {
        this.reports = reports;
        this.manifests = manifests;
        this.initiatives = initiatives;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock.withZone(Journey.SWEDEN);
    }

    @GetMapping
    String page(ReportForm form, @AuthenticationPrincipal Caller caller, Locale locale, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        return show(form, caller, locale, model, request, response, false);
    }

    @GetMapping("/print")
    String print(ReportForm form, @AuthenticationPrincipal Caller caller, Locale locale, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        if (!form.asked()) {
            throw new BadRequestException(text(PageModel.language(locale)).apply("reports.error.scopeNone"));
        }
        return show(form, caller, locale, model, request, response, true);
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(ReportForm form, @AuthenticationPrincipal Caller caller, Locale locale) {
        Locale language = PageModel.language(locale);
        Function<String, String> text = text(language);
        Exported exported = export(form, caller, text, "xlsx");
        ReportView view = new ReportView(exported.computed(), exported.suppression(), language, text);
        List<String> header = header(exported, text);
        return download(ReportWorkbook.of(view, header, text), exported, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(ReportForm form, @AuthenticationPrincipal Caller caller, Locale locale) {
        Exported exported = export(form, caller, text(PageModel.language(locale)), "csv");
        String csv = ReportCsv.of(exported.computed(), exported.manifest(), exported.suppression());
        return download(csv.getBytes(StandardCharsets.UTF_8), exported, "csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    private record Exported(ReportService.Computed computed, String manifest, Suppression suppression) {
    }

    /** An export is like the REST CSV: the same manifest, the threshold if chosen, and an entry in the read audit. */
    private Exported export(ReportForm form, Caller caller, Function<String, String> text, String format) {
        requireRole(caller);
        ReportForm.Checked checked = form.withDefaults(LocalDate.now(clock)).check();
        if (!checked.valid()) {
            List<String> problems = new ArrayList<>();
            checked.errors().values().forEach(key -> problems.add(text.apply(key)));
            throw new BadRequestException(String.join(" ", problems));
        }
        ReportService.Computed computed = reports.compute(checked.query(), caller);
        String manifest = manifests.record(computed, reports.answer(computed), caller);
        Suppression suppression = checked.threshold().isPresent()
                ? ReportService.suppress(computed, checked.threshold().getAsInt()) : null;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("format", format);
        detail.put("manifest", manifest);
        if (suppression != null) {
            detail.put("suppress", suppression.threshold());
        }
        audit.record(caller, ReadAudit.Action.EXPORT, checked.query().describe(), computed.scope(), detail);
        return new Exported(computed, manifest, suppression);
    }

    private static ResponseEntity<byte[]> download(byte[] body, Exported exported, String suffix, MediaType type) {
        ReportQuery query = exported.computed().query();
        String name = "deltagarrapport-" + (query.association() != null ? query.association()
                : String.join("-", exported.computed().scope())) + "-" + query.from() + "-" + query.to() + "." + suffix;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name,
                        StandardCharsets.UTF_8).build().toString())
                .header("X-Journey-Manifest", exported.manifest())
                .contentType(type)
                .body(body);
    }

    private String show(ReportForm sent, Caller caller, Locale locale, Model model, HttpServletRequest request,
                        HttpServletResponse response, boolean print) {
        requireRole(caller);
        Locale language = PageModel.language(locale);
        Function<String, String> text = text(language);
        ReportForm form = sent.withDefaults(LocalDate.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("print", print);
        model.addAttribute("choices", choices(caller));
        model.addAttribute("errors", Map.of());
        if (!form.asked()) {
            return "reports/report";
        }
        ReportForm.Checked checked = form.check();
        if (!checked.valid()) {
            Map<String, String> errors = new LinkedHashMap<>();
            checked.errors().forEach((field, key) -> errors.put(field, text.apply(key)));
            model.addAttribute("errors", errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "reports/report";
        }
        ReportService.Computed computed = reports.compute(checked.query(), caller);
        String manifest = manifests.record(computed, reports.answer(computed), caller);
        Suppression suppression = checked.threshold().isPresent()
                ? ReportService.suppress(computed, checked.threshold().getAsInt()) : null;
        ReportView view = new ReportView(computed, suppression, language, text);
        model.addAttribute("report", view);
        model.addAttribute("manifest", manifest);
        model.addAttribute("reportTitle", title(computed, language));
        model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString());
        model.addAttribute("nowLabel", nowLabel(computed));
        model.addAttribute("previousLabel", previousLabel(computed));
        model.addAttribute("periodText", period(computed.query().from(), computed.query().to(), language));
        model.addAttribute("previousPeriodText", computed.comparison() == null ? null : period(
                computed.comparison().previousFigures().period().from(),
                computed.comparison().previousFigures().period().to(), language));
        model.addAttribute("charts", charts(view, computed, checked.threshold(), text, language));
        return "reports/report";
    }

    /** The initiatives the caller may read, and the associations all of whose initiatives it may read. */
    public record Choices(List<Initiative> initiatives, List<String> associations) {
    }

    /** As on the API: a user without a role is refused everything but who they are. */
    private static void requireRole(Caller caller) {
        if (caller.roles().isEmpty()) {
            throw new ForbiddenException("user '" + caller.username() + "' has no role yet; an administrator gives "
                    + "roles and initiatives");
        }
    }

    private Choices choices(Caller caller) {
        List<Initiative> readable = new ArrayList<>();
        Map<String, Boolean> whole = new TreeMap<>();
        for (Initiative initiative : initiatives.all()) {
            boolean may = caller.mayRead(initiative.code());
            if (may) {
                readable.add(initiative);
            }
            if (initiative.association() != null) {
                whole.merge(initiative.association(), may, Boolean::logicalAnd);
            }
        }
        return new Choices(readable, whole.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .toList());
    }

    /** The report's heading: its scope and period in words. */
    private String title(ReportService.Computed computed, Locale language) {
        ReportQuery query = computed.query();
        String scope = query.association() != null ? query.association() : String.join(", ", computed.scope());
        return scope + " · " + period(query.from(), query.to(), language);
    }

    static String period(LocalDate from, LocalDate to, Locale language) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        return format.format(from) + " – " + format.format(to);
    }

    private List<String> header(Exported exported, Function<String, String> text) {
        ReportService.Computed computed = exported.computed();
        ReportQuery query = computed.query();
        List<String> lines = new ArrayList<>();
        lines.add(text.apply("reports.header.scope") + ": " + (query.association() != null
                ? text.apply("reports.association") + " " + query.association() + " (" + String.join(", ", computed.scope()) + ")"
                : String.join(", ", computed.scope())));
        lines.add(text.apply("reports.header.period") + ": " + query.from() + " – " + query.to()
                + (computed.comparison() == null ? "" : " (" + text.apply("reports.header.previous") + " "
                + computed.comparison().previousFigures().period().from() + " – "
                + computed.comparison().previousFigures().period().to() + ")"));
        if (query.asOf() != null) {
            lines.add(text.apply("reports.header.asOf") + ": " + query.asOf());
        }
        lines.add(text.apply("reports.header.question") + ": " + query.describe());
        lines.add(text.apply("reports.header.manifest") + ": " + exported.manifest());
        lines.add(text.apply("reports.header.definitions") + ": " + computed.figures().definitions() + ", "
                + text.apply("reports.header.position") + " " + computed.position());
        if (exported.suppression() != null) {
            lines.add(text.apply("reports.header.suppressed").replace("{0}",
                    String.valueOf(exported.suppression().threshold())));
        }
        return lines;
    }

    /** The three charts, each with the rows of its text alternative. */
    public record Chart(String id, String heading, String svg, List<String> columns, List<List<String>> rows) {
    }

    private List<Chart> charts(ReportView view, ReportService.Computed computed, OptionalInt threshold,
                               Function<String, String> text, Locale language) {
        List<Chart> charts = new ArrayList<>();
        boolean compared = view.compared();
        String nowLegend = nowLabel(computed);
        String previousLegend = previousLabel(computed);
        ReportView.Table standard = view.sections().get(1).tables().get(0);
        List<ReportCharts.Bar> outcomes = new ArrayList<>();
        List<List<String>> outcomeRows = new ArrayList<>();
        for (ReportView.Row row : standard.rows()) {
            ReportView.Cell share = row.cells().get(1);
            if (share == null) {
                continue;
            }
            outcomes.add(new ReportCharts.Bar(shortLabel(row.label()), number(share.now()),
                    compared ? number(share.before()) : null));
            outcomeRows.add(compared ? List.of(row.label(), share.now().text(), share.before().text())
                    : List.of(row.label(), share.now().text()));
        }
        List<String> barColumns = compared ? List.of(text.apply("reports.chart.outcome"), nowLegend, previousLegend)
                : List.of(text.apply("reports.chart.outcome"), nowLegend);
        charts.add(new Chart("chart-outcomes", text.apply("reports.chart.outcomes"), ReportCharts.bars("chart-outcomes",
                text.apply("reports.chart.outcomes"), text.apply("reports.chart.outcomesDesc"),
                text.apply("reports.chart.shareAxis"), outcomes, nowLegend, previousLegend, "\u00a0%", language),
                barColumns, outcomeRows));

        ReportView.Table parties = view.sections().get(0).tables().get(2);
        List<ReportCharts.Bar> partyBars = new ArrayList<>();
        List<List<String>> partyRows = new ArrayList<>();
        for (ReportView.Row row : parties.rows()) {
            ReportView.Cell total = row.cells().get(0);
            partyBars.add(new ReportCharts.Bar(shortLabel(row.label()), number(total.now()),
                    compared ? number(total.before()) : null));
            partyRows.add(compared ? List.of(row.label(), total.now().text(), total.before().text())
                    : List.of(row.label(), total.now().text()));
        }
        List<String> partyColumns = compared ? List.of(text.apply("reports.chart.party"), nowLegend, previousLegend)
                : List.of(text.apply("reports.chart.party"), nowLegend);
        charts.add(new Chart("chart-parties", text.apply("reports.chart.parties"), ReportCharts.bars("chart-parties",
                text.apply("reports.chart.parties"), text.apply("reports.chart.partiesDesc"),
                text.apply("reports.chart.countAxis"), partyBars, nowLegend, previousLegend, "", language),
                partyColumns, partyRows));

        List<ThroughputTrend.Window> windows = ThroughputTrend.of(reports, computed.query(), computed.scope(), threshold);
        List<ReportCharts.Point> points = new ArrayList<>();
        List<List<String>> trendRows = new ArrayList<>();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", language);
        DateTimeFormatter longMonth = DateTimeFormatter.ofPattern("MMMM yyyy", language);
        for (ThroughputTrend.Window window : windows) {
            points.add(new ReportCharts.Point(month.format(window.month()), window.meanMonths()));
            trendRows.add(List.of(longMonth.format(window.month()), window.meanMonths() == null
                    ? (window.closures() > 0 ? "·" : "–") : ReportCharts.number(window.meanMonths(), language),
                    threshold.isPresent() && window.closures() > 0 && window.closures() < threshold.getAsInt()
                            ? "·" : String.valueOf(window.closures())));
        }
        charts.add(new Chart("chart-throughput", text.apply("reports.chart.throughput"),
                ReportCharts.line("chart-throughput", text.apply("reports.chart.throughput"),
                        text.apply("reports.chart.throughputDesc"), text.apply("reports.chart.monthsAxis"), points,
                        language),
                List.of(text.apply("reports.chart.window"), text.apply("reports.chart.meanMonths"),
                        text.apply("reports.chart.closures")), trendRows));
        return charts;
    }

    /** This period's short name in column heads and legends: its year, if it lies within one. */
    private static String nowLabel(ReportService.Computed computed) {
        ReportQuery query = computed.query();
        return query.from().getYear() == query.to().getYear() ? String.valueOf(query.to().getYear())
                : query.from().getYear() + "/" + String.valueOf(query.to().getYear()).substring(2);
    }

    private static String previousLabel(ReportService.Computed computed) {
        if (computed.comparison() == null) {
            return null;
        }
        var earlier = computed.comparison().previousFigures().period();
        return earlier.from().getYear() == earlier.to().getYear() ? String.valueOf(earlier.to().getYear())
                : earlier.from().getYear() + "/" + String.valueOf(earlier.to().getYear()).substring(2);
    }

    /** A bar's label under the axis: the code label up to its first parenthesis or colon, kept short. */
    private static String shortLabel(String label) {
        String cut = label.split("[(:/]")[0].strip();
        return cut.length() > 26 ? cut.substring(0, 25) + "…" : cut;
    }

    private static Double number(ReportView.Value value) {
        if (value == null || value.hidden() || value.number() == null) {
            return null;
        }
        return ((Number) value.number()).doubleValue();
    }

    private Function<String, String> text(Locale language) {
        return key -> messages.getMessage(key, null, key, language);
    }
}
