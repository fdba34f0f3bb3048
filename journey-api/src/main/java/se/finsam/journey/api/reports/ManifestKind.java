package se.finsam.journey.api.reports;

import se.finsam.journey.api.web.BadRequestException;

/**
 * The kind of report stored manifests name ({@link ReportManifests.Subject#kind()}), for verifying them: a bean per
 * kind of report, which gives the {@link ReportKind} a manifest was computed by (for an analyst's tables, the stored
 * version it names).
 */
public interface ManifestKind {

    /** The {@link ReportManifests.Subject#kind()} of its manifests. */
    String name();

    /** The kind of report that computes the figures of manifests about {@code subject}. */
    ReportKind<?, ?> of(ReportManifests.Subject subject);

    /**
     * The restatement of one of its manifests: every cell that differs today, with the records stored since that
     * explain it (see {@link RestatementService#differences}). A kind that cannot be restated refuses (400).
     */
    default RestatementAnswer restatement(ReportManifests.Manifest manifest) {
        throw new BadRequestException("manifest " + manifest.id() + " is of the " + manifest.subject().kind()
                + " report: restatements are made of participant reports and analysts' tables; verify the "
                + "manifest, or ask for the report again to see today's");
    }
}
