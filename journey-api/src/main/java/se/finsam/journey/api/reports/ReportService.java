package se.finsam.journey.api.reports;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.facts.JourneyFactsReplica;
import se.finsam.journey.facts.JourneyFactsProjection;
import se.finsam.journey.facts.ProcessorPosition;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.reports.JourneyColumns;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportComparison;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.JourneyInitiatives;
import se.finsam.journey.store.SettledHead;
import se.finsam.journey.store.JourneyEventTable.StoredRecord;

/**
 * Answers report questions. The figures come from the journey facts read model, read only when it stands
 * exactly at one event position; an as-of report (and a report the read model cannot answer in time: during a
 * long import, when it never stands still, or while its processor is held up short of the position asked for)
 * folds the scope's journeys again from the event table, at a position the store can no longer change
 * ({@link SettledHead}), taking them from {@link JourneyInitiatives}, never from the read model. Either way the
 * same definitions count, and the figures are those of the events up to the answer's {@code position}: the
 * manifest can recompute them.
 */
@Service
public class ReportService {

    /** How long a report waits for {@code minPosition} at most, before answering 503. */
    private static final Duration MIN_POSITION_WAIT = Duration.ofSeconds(30);
    /** How long a report waits for the read model to stand still at one position before folding from events. */
    private static final Duration EXACT_WAIT = Duration.ofSeconds(2);
    /**
     * How long the read model's position may stand still short of {@code minPosition} before a report folds from
     * the events instead: its processor is held up (a dead node's segments until their claim times out, a processor
     * stopped), not merely busy.
     */
    private static final Duration STALLED = Duration.ofSeconds(2);

    private final Initiatives initiatives;
    private final JourneyInitiatives journeyInitiatives;
    private final JourneyFactsReplica replica;
    private final JourneyEventTable events;
    private final ProcessorPosition processor;
    private final SettledHead settledHead;
    public ReportService(Initiatives initiatives, JourneyInitiatives journeyInitiatives, JourneyFactsReplica replica,
                         JourneyEventTable events, ProcessorPosition processor, SettledHead settledHead) {
        this.initiatives = initiatives;
        this.journeyInitiatives = journeyInitiatives;
        this.replica = replica;
        this.events = events;
        this.processor = processor;
        this.settledHead = settledHead;
    }

    /** The figures of a query, with what they were computed from: the scope's journeys exactly at {@code position}. */
    public record Computed(ReportQuery query, List<String> scope, long position, ReportFigures figures,
                           ReportComparison comparison) {

        /** The name of an export of the report: {@code deltagarrapport-SCOPE-FROM-TO.SUFFIX}. */
        public String fileName(String suffix) {
            return "deltagarrapport-" + (query.association() != null ? query.association() : String.join("-", scope))
                    + "-" + query.from() + "-" + query.to() + "." + suffix;
        }
    }

    /**
     * The journeys of a scope that may count in a period, folded from the event table up to {@code position}
     * (and recorded by {@code asOf}), with a SHA-256 over every stored event of exactly those journeys.
     */
    public record Folded(List<CurrentJourney> journeys, String eventsHash, int events) {
    }

    /** The figures for an already resolved and authorised scope. */
    Computed compute(ReportQuery query, List<String> scope) {
        Loaded loaded = load(query, scope, loadedPeriod(query));
        return figures(query, scope, loaded.position(), loaded.columns());
    }

    /** The journeys of a scope that may count in a period, as columns, exactly as at {@code position}. */
    public record Loaded(long position, JourneyColumns columns) {

        public List<CurrentJourney> journeys() {
            return columns.journeys();
        }
    }

    /**
     * The journeys of an already resolved and authorised {@code scope} (see {@link #scope}) that may count in
     * {@code loaded}, exactly at one position and as known at the query's {@code asOf}: what {@link #compute} counts,
     * for figures a page derives over several periods at once (the web app's rolling throughput time). The position
     * includes the query's {@code minPosition}, whatever the read model's lag; {@link NotCaughtUpException} when
     * the store itself has not settled that far within 30 s.
     */
    public Loaded load(ReportQuery query, List<String> scope, ReportPeriod loaded) {
        long deadline = System.nanoTime() + MIN_POSITION_WAIT.toNanos();
        if (query.asOf() == null && readModelReaches(query.minPosition(), deadline)) {
            Optional<JourneyFactsReplica.View> view = replica.exactly(scope, loaded, EXACT_WAIT);
            if (view.isPresent()) {
                return new Loaded(view.get().position(), view.get().columns());
            }
        }
        long position = settledPosition(query.minPosition(), deadline);
        return new Loaded(position, JourneyColumns.of(fold(scope, loaded, position, query.asOf()).journeys()));
    }

    /** The figures of the query exactly as at {@code position}, from the event table alone (no read model). */
    Computed recompute(ReportQuery query, List<String> scope, long position, List<CurrentJourney> journeys) {
        return figures(query, scope, position, JourneyColumns.of(journeys));
    }

    /** The participant report's figures of a question over the scope's journeys, exactly as at {@code position}. */
    static Computed figures(ReportQuery query, List<String> scope, long position, JourneyColumns journeys) {
        ReportPeriod period = new ReportPeriod(query.from(), query.to());
        if (query.comparePrevious()) {
            ReportComparison comparison = ReportComparison.compute(journeys, period);
            return new Computed(query, scope, position, comparison.current(), comparison);
        }
        return new Computed(query, scope, position, ParticipantReportDefinitions.compute(journeys, period), null);
    }

    /** The period whose journeys a query needs: its own, or from one year earlier when it compares. */
    public static ReportPeriod loadedPeriod(ReportQuery query) {
        ReportPeriod period = new ReportPeriod(query.from(), query.to());
        return query.comparePrevious() ? new ReportPeriod(period.oneYearEarlier().from(), period.to()) : period;
    }

    /**
     * Folds the scope's journeys from the event table as they stood at {@code position} (and {@code asOf}), keeps
     * those that may count in {@code period}, and hashes their stored events: per journey in id order, its id,
     * then each event's position and content hash in the journey's order.
     */
    public Folded fold(Collection<String> scope, ReportPeriod period, long position, Instant asOf) {
        MessageDigest digest = JourneyEventTable.sha256();
        List<CurrentJourney> journeys = new ArrayList<>();
        int[] counted = {0};
        events.forEachJourney(journeyInitiatives.journeyIds(scope, position), position, asOf, true, (id, records) -> {
            JourneyHistory history = new JourneyHistory();
            records.forEach(r -> history.add(r.record()));
            CurrentJourney journey = history.current();
            if (!scope.contains(journey.initiative()) || !period.mayCount(journey)) {
                return;
            }
            journeys.add(journey);
            digest.update(id.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            for (StoredRecord record : records) {
                digest.update(ByteBuffer.allocate(8).putLong(record.position()).array());
                digest.update(record.contentHash());
                counted[0]++;
            }
        });
        return new Folded(journeys, HexFormat.of().formatHex(digest.digest()), counted[0]);
    }

    /**
     * The initiatives a query's scope names, each one checked to be readable by {@code caller} and to exist, in that
     * order: to a caller who does not read every initiative, one that does not exist and one of others' get the same
     * 403, and a refused association names none of its initiatives.
     */
    public List<String> scope(ReportQuery query, Caller caller) {
        Set<String> codes = new TreeSet<>();
        if (query.association() != null) {
            codes.addAll(initiatives.codesOfAssociation(query.association()));
            if (!caller.coversEveryInitiative() && (codes.isEmpty() || !codes.stream().allMatch(caller::mayRead))) {
                throw new ForbiddenException("user '" + caller.username() + "' may not read every initiative of "
                        + "association '" + query.association() + "'");
            }
            if (codes.isEmpty()) {
                throw new NotFoundException("association '" + query.association() + "' has no initiatives");
            }
        } else {
            for (String code : query.initiatives()) {
                caller.requireReading(code);
                if (initiatives.find(code).isEmpty()) {
                    throw new NotFoundException("initiative '" + code + "' does not exist");
                }
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    /**
     * Whether the read model includes {@code minPosition} (none asked: yes), waiting while its processor makes
     * progress; false when its position stands still short of it, or at the deadline.
     */
    private boolean readModelReaches(Long minPosition, long deadline) {
        String name = JourneyFactsProjection.PROCESSOR;
        if (minPosition == null) {
            return true;
        }
        long seen = processor.position(name);
        long movedAt = System.nanoTime();
        while (!processor.includes(name, minPosition)) {
            long now = System.nanoTime();
            if (now - deadline > 0 || now - movedAt > STALLED.toNanos()) {
                return false;
            }
            pause(minPosition);
            long position = processor.position(name);
            if (position != seen) {
                seen = position;
                movedAt = System.nanoTime();
            }
        }
        return true;
    }

    /** The store's settled head once it includes {@code minPosition} (if asked), waiting until the deadline. */
    private long settledPosition(Long minPosition, long deadline) {
        long settled = settledHead.position();
        while (minPosition != null && settled < minPosition) {
            if (System.nanoTime() - deadline > 0) {
                throw new NotCaughtUpException("the figures have not yet caught up with position " + minPosition
                        + " (every event up to " + settled + " is stored for good, later ones may still change); "
                        + "try again in a moment");
            }
            pause(minPosition);
            settled = settledHead.position();
        }
        return settled;
    }

    private static void pause(long minPosition) {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotCaughtUpException("interrupted while waiting for position " + minPosition);
        }
    }

    /** The read model is behind the position a client asked to read. */
    public static final class NotCaughtUpException extends RuntimeException {
        public NotCaughtUpException(String message) {
            super(message, null, false, false);
        }
    }
}
