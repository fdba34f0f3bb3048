package se.finsam.journey.api.tables;

import java.util.Map;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.reports.JourneyColumns;

/**
 * Manifests of a definition's tables: verifying one computes its tables again, under the stored version it
 * names, from the scope's journeys folded from the event table at its position.
 */
@Component
class TableManifests implements ReportManifests.Kind {

    private final DefinitionStore definitions;

    TableManifests(DefinitionStore definitions) {
        this.definitions = definitions;
    }

    @Override
    public String name() {
        return TableReports.MANIFEST_KIND;
    }

    @Override
    public Map<String, Object> recompute(ReportManifests.Manifest manifest, ReportService.Folded folded) {
        ReportManifests.Subject subject = manifest.subject();
        DefinitionStore.Version version = definitions.version(subject.definitionId(), subject.definitionVersion())
                .orElseThrow(() -> new IllegalStateException("manifest " + manifest.id() + " names version "
                        + subject.definitionVersion() + " of definition " + subject.definitionId()
                        + ", which is not stored"));
        TableAnswers.Resolved definition = new TableAnswers.Resolved(version, DefinitionDocuments.definitionOf(version));
        return TableAnswers.answer(TableAnswers.compute(manifest.query(), manifest.scope(), manifest.position(),
                JourneyColumns.of(folded.journeys()), definition), null);
    }
}
