package se.finsam.journey.api.ledger.reports;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import se.finsam.journey.api.reports.ManifestKind;
import se.finsam.journey.api.reports.ReportKind;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.ledger.figures.LedgerReportKind;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.LedgerEventTable;

/**
 * One kind of ledger report as a kind of report with manifests. Verifying one computes the report again from the
 * event table alone: the scope's journeys folded at the manifest's position, and its ledgers read up to it; the
 * events hash covers both, the journeys' hash followed by every ledger record's position and content hash, ledger by
 * ledger in id order. Its figures document names every cell by its dotted path, exact. Published through
 * {@link se.finsam.journey.api.reports.Publication}: the journeys are loaded at a position that includes the scope's
 * ledger records ({@link LedgerReports#loading}), and small-number protection is {@link LedgerReports#protect}.
 */
final class LedgerManifestKind implements ManifestKind, ReportKind<LedgerReports.Computed, LedgerReports.Protected> {

    private final LedgerReportKind kind;
    private final LedgerReports reports;
    private final LedgerEventTable ledgers;

    LedgerManifestKind(LedgerReportKind kind, LedgerReports reports, LedgerEventTable ledgers) {
        this.kind = kind;
        this.reports = reports;
        this.ledgers = ledgers;
    }

    @Override
    public String name() {
        return kind.wireName();
    }

    @Override
    public ReportKind<?, ?> of(ReportManifests.Subject subject) {
        return this;
    }

    @Override
    public ReportManifests.Subject subject() {
        return LedgerReports.subject(kind);
    }

    @Override
    public ReportQuery loading(ReportQuery query, List<String> scope) {
        return reports.loading(kind, query, scope);
    }

    @Override
    public String describe(ReportQuery query) {
        return kind.wireName() + " " + query.describe();
    }

    @Override
    public LedgerReports.Computed compute(ReportQuery query, List<String> scope, long position,
                                          JourneyColumns journeys) {
        return reports.compute(kind, query, scope, position, journeys.journeys(), OptionalInt.empty());
    }

    @Override
    public String figuresDocument(LedgerReports.Computed computed) {
        return LedgerReports.figuresDocument(computed);
    }

    @Override
    public LedgerReports.Protected suppress(LedgerReports.Computed computed, int threshold) {
        return reports.protect(computed, threshold);
    }

    /** The answer as the manifests of ledger reports stored it before figures documents. */
    @Override
    public Object answerAsStored(LedgerReports.Computed computed) {
        return reports.asMap(reports.answer(computed));
    }

    @Override
    public ReportService.Folded contributing(ReportManifests.Manifest manifest, ReportService.Folded journeys) {
        MessageDigest digest = JourneyEventTable.sha256();
        digest.update(journeys.eventsHash().getBytes(StandardCharsets.UTF_8));
        List<String> ids = LedgerReports.ledgersOf(manifest.query(), manifest.scope()).stream()
                .map(id -> id.value()).sorted().toList();
        int[] events = {journeys.events()};
        ledgers.stored(ids, manifest.position(), manifest.query().asOf()).forEach((id, records) -> {
            digest.update(id.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            for (LedgerEventTable.StoredLedgerRecord record : records) {
                digest.update(ByteBuffer.allocate(8).putLong(record.position()).array());
                digest.update(record.contentHash());
                events[0]++;
            }
        });
        return new ReportService.Folded(journeys.journeys(), HexFormat.of().formatHex(digest.digest()), events[0]);
    }
}
