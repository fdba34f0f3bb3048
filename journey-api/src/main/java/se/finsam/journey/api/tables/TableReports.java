package se.finsam.journey.api.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.reports.DecidingRecords;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.BadRequestException;
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
    private final DefinitionStore definitions;
    private final ReportManifests manifests;
    private final JourneyEventTable events;
    private final ReadAudit audit;

    public TableReports(ReportService reports, DefinitionStore definitions, ReportManifests manifests,
                        JourneyEventTable events, ReadAudit audit) {
        this.reports = reports;
        this.definitions = definitions;
        this.manifests = manifests;
        this.events = events;
        this.audit = audit;
    }

    /** A definition's version ({@code version} null for the latest), read; 404 when there is none. */
    public TableAnswers.Resolved resolve(String id, Integer version) {
        DefinitionStore.Version found = (version == null ? definitions.latest(id) : definitions.version(id, version))
                .orElseThrow(() -> new NotFoundException(version == null || definitions.latest(id).isEmpty()
                        ? "there is no table definition '" + id + "'"
                        : "table definition '" + id + "' has no version " + version + " (its latest is "
                        + definitions.latest(id).get().version() + ")"));
        return new TableAnswers.Resolved(found, DefinitionDocuments.definitionOf(found));
    }

    /** A question about a definition's tables: the report question, the definition and version, the threshold. */
    public record Question(ReportQuery query, String definitionId, Integer version, Integer threshold) {
    }

    /**
     * A definition's tables as published: computed, the manifest of the whole answer, and with a threshold the cells
     * small-cell protection hides.
     */
    public record Published(TableAnswers.Computed computed, String manifest, Integer threshold,
                            Map<String, TableSuppression.Hidden> hidden) {

        /** The answer of API.md: the tables, suppressed when asked, with the manifest's id. */
        public Map<String, Object> answer() {
            Map<String, Object> answer = TableAnswers.answer(computed, threshold, hidden);
            answer.put("manifest", manifest);
            return answer;
        }
    }

    /**
     * The tables for a question (403 for a scope the caller may not read, 404 for an unknown definition or version),
     * with the manifest of the whole answer recorded, and the read written to the audit trail: as a report read, or
     * with {@code exportFormat} as an export in that format.
     */
    public Published publish(Question question, Caller caller, String exportFormat) {
        ReportQuery query = question.query();
        List<String> scope = reports.scope(query, caller);
        TableAnswers.Resolved definition = resolve(question.definitionId(), question.version());
        ReportService.Loaded loaded = reports.load(query, scope, ReportService.loadedPeriod(query));
        TableAnswers.Computed computed = TableAnswers.compute(query, scope, loaded.position(), loaded.columns(),
                definition);
        // The manifest keeps the figures a suppressed answer is derived from, as for the participant report.
        String manifest = manifests.record(subject(definition.version()), query, scope, computed.position(),
                TableAnswers.answer(computed, null), caller);
        Published published = new Published(computed, manifest, question.threshold(),
                TableAnswers.hidden(computed.tables(), question.threshold()));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("definition", question.definitionId());
        detail.put("version", definition.version().version());
        detail.put("manifest", manifest);
        if (exportFormat != null) {
            detail.put("format", exportFormat);
        }
        if (question.threshold() != null) {
            detail.put("suppress", question.threshold());
        }
        audit.record(caller, exportFormat == null ? ReadAudit.Action.TABLES : ReadAudit.Action.EXPORT,
                query.describe(), scope, detail);
        return published;
    }

    /** A definition not stored (yet) computed for a question: the form's preview; no manifest, as nothing is published. */
    public record Previewed(ReportQuery query, List<String> scope, long position, List<ComputedTable> tables,
                            Map<String, TableSuppression.Hidden> hidden) {
    }

    /** Computes a definition as it is being written, over a scope the caller may read; written to the audit trail. */
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
    public record Traced(List<String> scope, Map<String, Object> answer) {
    }

    /**
     * Exactly the journeys counted in a table's cell, for a caller who may read the scope; written to the audit trail
     * as a lineage read.
     */
    public Traced trace(ReportQuery query, String definitionId, Integer version, String table, String cell,
                        Caller caller) {
        List<String> scope = reports.scope(query, caller);
        TableAnswers.Resolved definition = resolve(definitionId, version);
        Map<String, Object> answer = lineage(query, scope, definition, table, cell);
        audit.record(caller, ReadAudit.Action.LINEAGE, query.describe(), scope, Map.of("definition", definitionId,
                "version", definition.version().version(), "table", table, "cell", cell,
                "journeys", ((List<?>) answer.get("journeys")).size()));
        return new Traced(scope, answer);
    }

    static ReportManifests.Subject subject(DefinitionStore.Version version) {
        return new ReportManifests.Subject(MANIFEST_KIND, version.id(), version.version(), version.sha256());
    }

    /** Exactly the journeys counted in a table's cell ({@code ROW} or {@code ROW/COLUMN}), each with its deciding records. */
    Map<String, Object> lineage(ReportQuery query, List<String> scope, TableAnswers.Resolved definition,
                                String tableId, String cell) {
        TableSpec spec = table(definition, tableId);
        ReportService.Loaded loaded = reports.load(query, scope, ReportService.loadedPeriod(query));
        TableFigures figures = TableEngine.compute(spec, scope, CountedJourneys.of(loaded.columns(), period(query)),
                null).current();
        List<String> journeys = members(figures, cell);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("definition", TableAnswers.definition(definition.version()));
        answer.put("table", spec.id());
        answer.put("cell", cell);
        answer.put("value", journeys.size());
        answer.put("position", loaded.position());
        answer.put("asOf", query.asOf() == null ? null : query.asOf().toString());
        answer.put("journeys", withRecords(journeys, TableDecidingRecords.of(spec), loaded.position(), query));
        return answer;
    }

    /** One side of a difference: a table's cell, or a count of the participant report. */
    record Side(Map<String, Object> description, List<String> journeys, Set<RecordType> deciding) {
    }

    /**
     * The journeys counted in one cell and not the other, each with the records that decide either cell; both
     * sides computed from the same journeys at one position.
     */
    Map<String, Object> difference(ReportQuery query, List<String> scope, TableParameters parameters) {
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
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("left", left.description());
        answer.put("right", right.description());
        answer.put("position", loaded.position());
        answer.put("asOf", query.asOf() == null ? null : query.asOf().toString());
        answer.put("both", inLeft.stream().filter(inRight::contains).count());
        answer.put("onlyLeft", withRecords(onlyLeft, deciding, loaded.position(), query));
        answer.put("onlyRight", withRecords(onlyRight, deciding, loaded.position(), query));
        return answer;
    }

    private Side tableSide(TableAnswers.Resolved definition, TableSpec spec, String cell, List<String> scope,
                           CountedJourneys journeys) {
        List<String> members = members(TableEngine.compute(spec, scope, journeys, null).current(), cell);
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("definition", TableAnswers.definition(definition.version()));
        description.put("table", spec.id());
        description.put("cell", cell);
        description.put("value", members.size());
        return new Side(description, members, TableDecidingRecords.of(spec));
    }

    private static Side nationalSide(String cell, ReportService.Loaded loaded, ReportQuery query) {
        ReportFigures figures = ParticipantReportDefinitions.compute(loaded.columns(), period(query));
        Figure figure = figures.cells().get(cell);
        if (figure == null) {
            throw new NotFoundException("'" + cell + "' is not a figure of the participant report (e.g. "
                    + "closures.standardTable.closures or participants.byGender.WOMAN)");
        }
        if (!(figure instanceof Figure.Count count)) {
            throw new BadRequestException("'" + cell + "' is a share or a mean of the participant report; a "
                    + "difference is between two counts");
        }
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("report", "participants");
        description.put("definitions", ParticipantReportDefinitions.VERSION);
        description.put("cell", cell);
        description.put("value", count.value());
        return new Side(description, count.members(), DecidingRecords.of(cell));
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

    private List<Map<String, Object>> withRecords(List<String> journeys, Set<RecordType> deciding, long position,
                                                  ReportQuery query) {
        Map<String, List<StoredRecord>> stored = events.stored(new LinkedHashSet<>(journeys), position, query.asOf());
        List<Map<String, Object>> listed = new ArrayList<>(journeys.size());
        for (String journeyId : journeys) {
            Map<String, Object> journey = new LinkedHashMap<>();
            journey.put("journeyId", journeyId);
            journey.put("records", DecidingRecords.views(stored.getOrDefault(journeyId, List.of()), deciding));
            listed.add(journey);
        }
        return listed;
    }

    private static ReportPeriod period(ReportQuery query) {
        return new ReportPeriod(query.from(), query.to());
    }
}
