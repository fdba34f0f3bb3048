package se.finsam.journey.api.tables;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.metrics.Caches;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.reports.DecidingRecords;
import se.finsam.journey.api.reports.LineageAnswer;
import se.finsam.journey.api.reports.Publication;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.catalogue.FigureKind;
import se.finsam.journey.catalogue.FigureName;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.reports.CountedJourneys;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.JourneyEventTable.StoredRecord;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.TableDefinition;
import se.finsam.journey.tables.TableEngine;
import se.finsam.journey.tables.TableFigures;
import se.finsam.journey.tables.TableSpec;
import se.finsam.journey.tables.TableSuppression;

/**
 * Answers questions about an analyst's tables: a definition's tables for a report question (with a manifest),
 * the journeys behind a cell, and the journeys that make two cells differ. The journeys come from
 * {@link ReportService#load}, exactly at one event position, as for the participant report.
 */
@Service
public class TableReports {

    public static final String MANIFEST_KIND = "tables";
    /** The other side of a difference that is the participant report. */
    static final String NATIONAL = "national";

    private final ReportService reports;
    private final Publication publication;
    private final DefinitionStore definitions;
    private final JourneyEventTable events;
    private final ReadAudit audit;
    /**
     * Stored versions read into definitions, by their content: a version never changes, and reading its JSON again
     * at every question was a tenth of a ten-table answer's time. Keyed by the content itself, so content changed
     * behind the service's back is read afresh (and its manifests no longer verify).
     */
    private final Cache<String, TableDefinition> read;

    public TableReports(ReportService reports, Publication publication, DefinitionStore definitions,
                        JourneyEventTable events, ReadAudit audit, Caches caches) {
        this.reports = reports;
        this.publication = publication;
        this.definitions = definitions;
        this.events = events;
        this.audit = audit;
        this.read = caches.build("table-definitions-read", Caffeine.newBuilder().maximumSize(DEFINITIONS_REMEMBERED));
    }

    /** Versions asked about are few (a team's handful of definitions); each is a few kilobytes. */
    private static final int DEFINITIONS_REMEMBERED = 256;

    /** A definition's version ({@code version} null for the latest), read; 404 when there is none. */
    public TableAnswers.Resolved resolve(String id, Integer version) {
        DefinitionStore.Version found = (version == null ? definitions.latest(id) : definitions.version(id, version))
                .orElseThrow(() -> new NotFoundException(version == null || definitions.latest(id).isEmpty()
                        ? "there is no table definition '" + id + "'"
                        : "table definition '" + id + "' has no version " + version + " (its latest is "
                        + definitions.latest(id).get().version() + ")"));
        return new TableAnswers.Resolved(found, read.get(found.content(), content -> DefinitionDocuments.definitionOf(found)));
    }

    /**
     * A question about a definition's tables: the report question, the definition and its version (null for the
     * latest), and the threshold of small-cell protection (null for none).
     */
    public record Question(ReportQuery query, String definitionId, Integer version, Integer threshold) {
    }

    /**
     * A definition's tables as published: computed, their manifest's id, the threshold (null for none) and the cells
     * it hides in each table (none without one).
     */
    public record Published(TableAnswers.Computed computed, String manifest, Integer threshold,
                            Map<String, TableSuppression.Hidden> hidden) {

        /** The answer of API.md: the tables, suppressed when asked, with the manifest's id. */
        public TablesAnswer answer() {
            return TableAnswers.answer(this);
        }
    }

    /**
     * A definition's tables published to {@code caller} through the one publication path (403 for a scope the caller
     * may not read, checked before the definition is looked up so that a refused caller learns nothing of either;
     * 404 for an unknown definition or version): their manifest stored, small-cell protection applied when asked,
     * and the read written to the audit trail, as a tables read or with {@code exportFormat} as an export.
     */
    public Published publish(Question question, Caller caller, String exportFormat) {
        ReportQuery query = question.query();
        reports.scope(query, caller);
        TableAnswers.Resolved definition = resolve(question.definitionId(), question.version());
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("definition", definition.version().id());
        audited.put("version", definition.version().version());
        if (exportFormat != null) {
            audited.put("format", exportFormat);
        }
        OptionalInt threshold = question.threshold() == null ? OptionalInt.empty()
                : OptionalInt.of(question.threshold());
        var published = publication.publish(new TableAnswers(definition), query, threshold, caller,
                new Publication.Audited(exportFormat == null ? ReadAudit.Action.TABLES : ReadAudit.Action.EXPORT,
                        audited));
        TableAnswers.Computed computed = published.figures();
        return new Published(computed, published.manifest(), question.threshold(), published.suppression() == null
                ? TableAnswers.hidden(computed.tables(), null) : published.suppression().byTable());
    }

    /**
     * A definition not stored (yet) computed for a question over a scope the caller may read: a form's preview. Not
     * a publication (nothing is stored, so there is no manifest), but a read of the scope, written to the audit trail.
     */
    public record Previewed(ReportQuery query, List<String> scope, long position, List<ComputedTable> tables,
                            Map<String, TableSuppression.Hidden> hidden) {
    }

    /** Computes a definition as it is being written, under small-cell protection with {@code threshold} (or null). */
    public Previewed preview(ReportQuery query, String definitionId, TableDefinition definition, Integer threshold,
                             Caller caller) {
        List<String> scope = reports.scope(query, caller);
        ReportService.Loaded loaded = reports.load(query, scope, ReportService.loadedPeriod(query));
        List<ComputedTable> computed = TableAnswers.tables(query, scope, loaded.columns(), definition);
        audit.record(caller, ReadAudit.Action.TABLES, query.describe(), scope, Map.of("definition", definitionId,
                "preview", true));
        return new Previewed(query, scope, loaded.position(), computed, TableAnswers.hidden(computed, threshold));
    }

    /** A cell's lineage, and the scope it was asked over. */
    public record Traced(List<String> scope, TableLineageAnswer answer) {
    }

    /**
     * Exactly the journeys counted in a table's cell, for a caller who may read the scope; written to the audit trail
     * as a lineage read.
     */
    public Traced trace(ReportQuery query, String definitionId, Integer version, String table, String cell,
                        Caller caller) {
        List<String> scope = reports.scope(query, caller);
        TableAnswers.Resolved definition = resolve(definitionId, version);
        TableLineageAnswer answer = lineage(query, scope, definition, table, cell);
        audit.record(caller, ReadAudit.Action.LINEAGE, query.describe(), scope, Map.of("definition", definitionId,
                "version", definition.version().version(), "table", table, "cell", cell,
                "journeys", answer.journeys().size()));
        return new Traced(scope, answer);
    }

    /** Exactly the journeys counted in a table's cell ({@code ROW} or {@code ROW/COLUMN}), each with its deciding records. */
    private TableLineageAnswer lineage(ReportQuery query, List<String> scope, TableAnswers.Resolved definition,
                                       String tableId, String cell) {
        TableSpec spec = table(definition, tableId);
        ReportService.Loaded loaded = reports.load(query, scope, ReportService.loadedPeriod(query));
        TableFigures figures = TableEngine.compute(spec, scope, CountedJourneys.of(loaded.columns(), period(query)),
                null).current();
        List<String> journeys = members(figures, cell);
        return new TableLineageAnswer(TableAnswers.definition(definition.version()), spec.id(), cell, journeys.size(),
                loaded.position(), asOf(query), withRecords(journeys, TableDecidingRecords.of(spec), loaded.position(),
                query));
    }

    /** One side of a difference: a table's cell, or a count of the participant report. */
    record Side(DifferenceAnswer.Side description, List<String> journeys, Set<RecordType> deciding) {
    }

    /**
     * The journeys counted in one cell and not the other, each with the records that decide either cell; both
     * sides computed from the same journeys at one position.
     */
    DifferenceAnswer difference(ReportQuery query, List<String> scope, TableParameters parameters) {
        TableAnswers.Resolved leftDefinition = resolve(parameters.definitionId(), parameters.versionNumber());
        String against = TableParameters.required("against", parameters.against(),
                "'national' (a count of the participant report) or the id of a table definition");
        TableAnswers.Resolved rightDefinition = against.equals(NATIONAL) ? null
                : resolve(against, TableParameters.version("againstVersion", parameters.againstVersion()));
        String rightCell = TableParameters.required("againstCell", parameters.againstCell(), against.equals(NATIONAL)
                ? "the dotted path of a count, e.g. closures.standardTable.closures" : "a row, or ROW/COLUMN");
        String rightTable = rightDefinition == null ? null : TableParameters.required("againstTable",
                parameters.againstTable(), "the id of one of that definition's tables");
        String leftTable = parameters.tableId();
        String leftCell = parameters.cellName();
        TableSpec leftSpec = table(leftDefinition, leftTable);
        TableSpec rightSpec = rightDefinition == null ? null : table(rightDefinition, rightTable);

        ReportService.Loaded loaded = reports.load(query, scope, ReportService.loadedPeriod(query));
        CountedJourneys journeys = CountedJourneys.of(loaded.columns(), period(query));
        Side left = tableSide(leftDefinition, leftSpec, leftCell, scope, journeys);
        Side right = rightSpec == null ? nationalSide(rightCell, loaded, query)
                : tableSide(rightDefinition, rightSpec, rightCell, scope, journeys);

        Set<String> inRight = new HashSet<>(right.journeys());
        Set<String> inLeft = new HashSet<>(left.journeys());
        List<String> onlyLeft = left.journeys().stream().distinct().filter(id -> !inRight.contains(id)).toList();
        List<String> onlyRight = right.journeys().stream().distinct().filter(id -> !inLeft.contains(id)).toList();
        Set<RecordType> deciding = new TreeSet<>(left.deciding());
        deciding.addAll(right.deciding());
        return new DifferenceAnswer(left.description(), right.description(), loaded.position(), asOf(query),
                inLeft.stream().filter(inRight::contains).count(),
                withRecords(onlyLeft, deciding, loaded.position(), query),
                withRecords(onlyRight, deciding, loaded.position(), query));
    }

    private Side tableSide(TableAnswers.Resolved definition, TableSpec spec, String cell, List<String> scope,
                           CountedJourneys journeys) {
        List<String> members = members(TableEngine.compute(spec, scope, journeys, null).current(), cell);
        return new Side(new DifferenceAnswer.Side(TableAnswers.definition(definition.version()), spec.id(), null, null,
                cell, members.size()), members, TableDecidingRecords.of(spec));
    }

    private static Side nationalSide(String cell, ReportService.Loaded loaded, ReportQuery query) {
        ReportFigures figures = ParticipantReportDefinitions.compute(loaded.columns(), period(query));
        FigureName name = figures.name(cell).orElseThrow(() -> new NotFoundException("'" + cell + "' is not a "
                + "figure of the participant report (e.g. closures.standardTable.closures or participants.byGender.WOMAN)"));
        if (name.family().kind() != FigureKind.COUNT) {
            throw new BadRequestException("'" + cell + "' is a share or a mean of the participant report; a "
                    + "difference is between two counts");
        }
        Figure.Count count = (Figure.Count) figures.cells().get(cell);
        return new Side(new DifferenceAnswer.Side(null, null, ReportManifests.Subject.PARTICIPANTS.kind(),
                ParticipantReportDefinitions.VERSION, cell, count.value()), count.members(), name.family().deciding());
    }

    private static TableSpec table(TableAnswers.Resolved definition, String tableId) {
        return definition.definition().table(tableId).orElseThrow(() -> new NotFoundException("version "
                + definition.version().version() + " of definition '" + definition.version().id()
                + "' has no table '" + tableId + "' (its tables: " + String.join(", ", definition.definition()
                .tables().stream().map(TableSpec::id).toList()) + ")"));
    }

    private static List<String> members(TableFigures figures, String cell) {
        return figures.count(cell).map(Figure.Count::members).orElseThrow(() -> new NotFoundException("table '"
                + figures.spec().id() + "' has no cell '" + cell + "': a cell is ROW" + (figures.columns().isEmpty()
                ? "" : "/COLUMN") + ", rows " + figures.rows() + (figures.columns().isEmpty() ? ""
                : ", columns " + figures.columns())));
    }

    private List<LineageAnswer.Journey> withRecords(List<String> journeys, Set<RecordType> deciding, long position,
                                                    ReportQuery query) {
        Map<String, List<StoredRecord>> stored = events.stored(new LinkedHashSet<>(journeys), position, query.asOf());
        List<LineageAnswer.Journey> listed = new ArrayList<>(journeys.size());
        for (String journeyId : journeys) {
            listed.add(new LineageAnswer.Journey(journeyId, null,
                    DecidingRecords.views(stored.getOrDefault(journeyId, List.of()), deciding)));
        }
        return listed;
    }

    private static String asOf(ReportQuery query) {
        return query.asOf() == null ? null : query.asOf().toString();
    }

    private static ReportPeriod period(ReportQuery query) {
        return new ReportPeriod(query.from(), query.to());
    }
}
