package se.finsam.journey.api.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.reports.ManifestKind;
import se.finsam.journey.api.reports.ReportKind;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.api.reports.RestatementAnswer;
import se.finsam.journey.api.reports.RestatementService;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.TableFigures;

/**
 * Manifests of a definition's tables: verifying one computes its tables again under the stored version it names,
 * from the scope's journeys folded from the event table at its position; restating one compares those tables with
 * the same tables today, cell by cell, as the participant report's restatement does.
 */
@Component
class TableManifests implements ManifestKind {

    private final DefinitionStore definitions;
    private final ReportService reports;
    private final RestatementService restatements;

    TableManifests(DefinitionStore definitions, ReportService reports, RestatementService restatements) {
        this.definitions = definitions;
        this.reports = reports;
        this.restatements = restatements;
    }

    @Override
    public String name() {
        return TableReports.MANIFEST_KIND;
    }

    @Override
    public ReportKind<?, ?> of(ReportManifests.Subject subject) {
        return new TableAnswers(resolved(subject));
    }

    /**
     * The tables of the manifest (from the event table at its position, under its version) against the same tables
     * today (everything recorded, at least up to that position): every cell of this period whose value differs,
     * named {@code table} and {@code cell}, with the records stored since that explain it.
     */
    @Override
    public RestatementAnswer restatement(ReportManifests.Manifest manifest) {
        TableAnswers.Resolved definition = resolved(manifest.subject());
        ReportQuery then = manifest.query();
        ReportService.Folded folded = reports.fold(manifest.scope(), ReportService.loadedPeriod(then),
                manifest.position(), then.asOf());
        List<ComputedTable> published = TableAnswers.tables(then, manifest.scope(),
                JourneyColumns.of(folded.journeys()), definition.definition());
        ReportQuery nowQuery = new ReportQuery(then.initiatives(), then.association(), then.from(), then.to(), null,
                false, manifest.position());
        ReportService.Loaded loaded = reports.load(nowQuery, manifest.scope(), ReportService.loadedPeriod(nowQuery));
        List<ComputedTable> today = TableAnswers.tables(nowQuery, manifest.scope(), loaded.columns(),
                definition.definition());

        List<RestatementAnswer.Difference> differences = new ArrayList<>();
        for (int t = 0; t < published.size(); t++) {
            TableFigures before = published.get(t).current();
            TableFigures after = today.get(t).current();
            Map<String, Object> shownBefore = before.render(Set.of());
            Map<String, Object> shownAfter = after.render(Set.of());
            Set<String> cells = new LinkedHashSet<>(before.cells().keySet());
            cells.addAll(after.cells().keySet());
            Map<String, RestatementService.Compared> compared = new LinkedHashMap<>();
            var deciding = TableDecidingRecords.of(before.spec());
            for (String cell : cells) {
                Figure earlier = before.cells().get(cell);
                Figure later = after.cells().get(cell);
                compared.put(cell, new RestatementService.Compared(earlier, later, shownBefore.get(cell),
                        shownAfter.get(cell), deciding));
            }
            differences.addAll(restatements.differences(before.spec().id(), compared, manifest.position(),
                    then.asOf()));
        }
        return new RestatementAnswer(new RestatementAnswer.Since(manifest.id(), manifest.position(),
                then.asOf() == null ? null : then.asOf().toString()), new RestatementAnswer.Today(loaded.position()),
                null, TableAnswers.definition(definition.version()), differences);
    }

    private TableAnswers.Resolved resolved(ReportManifests.Subject subject) {
        DefinitionStore.Version version = definitions.version(subject.definitionId(), subject.definitionVersion())
                .orElseThrow(() -> new IllegalStateException("a manifest names version " + subject.definitionVersion()
                        + " of definition " + subject.definitionId() + ", which is not stored"));
        return new TableAnswers.Resolved(version, DefinitionDocuments.definitionOf(version));
    }
}
