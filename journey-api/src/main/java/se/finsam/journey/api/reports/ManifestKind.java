package se.finsam.journey.api.reports;

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
}
