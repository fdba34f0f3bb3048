package se.finsam.journey.api.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.finsam.journey.api.reports.DefinitionAnswer;
import se.finsam.journey.api.reports.FiguresDocument;
import se.finsam.journey.api.reports.PeriodAnswer;
import se.finsam.journey.api.reports.ReportKind;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ScopeAnswer;
import se.finsam.journey.reports.CountedJourneys;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.tables.CanonicalJson;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.TableDefinition;
import se.finsam.journey.tables.TableEngine;
import se.finsam.journey.tables.TableSuppression;

/**
 * A stored version of a definition as a kind of report: its tables computed for a report question (from the read
 * model when answered, from the event table when its manifest is verified: the same code, so a verification
 * compares like with like), its manifests' figures document (every table's cells under {@code TABLE/KEY}), small-cell
 * protection per table, and the answer as API.md gives it.
 */
public record TableAnswers(Resolved definition) implements ReportKind<TableAnswers.Computed, TableAnswers.Hidden> {

    /** A version of a definition, read. */
    public record Resolved(DefinitionStore.Version version, TableDefinition definition) {
    }

    /** A definition's tables for a question, exactly at {@code position}. */
    public record Computed(ReportQuery query, List<String> scope, long position, Resolved definition,
                           List<ComputedTable> tables) {
    }

    /** The cells to hide in each table under {@code threshold}, by table id. */
    public record Hidden(int threshold, Map<String, TableSuppression.Hidden> byTable) {
    }

    @Override
    public ReportManifests.Subject subject() {
        DefinitionStore.Version version = definition.version();
        return new ReportManifests.Subject(TableReports.MANIFEST_KIND, version.id(), version.version(),
                version.sha256());
    }

    /** The tables over the scope's journeys that may count in the question's period (and the year before). */
    @Override
    public Computed compute(ReportQuery query, List<String> scope, long position, JourneyColumns columns) {
        return new Computed(query, scope, position, definition, tables(query, scope, columns, definition.definition()));
    }

    /** A definition's tables for the question (and the year before, when compared): stored or being written. */
    static List<ComputedTable> tables(ReportQuery query, List<String> scope, JourneyColumns columns,
                                      TableDefinition definition) {
        ReportPeriod period = new ReportPeriod(query.from(), query.to());
        CountedJourneys journeys = CountedJourneys.of(columns, period);
        return query.comparePrevious()
                ? TableEngine.compare(definition, scope, journeys, CountedJourneys.of(columns, period.oneYearEarlier()))
                : TableEngine.compute(definition, scope, journeys);
    }

    /** The cells small-cell protection hides in each table, by table id; none without a {@code threshold}. */
    public static Map<String, TableSuppression.Hidden> hidden(List<ComputedTable> tables, Integer threshold) {
        Map<String, TableSuppression.Hidden> hidden = new LinkedHashMap<>();
        for (ComputedTable table : tables) {
            hidden.put(table.spec().id(), threshold == null ? new TableSuppression.Hidden(Set.of(), Set.of())
                    : TableSuppression.of(table, threshold));
        }
        return hidden;
    }

    /**
     * The document names each shown value {@code TABLE/KEY} (table ids hold no '/'), and takes the definition's
     * SHA-256 over its content as stored now, so a manifest of content changed behind the service's back no longer
     * verifies.
     */
    @Override
    public String figuresDocument(Computed computed) {
        Map<String, Figure> cells = new LinkedHashMap<>();
        Map<String, Figure> previous = computed.query().comparePrevious() ? new LinkedHashMap<>() : null;
        for (ComputedTable table : computed.tables()) {
            table.current().cells().forEach((key, figure) -> cells.put(table.spec().id() + "/" + key, figure));
            if (previous != null) {
                table.previous().cells().forEach((key, figure) -> previous.put(table.spec().id() + "/" + key, figure));
            }
        }
        DefinitionAnswer definition = definition(computed.definition().version());
        Map<String, String> about = new LinkedHashMap<>();
        about.put("definitions", ParticipantReportDefinitions.VERSION);
        about.put("definition", definition.id());
        about.put("version", String.valueOf(definition.version()));
        about.put("sha256", definition.sha256());
        return FiguresDocument.of(about, cells, previous);
    }

    @Override
    public Hidden suppress(Computed computed, int threshold) {
        return new Hidden(threshold, hidden(computed.tables(), threshold));
    }

    @Override
    public Object answerAsStored(Computed computed) {
        return TableAnswersAsStored.of(computed);
    }

    /** The answer as published: under suppression its hidden cells null and listed per table. */
    static TablesAnswer answer(TableReports.Published published) {
        TableAnswers.Computed computed = published.computed();
        ReportQuery query = computed.query();
        Map<String, TablesAnswer.Table> tables = new LinkedHashMap<>();
        Map<String, List<String>> hiddenCells = new LinkedHashMap<>();
        Map<String, List<String>> hiddenPrevious = new LinkedHashMap<>();
        for (ComputedTable table : computed.tables()) {
            TableSuppression.Hidden cells = published.hidden().get(table.spec().id());
            tables.put(table.spec().id(), table(table, cells));
            hiddenCells.put(table.spec().id(), sorted(cells.cells()));
            hiddenPrevious.put(table.spec().id(), sorted(cells.previousCells()));
        }
        return new TablesAnswer(definition(computed.definition().version()), ScopeAnswer.of(query, computed.scope()),
                PeriodAnswer.of(query.from(), query.to()), query.comparePrevious()
                ? PeriodAnswer.of(new ReportPeriod(query.from(), query.to()).oneYearEarlier()) : null,
                query.asOf() == null ? null : query.asOf().toString(), computed.position(),
                ParticipantReportDefinitions.VERSION, published.threshold() == null ? null
                : new TablesAnswer.Suppressed(published.threshold(), hiddenCells, hiddenPrevious),
                tables, published.manifest());
    }

    /** The version an answer is of, its SHA-256 taken over the content as stored. */
    static DefinitionAnswer definition(DefinitionStore.Version version) {
        return new DefinitionAnswer(version.id(), version.version(), CanonicalJson.sha256(version.content()));
    }

    private static TablesAnswer.Table table(ComputedTable table, TableSuppression.Hidden hidden) {
        boolean compared = table.compared();
        return new TablesAnswer.Table(table.spec().title(), table.spec().population().wireName(),
                table.current().rows(), table.spec().hasColumns() ? table.current().columns() : null,
                table.spec().values().stream().map(value -> value.name()).toList(),
                table.current().render(hidden.cells()),
                compared ? table.previous().render(hidden.previousCells()) : null,
                compared ? table.change(hidden.either()) : null);
    }

    static List<String> sorted(Set<String> cells) {
        TreeMap<String, Boolean> sorted = new TreeMap<>(Figure.CODE_POINT_ORDER);
        cells.forEach(cell -> sorted.put(cell, true));
        return List.copyOf(sorted.keySet());
    }
}
