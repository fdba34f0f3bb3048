package se.finsam.journey.api.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.JourneyEventTable.StoredRecord;

/**
 * Restatements: between a published report (a manifest, or the figures as known at an instant) and the same
 * report today, every figure that differs, and for each the records stored after publication that changed it
 * (late registrations, retractions with their reasons, corrections), with who recorded them and when.
 */
@Service
public class RestatementService {

    private final ReportService reports;
    private final JourneyEventTable events;
    private final ObjectProvider<ManifestKind> kinds;

    public RestatementService(ReportService reports, JourneyEventTable events, ObjectProvider<ManifestKind> kinds) {
        this.reports = reports;
        this.events = events;
        this.kinds = kinds;
    }

    /**
     * Since a manifest: its figures against today's figures of the same question without an as-of limit; a
     * manifest of another kind of report (an analyst's tables) is restated by that kind, or refused by it.
     */
    public RestatementAnswer since(ReportManifests.Manifest manifest) {
        if (!manifest.subject().isParticipantReport()) {
            return kinds.orderedStream().filter(kind -> kind.name().equals(manifest.subject().kind())).findFirst()
                    .orElseThrow(() -> new BadRequestException("manifest " + manifest.id() + " is of a kind of report "
                            + "that cannot be restated: verify it instead"))
                    .restatement(manifest);
        }
        ReportQuery then = manifest.query();
        ReportService.Folded folded = reports.fold(manifest.scope(), ReportService.loadedPeriod(then),
                manifest.position(), then.asOf());
        ReportFigures published = reports.recompute(then, manifest.scope(), manifest.position(), folded.journeys())
                .figures();
        RestatementAnswer.Since since = new RestatementAnswer.Since(manifest.id(), manifest.position(),
                then.asOf() == null ? null : then.asOf().toString());
        return restate(since, then, manifest.scope(), published, manifest.position(), then.asOf());
    }

    /** Since an instant: the report as known then against the same report today, over a readable scope. */
    public RestatementAnswer since(ReportQuery query, List<String> scope) {
        if (query.asOf() == null) {
            throw new BadRequestException("name what to compare today's figures with: 'asOf' (the instant the "
                    + "report was published) or a manifest (/api/v1/reports/manifests/{id}/restatement)");
        }
        ReportService.Computed then = reports.compute(query, scope);
        RestatementAnswer.Since since = new RestatementAnswer.Since(null, then.position(), query.asOf().toString());
        return restate(since, query, scope, then.figures(), then.position(), query.asOf());
    }

    private RestatementAnswer restate(RestatementAnswer.Since since, ReportQuery then, List<String> scope,
                                        ReportFigures published, long position, Instant asOf) {
        // Today's figures include at least everything the published ones did, however far the read model lags.
        ReportQuery nowQuery = new ReportQuery(then.initiatives(), then.association(), then.from(), then.to(), null,
                false, position);
        ReportService.Computed now = reports.compute(nowQuery, scope);
        ReportFigures today = now.figures();

        Map<String, Compared> compared = new LinkedHashMap<>();
        Set<String> cells = new LinkedHashSet<>(published.cells().keySet());
        cells.addAll(today.cells().keySet());
        for (String cell : cells) {
            Figure before = published.cells().get(cell);
            Figure after = today.cells().get(cell);
            compared.put(cell, new Compared(before, after, rendered(before), rendered(after), published.name(cell)
                    .or(() -> today.name(cell)).orElseThrow().family().deciding()));
        }
        return new RestatementAnswer(since, new RestatementAnswer.Today(now.position()), published.definitions(), null,
                differences(null, compared, position, asOf));
    }

    /**
     * A cell then and today: its figures (with their journeys), its values as the answers show them, and the record
     * types that decide it.
     */
    public record Compared(Figure then, Figure now, Object published, Object today, Set<RecordType> deciding) {
    }

    /**
     * For every cell whose shown value differs, the cell (of {@code table}, null for the participant report), its
     * value then and today, and the records stored after {@code position} (or after {@code asOf}) that can explain
     * it: for a count, of the journeys counted a different number of times then and now; for a share or statistic,
     * of every journey of either population; only records of the types that decide the cell, and retractions of such
     * records.
     */
    public List<RestatementAnswer.Difference> differences(String table, Map<String, Compared> cells, long position,
                                                          Instant asOf) {
        Map<String, Set<String>> candidatesByCell = new LinkedHashMap<>();
        cells.forEach((cell, compared) -> {
            if (!Objects.equals(compared.published(), compared.today())) {
                candidatesByCell.put(cell, candidates(compared.then(), compared.now()));
            }
        });
        Set<String> candidates = new TreeSet<>();
        candidatesByCell.values().forEach(candidates::addAll);
        Map<String, List<StoredRecord>> stored = events.stored(candidates, Long.MAX_VALUE, null);

        List<RestatementAnswer.Difference> differences = new ArrayList<>();
        candidatesByCell.forEach((cell, journeys) -> {
            Compared compared = cells.get(cell);
            List<RestatementAnswer.Record> records = new ArrayList<>();
            for (String journeyId : journeys) {
                for (DecidingRecord record : DecidingRecords.select(stored.getOrDefault(journeyId, List.of()),
                        compared.deciding(), r -> r.position() > position
                                || (asOf != null && r.recordedAt().isAfter(asOf)))) {
                    records.add(new RestatementAnswer.Record(journeyId, record));
                }
            }
            differences.add(new RestatementAnswer.Difference(table, cell, compared.published(), compared.today(),
                    records));
        });
        return differences;
    }

    private static Object rendered(Figure figure) {
        return figure == null ? null : figure.rendered();
    }

    /**
     * The journeys that can explain a changed cell: for a count, those counted a different number of times
     * then and now; for a share or mean, every journey of either population (a later record may have changed
     * its value while it stayed in); only those with later deciding records are listed.
     */
    private static Set<String> candidates(Figure before, Figure after) {
        Set<String> candidates = new TreeSet<>();
        if ((before == null || before instanceof Figure.Count) && (after == null || after instanceof Figure.Count)) {
            Map<String, Integer> balance = new HashMap<>();
            if (before != null) {
                ((Figure.Count) before).members().forEach(id -> balance.merge(id, 1, Integer::sum));
            }
            if (after != null) {
                ((Figure.Count) after).members().forEach(id -> balance.merge(id, -1, Integer::sum));
            }
            balance.forEach((id, n) -> {
                if (n != 0) {
                    candidates.add(id);
                }
            });
            return candidates;
        }
        if (before != null) {
            candidates.addAll(before.population());
        }
        if (after != null) {
            candidates.addAll(after.population());
        }
        return candidates;
    }
}
