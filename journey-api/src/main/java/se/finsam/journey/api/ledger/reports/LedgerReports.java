package se.finsam.journey.api.ledger.reports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.reports.FiguresDocument;
import se.finsam.journey.api.reports.ManifestKind;
import se.finsam.journey.api.reports.Publication;
import se.finsam.journey.api.reports.Published;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.tables.TableCells;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.figures.Cells;
import se.finsam.journey.ledger.figures.LedgerReportDefinitions;
import se.finsam.journey.ledger.figures.LedgerReportKind;
import se.finsam.journey.ledger.figures.LedgerSections;
import se.finsam.journey.ledger.figures.LedgerSnapshot;
import se.finsam.journey.ledger.figures.LedgerSuppression;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.store.LedgerEventTable;

/**
 * Answers ledger reports, published through the one publication path ({@link Publication}) as a kind of report each
 * ({@link LedgerManifestKind}): the scope checked, the journeys taken exactly as the participant report takes them at
 * one position, the scope's ledgers read from the event table up to that same position (and {@code asOf}), so that
 * the participants a cost is divided by and the costs are of one moment, the manifest stored, the cells to hide
 * chosen, the read audited. What is here is the ledger reports' own part: their figures, protection and answer.
 */
@Service
public class LedgerReports {

    private final Publication publication;
    private final LedgerEventTable ledgers;
    private final TableCells tables;
    private final ObjectMapper exact;
    private final Map<LedgerReportKind, LedgerManifestKind> kinds = new EnumMap<>(LedgerReportKind.class);

    LedgerReports(Publication publication, LedgerEventTable ledgers, TableCells tables, ObjectMapper json) {
        this.publication = publication;
        this.ledgers = ledgers;
        this.tables = tables;
        this.exact = json.copy().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        for (LedgerReportKind kind : LedgerReportKind.values()) {
            kinds.put(kind, new LedgerManifestKind(kind, this, ledgers));
        }
    }

    /**
     * A report's figures with what they were computed from: the question, the scope, the position, and the scope's
     * journeys at it (which a goal's result under small-number protection is decided from again).
     */
    public record Computed(LedgerReportKind kind, ReportQuery query, List<String> scope, long position,
                           LedgerReportDefinitions.Computed figures, List<CurrentJourney> journeys) {
    }

    /**
     * A report under small-number protection with {@code threshold}: its figures with the hidden cells (and goals'
     * results hidden at their source) as hidden values, and the paths hidden in this year and the year before.
     */
    public record Protected(int threshold, LedgerSections figures, LedgerSections previous, List<String> cells,
                            List<String> previousCells) {
    }

    /**
     * The report for a caller who may read every initiative of its scope, with the id of its manifest (over the
     * figures without protection, which the manifest recomputes), protected with {@code threshold} when given. Not
     * written to the read audit trail: a caller that shows it to someone writes its own entry.
     */
    public LedgerReportAnswer publish(LedgerReportKind kind, ReportQuery query, OptionalInt threshold, Caller caller) {
        return publish(kind, query, threshold, caller, Publication.Audited.NOT);
    }

    /** The same, written to the read audit trail as {@code audited} says. */
    public LedgerReportAnswer publish(LedgerReportKind kind, ReportQuery query, OptionalInt threshold, Caller caller,
                                      Publication.Audited audited) {
        return answer(publication.publish(kinds.get(kind), query, threshold, caller, audited));
    }

    /** The kind of manifest (and report) of one ledger report. */
    ManifestKind manifests(LedgerReportKind kind) {
        return kinds.get(kind);
    }

    /**
     * The question the journeys are loaded with: at a position that includes every ledger record of the scope stored
     * so far, since the read model's position follows ledger records only as its processor passes them, which may lag.
     */
    ReportQuery loading(LedgerReportKind kind, ReportQuery query, List<String> scope) {
        if (kind == LedgerReportKind.ECONOMY && query.from().getYear() != query.to().getYear()) {
            throw new BadRequestException("the economy report's period lies within one budget year (a calendar "
                    + "year), e.g. from=2025-01-01&to=2025-06-30; " + query.from() + " to " + query.to() + " spans two");
        }
        long ledgerHead = ledgers.head(ledgersOf(query, scope).stream().map(LedgerId::value).toList());
        return new ReportQuery(query.initiatives(), query.association(), query.from(), query.to(), query.asOf(),
                query.comparePrevious(), Math.max(query.minPosition() == null ? 0 : query.minPosition(), ledgerHead));
    }

    /** The report over the given journeys of the scope, with its ledgers read at {@code position}. */
    Computed compute(LedgerReportKind kind, ReportQuery query, List<String> scope, long position,
                     List<CurrentJourney> journeys, OptionalInt threshold) {
        ReportPeriod period = new ReportPeriod(query.from(), query.to());
        List<LedgerId> ids = ledgersOf(query, scope);
        Map<String, List<LedgerEventTable.StoredLedgerRecord>> stored = ledgers.stored(
                ids.stream().map(LedgerId::value).toList(), position, query.asOf());
        List<LedgerSnapshot> snapshots = ids.stream().map(id -> stored.containsKey(id.value())
                ? LedgerSnapshot.of(id, stored.get(id.value())) : LedgerSnapshot.empty(id)).toList();
        Map<String, List<CurrentJourney>> byInitiative = journeys.stream()
                .collect(Collectors.groupingBy(CurrentJourney::initiative, TreeMap::new, Collectors.toList()));
        LedgerReportDefinitions.Input input = new LedgerReportDefinitions.Input(snapshots, period,
                query.comparePrevious(), each -> {
                    Map<String, ReportFigures> figures = new LinkedHashMap<>();
                    scope.forEach(code -> figures.put(code, ParticipantReportDefinitions.compute(
                            byInitiative.getOrDefault(code, List.of()), each)));
                    return figures;
                }, each -> ParticipantReportDefinitions.compute(journeys, each),
                new LedgerGoalResults(journeys, owner -> owner.isAssociation() ? scope : List.of(owner.code()), period,
                        tables, threshold));
        return new Computed(kind, query, scope, position, LedgerReportDefinitions.compute(kind, input), journeys);
    }

    /** The ledgers of a scope: each initiative's, and the association's own when the scope is an association. */
    static List<LedgerId> ledgersOf(ReportQuery query, List<String> scope) {
        List<LedgerId> ids = new ArrayList<>(scope.stream().map(LedgerId::initiative).toList());
        if (query.association() != null) {
            ids.add(LedgerId.association(query.association()));
        }
        return ids;
    }

    static ReportManifests.Subject subject(LedgerReportKind kind) {
        return new ReportManifests.Subject(kind.wireName(), null, null, null);
    }

    /** What a manifest's hash is over: every cell of the report (and last year's) under its dotted path, exact. */
    static String figuresDocument(Computed computed) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("definitions", ParticipantReportDefinitions.VERSION);
        about.put("report", computed.kind().wireName());
        LedgerSections previous = computed.figures().previous();
        return FiguresDocument.ofExact(about, exact(computed.figures().current()),
                previous == null ? null : exact(previous));
    }

    private static Map<String, String> exact(LedgerSections sections) {
        Map<String, String> exact = new LinkedHashMap<>();
        Cells.of(sections).forEach((path, value) -> exact.put(path, value.exact() == null ? null
                : value.exact().toString()));
        return exact;
    }

    /**
     * The cells small-number protection hides with {@code threshold}, in either year, by {@link LedgerSuppression}'s
     * rules; and in the goal report each result hidden where its own source (the participant report's figure or the
     * defined table's cell, each under its own protection) hides it, which only a computation with the threshold knows.
     */
    Protected protect(Computed whole, int threshold) {
        Computed computed = whole.kind() == LedgerReportKind.GOALS ? compute(whole.kind(), whole.query(), whole.scope(),
                whole.position(), whole.journeys(), OptionalInt.of(threshold)) : whole;
        LedgerSections now = computed.figures().current();
        LedgerSections before = computed.figures().previous();
        List<Set<String>> hidden = LedgerSuppression.hidden(Cells.of(now), LedgerReportDefinitions.protection(now),
                before == null ? null : Cells.of(before), before == null ? null
                        : LedgerReportDefinitions.protection(before), threshold);
        List<String> hiddenNow = hiddenWithGoals(now, hidden.get(0));
        List<String> hiddenBefore = sorted(hidden.get(1));
        return new Protected(threshold, hide(now, hiddenNow), before == null ? null : hide(before, hiddenBefore),
                hiddenNow, hiddenBefore);
    }

    /** The answer as published: protected when a threshold was asked, with the manifest's id. */
    public LedgerReportAnswer answer(Published<Computed, Protected> published) {
        LedgerReportAnswer whole = answer(published.figures());
        Protected shown = published.suppression();
        if (shown == null) {
            return whole.withManifest(published.manifest());
        }
        LedgerReportAnswer.Previous previous = shown.previous() == null ? null : new LedgerReportAnswer.Previous(
                whole.previous().period(), shown.previous());
        return new LedgerReportAnswer(whole.report(), whole.scope(), whole.period(), whole.asOf(), whole.position(),
                whole.definitions(), published.manifest(), shown.figures(), previous, previous == null ? null
                : LedgerReportDefinitions.change(shown.figures(), shown.previous()),
                new LedgerReportAnswer.Suppressed(shown.threshold(), shown.cells(), shown.previousCells()));
    }

    /** The answer without a manifest and without protection (and, before figures documents, what a manifest stored). */
    LedgerReportAnswer answer(Computed computed) {
        ReportQuery query = computed.query();
        LedgerReportDefinitions.Computed figures = computed.figures();
        LedgerReportAnswer.Previous previous = figures.previous() == null ? null : new LedgerReportAnswer.Previous(
                period(figures.previousPeriod()), figures.previous());
        return new LedgerReportAnswer(computed.kind().wireName(), new LedgerReportAnswer.Scope(query.association(),
                computed.scope()), new LedgerReportAnswer.Period(query.from().toString(), query.to().toString()),
                query.asOf() == null ? null : query.asOf().toString(), computed.position(),
                ParticipantReportDefinitions.VERSION, null, figures.current(), previous,
                figures.previous() == null ? null : LedgerReportDefinitions.change(figures.current(), figures.previous()),
                null);
    }

    /** The cells hidden now: the rules' own, and (in the goal report) the results hidden at their source. */
    private static List<String> hiddenWithGoals(LedgerSections sections, Set<String> hidden) {
        Set<String> all = new HashSet<>(hidden);
        Cells.of(sections).forEach((path, value) -> {
            if (value.hidden()) {
                all.add(path);
            }
        });
        return sorted(all);
    }

    private static LedgerSections hide(LedgerSections sections, List<String> paths) {
        Set<String> hidden = Set.copyOf(paths);
        return Cells.map(sections, (path, value) -> hidden.contains(path) ? value.hide() : value);
    }

    private static List<String> sorted(Set<String> paths) {
        return paths.stream().sorted(Figure.CODE_POINT_ORDER).toList();
    }

    private static LedgerReportAnswer.Period period(ReportPeriod period) {
        return new LedgerReportAnswer.Period(period.from().toString(), period.to().toString());
    }

    /** The answer as the manifest stores it: its JSON, numbers exact (never through a double). */
    @SuppressWarnings("unchecked")
    Map<String, Object> asMap(LedgerReportAnswer answer) {
        return exact.convertValue(answer, Map.class);
    }
}
