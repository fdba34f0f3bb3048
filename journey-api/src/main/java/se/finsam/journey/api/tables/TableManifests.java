package se.finsam.journey.api.tables;

import org.springframework.stereotype.Component;
import se.finsam.journey.api.reports.ManifestKind;
import se.finsam.journey.api.reports.ReportKind;
import se.finsam.journey.api.reports.ReportManifests;

/**
 * Manifests of a definition's tables: verifying one computes its tables again under the stored version it names,
 * from the scope's journeys folded from the event table at its position.
 */
@Component
class TableManifests implements ManifestKind {

    private final DefinitionStore definitions;

    TableManifests(DefinitionStore definitions) {
        this.definitions = definitions;
    }

    @Override
    public String name() {
        return TableReports.MANIFEST_KIND;
    }

    @Override
    public ReportKind<?, ?> of(ReportManifests.Subject subject) {
        DefinitionStore.Version version = definitions.version(subject.definitionId(), subject.definitionVersion())
                .orElseThrow(() -> new IllegalStateException("a manifest names version " + subject.definitionVersion()
                        + " of definition " + subject.definitionId() + ", which is not stored"));
        return new TableAnswers(new TableAnswers.Resolved(version, DefinitionDocuments.definitionOf(version)));
    }
}
