package se.finsam.journey.api.persons;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.reports.FiguresDocument;
import se.finsam.journey.api.reports.ManifestKind;
import se.finsam.journey.api.reports.ReportKind;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.reports.CellSuppression;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.PersonFigures;
import se.finsam.journey.reports.ReportComparison;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.PersonLinkEventTable;

/**
 * The persons report as a kind of report on the one publication path: journeys and persons side by side for an
 * association (see {@link PersonFigures}), exact at one position, with a manifest of its own subject
 * ({@value #KIND}) that recomputes it from the events: the scope's journeys and the association's link stream.
 */
@Component
public class PersonsReport implements ReportKind<PersonsReport.Computed, PersonsReport.Hidden>, ManifestKind {

    public static final String KIND = "persons";
    /** What the figures document says the figures are of, beside the definitions of its populations. */
    public static final String FIGURES = "persons-1";
    private static final ReportManifests.Subject SUBJECT = new ReportManifests.Subject(KIND, null, null, null);

    /** The figures of one question: this period's cells, and with a comparison last year's. */
    public record Computed(ReportQuery query, List<String> scope, long position, Map<String, Figure> cells,
                           Map<String, Figure> previousCells) {
    }

    /** The cells hidden under small-cell protection in each year. */
    public record Hidden(int threshold, Set<String> cells, Set<String> previousCells) {
    }

    private final PersonLinkEventTable links;

    PersonsReport(PersonLinkEventTable links) {
        this.links = links;
    }

    /** Persons are counted within one association: an initiative scope is refused before anything is computed. */
    public static void requireAssociation(ReportQuery query) {
        if (query.association() == null) {
            throw new BadRequestException("persons are counted within one association: name it with 'association' "
                    + "(not 'initiative')");
        }
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public ReportKind<?, ?> of(ReportManifests.Subject subject) {
        return this;
    }

    @Override
    public ReportManifests.Subject subject() {
        return SUBJECT;
    }

    @Override
    public Computed compute(ReportQuery query, List<String> scope, long position, JourneyColumns journeys) {
        requireAssociation(query);
        var stream = links.links(query.association(), position, query.asOf());
        ReportPeriod period = new ReportPeriod(query.from(), query.to());
        Map<String, Figure> cells = PersonFigures.compute(journeys, period, stream);
        Map<String, Figure> previous = query.comparePrevious()
                ? PersonFigures.compute(journeys, ReportComparison.previousPeriod(period), stream) : null;
        return new Computed(query, scope, position, cells, previous);
    }

    @Override
    public String figuresDocument(Computed figures) {
        return FiguresDocument.of(Map.of("definitions", ParticipantReportDefinitions.VERSION, "persons", FIGURES),
                figures.cells(), figures.previousCells());
    }

    @Override
    public Hidden suppress(Computed figures, int threshold) {
        // No additive groups: persons are at most the journeys, and the three populations overlap.
        CellSuppression.Year now = new CellSuppression.Year(figures.cells(), List.of(), cell -> List.of());
        if (figures.previousCells() == null) {
            return new Hidden(threshold, CellSuppression.hidden(now, threshold), Set.of());
        }
        CellSuppression.Year before = new CellSuppression.Year(figures.previousCells(), List.of(), cell -> List.of());
        List<Set<String>> hidden = CellSuppression.hidden(now, before, threshold);
        return new Hidden(threshold, hidden.get(0), hidden.get(1));
    }

    /** The scope's journeys, then every record of the association's link stream up to the manifest's position. */
    @Override
    public ReportService.Folded contributing(ReportManifests.Manifest manifest, ReportService.Folded journeys) {
        MessageDigest digest = JourneyEventTable.sha256();
        digest.update(journeys.eventsHash().getBytes(StandardCharsets.UTF_8));
        int events = journeys.events();
        for (PersonLinkEventTable.StoredLinkRecord record : links.stored(manifest.query().association(),
                manifest.position(), manifest.query().asOf())) {
            digest.update(ByteBuffer.allocate(8).putLong(record.position()).array());
            digest.update(record.contentHash());
            events++;
        }
        return new ReportService.Folded(journeys.journeys(), HexFormat.of().formatHex(digest.digest()), events);
    }

    /** The answer's counts by population, hidden cells null. */
    static Map<String, Map<String, Integer>> counts(Map<String, Figure> cells, Set<String> hidden) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String side : List.of("journeys", "persons")) {
            Map<String, Integer> values = new LinkedHashMap<>();
            for (String population : PersonFigures.POPULATIONS) {
                String cell = population + "." + side;
                values.put(population, hidden.contains(cell) ? null : ((Figure.Count) cells.get(cell)).value());
            }
            counts.put(side, values);
        }
        return counts;
    }
}
