package se.finsam.journey.api.ledger.reports;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.ledger.figures.LedgerReportKind;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.LedgerEventTable;

/**
 * Manifests of one kind of ledger report. Verifying one computes the report again from the event table alone: the
 * scope's journeys folded at the manifest's position, and its ledgers read up to it; the events hash covers both,
 * the journeys' hash followed by every ledger record's position and content hash, ledger by ledger in id order.
 */
final class LedgerManifestKind implements ReportManifests.Kind {

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
    public Map<String, Object> recompute(ReportManifests.Manifest manifest, ReportService.Folded folded) {
        return reports.asMap(reports.answer(reports.compute(kind, manifest.query(), manifest.scope(),
                manifest.position(), folded.journeys(), OptionalInt.empty())));
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
