package se.finsam.journey.api.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.metrics.JourneyMetrics;
import se.finsam.journey.api.security.Caller;

/**
 * The one way a report is published, whatever asks for it (the REST answers and exports, the report page and its
 * exports) and whatever kind of report it is: the scope checked against the caller, the figures computed exactly
 * at one event position ({@link ReportService#load}), their manifest stored, the cells to hide chosen under
 * small-cell protection, and the read written to the audit trail when the publication is one that is audited.
 * What is answered is the caller's to render from the {@link Published} report.
 */
@Service
public class Publication {

    private final ReportService reports;
    private final ReportManifests manifests;
    private final ReadAudit audit;
    private final JourneyMetrics metrics;

    public Publication(ReportService reports, ReportManifests manifests, ReadAudit audit, JourneyMetrics metrics) {
        this.reports = reports;
        this.manifests = manifests;
        this.audit = audit;
        this.metrics = metrics;
    }

    /** A read to write to the audit trail with the publication: its action and detail, to which the path adds the
     * manifest's id and the threshold of suppression. */
    public record Audited(ReadAudit.Action action, Map<String, Object> detail) {

        /** Not written to the audit trail (the participant report's answer and page, as before). */
        public static final Audited NOT = new Audited(null, Map.of());

        /** A read of {@code action} with nothing more to say than the manifest's id (and the threshold). */
        public static Audited as(ReadAudit.Action action) {
            return new Audited(action, Map.of());
        }

        /** An export in {@code format} ({@code csv}, {@code xlsx}). */
        public static Audited export(String format) {
            return new Audited(ReadAudit.Action.EXPORT, Map.of("format", format));
        }
    }

    /**
     * Publishes {@code kind}'s report of {@code query} to {@code caller}: under small-cell protection with
     * {@code threshold} when present, and written to the audit trail as {@code audited} says.
     */
    public <F, S> Published<F, S> publish(ReportKind<F, S> kind, ReportQuery query, OptionalInt threshold,
                                          Caller caller, Audited audited) {
        List<String> scope = reports.scope(query, caller);
        long start = System.nanoTime();
        ReportService.Loaded loaded = reports.load(kind.loading(query, scope), scope,
                ReportService.loadedPeriod(query));
        F figures = kind.compute(query, scope, loaded.position(), loaded.columns());
        if (kind.subject().isParticipantReport()) {
            // The timer is the participant report's, as dashboards know it; analysts' tables are not in it.
            metrics.report(query.association() != null ? "association" : "initiative", query.asOf() != null,
                    System.nanoTime() - start);
        }
        // The manifest keeps the figures a suppressed answer is derived from: re-running it recomputes them, and the
        // suppression is a function of them and the threshold.
        String manifest = manifests.record(kind.subject(), query, scope, loaded.position(), kind.figuresDocument(figures),
                caller);
        S suppression = threshold.isPresent() ? kind.suppress(figures, threshold.getAsInt()) : null;
        if (audited.action() != null) {
            Map<String, Object> detail = new LinkedHashMap<>(audited.detail());
            detail.put("manifest", manifest);
            threshold.ifPresent(n -> detail.put("suppress", n));
            audit.record(caller, audited.action(), kind.describe(query), scope, detail);
        }
        return new Published<>(figures, manifest, suppression);
    }
}
