package se.finsam.journey.api.ledger.reports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.ledger.LedgerAccess;
import se.finsam.journey.api.reports.FiguresDocument;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
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
 * Answers ledger reports. The scope's journeys come exactly as the participant report takes them, at one position
 * ({@link ReportService#load}); the scope's ledgers are read from the event table up to that same position (and
 * {@code asOf}), so the participants a cost is divided by and the costs are of one moment. Each answer is stored as
 * a manifest of its kind, which recomputes it from the events alone ({@link LedgerManifestKind}).
 */
@Service
public class LedgerReports {

    private final ReportService reports;
    private final LedgerEventTable ledgers;
    private final LedgerAccess access;
    private final TableCells tables;
    private final ReportManifests manifests;
    private final ObjectMapper exact;

    LedgerReports(ReportService reports, LedgerEventTable ledgers, LedgerAccess access, TableCells tables,
                  ReportManifests manifests, ObjectMapper json) {
        this.reports = reports;
        this.ledgers = ledgers;
        this.access = access;
        this.tables = tables;
        this.manifests = manifests;
        this.exact = json.copy().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    }

    /** A report's figures with what they were computed from. */
    public record Computed(LedgerReportKind kind, ReportQuery query, List<String> scope, long position,
                           LedgerReportDefinitions.Computed figures) {
    }

    /**
     * The report for a caller who may read every initiative of its scope, its manifest stored (over the figures
     * without protection, which the manifest recomputes), and protected with {@code threshold} when given.
     */
    public LedgerReportAnswer publish(LedgerReportKind kind, ReportQuery query, OptionalInt threshold, Caller caller) {
        List<String> scope = reports.scope(query, caller);
        if (kind == LedgerReportKind.ECONOMY && query.from().getYear() != query.to().getYear()) {
            throw new BadRequestException("the economy report's period lies within one budget year (a calendar "
                    + "year), e.g. from=2025-01-01&to=2025-06-30; " + query.from() + " to " + query.to() + " spans two");
        }
        // The journeys are taken at a position that includes every ledger record of the scope stored so far: the
        // read model's position follows ledger records only as its processor passes them, which may lag.
        long ledgerHead = ledgers.head(ledgersOf(query, scope).stream().map(LedgerId::value).toList());
        ReportQuery reading = new ReportQuery(query.initiatives(), query.association(), query.from(), query.to(),
                query.asOf(), query.comparePrevious(), Math.max(query.minPosition() == null ? 0 : query.minPosition(),
                ledgerHead));
        ReportService.Loaded loaded = reports.load(reading, scope, ReportService.loadedPeriod(query));
        Computed whole = compute(kind, query, scope, loaded.position(), loaded.journeys(), OptionalInt.empty());
        LedgerReportAnswer answer = answer(whole);
        String manifest = manifests.record(subject(kind), query, scope, whole.position(), figuresDocument(whole),
                caller);
        if (threshold.isEmpty()) {
            return answer.withManifest(manifest);
        }
        // A goal's result is hidden where its own source hides it, which only a computation with the threshold knows.
        Computed guarded = kind == LedgerReportKind.GOALS
                ? compute(kind, query, scope, loaded.position(), loaded.journeys(), threshold) : whole;
        return protect(answer(guarded), guarded, threshold.getAsInt()).withManifest(manifest);
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
        return new Computed(kind, query, scope, position, LedgerReportDefinitions.compute(kind, input));
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

    /** The answer with every cell small-number protection hides (in either year) as null, and listed. */
    private static LedgerReportAnswer protect(LedgerReportAnswer answer, Computed computed, int threshold) {
        LedgerSections now = computed.figures().current();
        LedgerSections before = computed.figures().previous();
        List<Set<String>> hidden = LedgerSuppression.hidden(Cells.of(now), LedgerReportDefinitions.protection(now),
                before == null ? null : Cells.of(before), before == null ? null
                        : LedgerReportDefinitions.protection(before), threshold);
        List<String> hiddenNow = goalsHidden(now, hidden.get(0));
        LedgerSections shownNow = hide(now, hiddenNow);
        LedgerReportAnswer.Previous previous = before == null ? null : new LedgerReportAnswer.Previous(
                answer.previous().period(), hide(before, sorted(hidden.get(1))));
        return new LedgerReportAnswer(answer.report(), answer.scope(), answer.period(), answer.asOf(),
                answer.position(), answer.definitions(), null, shownNow, previous, before == null ? null
                : LedgerReportDefinitions.change(shownNow, previous.figures()),
                new LedgerReportAnswer.Suppressed(threshold, hiddenNow, sorted(hidden.get(1))));
    }

    /** The cells hidden now: the rules' own, and (in the goal report) the results hidden at their source. */
    private static List<String> goalsHidden(LedgerSections sections, Set<String> hidden) {
        Set<String> all = new java.util.HashSet<>(hidden);
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
