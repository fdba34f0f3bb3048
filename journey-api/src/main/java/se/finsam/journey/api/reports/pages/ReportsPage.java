package se.finsam.journey.api.reports.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.persons.PersonsReport;
import se.finsam.journey.api.persons.PersonsReportAnswer;
import org.springframework.web.bind.annotation.RequestMapping;
import se.finsam.journey.api.organisation.Initiative;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.api.reports.ParticipantReport;
import se.finsam.journey.api.reports.Publication;
import se.finsam.journey.api.reports.Published;
import se.finsam.journey.api.reports.ReportCsv;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.catalogue.FigureKind;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.reports.NationalFigures;
import se.finsam.journey.reports.NationalLayout;
import se.finsam.journey.reports.Suppression;

/**
 * The analysts' report page ({@code /app/reports}): a GET form, so every report is a URL to bookmark or send, and
 * the report laid out like the teams' published tables, with charts, lineage links and exports (XLSX, CSV, a print
 * view). It is published through the same {@link Publication} as the REST report, with the signed-in caller, so who
 * may see what, every figure and its manifest are identical to the API's.
 */
@PageController
@RequestMapping("/app/reports")
class ReportsPage {

    private final ReportService reports;
    private final Publication publication;
    private final ParticipantReport participants;
    private final Initiatives initiatives;
    private final MessageSource messages;
    private final Clock clock;
    private final PersonsReport persons;

    ReportsPage(ReportService reports, Publication publication, ParticipantReport participants,
                Initiatives initiatives, MessageSource messages, Clock clock, PersonsReport persons) {
        this.persons = persons;
        this.reports = reports;
        this.publication = publication;
        this.participants = participants;
        this.initiatives = initiatives;
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
        Published<ReportService.Computed, Suppression> exported = export(form, caller, text, "xlsx");
        ReportView view = new ReportView(exported, language, text);
        List<String> header = header(exported, text, language);
        return download(ReportWorkbook.of(view, header, text), exported, "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(ReportForm form, @AuthenticationPrincipal Caller caller, Locale locale) {
        Published<ReportService.Computed, Suppression> exported = export(form, caller,
                text(PageModel.language(locale)), "csv");
        String csv = ReportCsv.of(exported);
        return download(csv.getBytes(StandardCharsets.UTF_8), exported, "csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    /** An export is published like the REST CSV: the same manifest, the threshold if chosen, a read audit entry. */
    private Published<ReportService.Computed, Suppression> export(ReportForm form, Caller caller,
                                                                 Function<String, String> text, String format) {
        requireRole(caller);
        ReportForm.Checked checked = form.checkedForExport(LocalDate.now(clock), text);
        return publication.publish(participants, checked.query(), checked.threshold(), caller,
                Publication.Audited.export(format));
    }

    private static ResponseEntity<byte[]> download(byte[] body, Published<ReportService.Computed, Suppression> exported,
                                                   String suffix, MediaType type) {
        String name = exported.figures().fileName(suffix);
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
            model.addAttribute("errors", checked.errorsIn(text));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "reports/report";
        }
        Published<ReportService.Computed, Suppression> published = publication.publish(participants, checked.query(),
                checked.threshold(), caller, Publication.Audited.NOT);
        ReportService.Computed computed = published.figures();
        ReportView view = new ReportView(published, language, text);
        model.addAttribute("report", view);
        model.addAttribute("manifest", published.manifest());
        model.addAttribute("reportTitle", title(computed, language));
        model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString());
        model.addAttribute("nowLabel", nowLabel(computed));
        model.addAttribute("previousLabel", previousLabel(computed));
        model.addAttribute("periodText", period(computed.query().from(), computed.query().to(), language));
        model.addAttribute("previousPeriodText", computed.comparison() == null ? null : period(
                computed.comparison().previousFigures().period().from(),
                computed.comparison().previousFigures().period().to(), language));
        model.addAttribute("charts", charts(view, computed, checked.threshold(), text, language));
        if (checked.query().association() != null) {
            // Journeys and persons side by side: an association's count of distinct persons, published on its own.
            model.addAttribute("persons", PersonsReportAnswer.of(publication.publish(persons, checked.query(),
                    checked.threshold(), caller, new Publication.Audited(ReadAudit.Action.PERSONS, Map.of()))));
        }
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

    private List<String> header(Published<ReportService.Computed, Suppression> exported, Function<String, String> text,
                                Locale language) {
        ReportService.Computed computed = exported.figures();
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
        List<ReportCharts.Bar> outcomes = new ArrayList<>();
        List<List<String>> outcomeRows = new ArrayList<>();
        bars(view.tables(NationalLayout.STANDARD_TABLE), row -> row.cellOf(FigureKind.SHARE), compared, outcomes,
                outcomeRows);
        List<String> barColumns = compared ? List.of(text.apply("reports.chart.outcome"), nowLegend, previousLegend)
                : List.of(text.apply("reports.chart.outcome"), nowLegend);
        charts.add(new Chart("chart-outcomes", text.apply("reports.chart.outcomes"), ReportCharts.bars("chart-outcomes",
                text.apply("reports.chart.outcomes"), text.apply("reports.chart.outcomesDesc"),
                text.apply("reports.chart.shareAxis"), outcomes, nowLegend, previousLegend, "\u00a0%", language),
                barColumns, outcomeRows));

        List<ReportCharts.Bar> partyBars = new ArrayList<>();
        List<List<String>> partyRows = new ArrayList<>();
        bars(view.tables(NationalLayout.BY_PARTY), row -> row.cellOf(NationalFigures.BY_REFERRING_PARTY), compared,
                partyBars, partyRows);
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

    /**
     * A bar for each row of {@code tables} that has the figure {@code pick} finds (this year's, and last year's when
     * {@code compared}), and the rows of the chart's text alternative.
     */
    private static void bars(List<ReportView.Table> tables, Function<ReportView.Row, Optional<ReportView.Cell>> pick,
                             boolean compared, List<ReportCharts.Bar> bars, List<List<String>> rows) {
        for (ReportView.Table table : tables) {
            for (ReportView.Row row : table.rows()) {
                pick.apply(row).ifPresent(cell -> {
                    bars.add(new ReportCharts.Bar(shortLabel(row.label()), number(cell.now()),
                            compared ? number(cell.before()) : null));
                    rows.add(compared ? List.of(row.label(), cell.now().text(), cell.before().text())
                            : List.of(row.label(), cell.now().text()));
                });
            }
        }
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
