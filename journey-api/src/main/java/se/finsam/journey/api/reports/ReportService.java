package se.finsam.journey.api.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.facts.JourneyFacts;
import se.finsam.journey.facts.JourneyFactsReplica;
import se.finsam.journey.facts.JourneyFactsProjection;
import se.finsam.journey.facts.ProcessorPosition;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReportComparison;
import se.finsam.journey.reports.ReportFigures;
import se.finsam.journey.reports.ReportPeriod;
import se.finsam.journey.store.JourneyEventTable;

/**
 * Answers report questions. The figures come from the journey facts read model; an as-of report folds the
 * scope's journeys again from the records stored by that instant. Either way the same definitions count.
 */
@Service
public class ReportService {

    private static final long WAIT_MILLIS = 30_000;

    private final Initiatives initiatives;
    private final JourneyFacts facts;
    private final JourneyFactsReplica replica;
    private final JourneyEventTable events;
    private final ProcessorPosition processor;

    public ReportService(Initiatives initiatives, JourneyFacts facts, JourneyFactsReplica replica,
                         JourneyEventTable events, ProcessorPosition processor) {
        this.initiatives = initiatives;
        this.facts = facts;
        this.replica = replica;
        this.events = events;
        this.processor = processor;
    }

    /** The figures of a query, with what they were computed from. */
    public record Computed(ReportQuery query, List<String> scope, long position, ReportFigures figures,
                           ReportComparison comparison) {
    }

    public Computed compute(ReportQuery query, Caller caller) {
        List<String> scope = scope(query, caller);
        long position = awaitPosition(query.minPosition());
        ReportPeriod period = new ReportPeriod(query.from(), query.to());
        ReportPeriod loaded = query.comparePrevious() ? new ReportPeriod(period.oneYearEarlier().from(), period.to())
                : period;
        List<CurrentJourney> journeys = query.asOf() == null
                ? replica.relevant(scope, loaded.from(), loaded.to())
                : asKnownAt(scope, query.asOf());
        if (query.comparePrevious()) {
            ReportComparison comparison = ReportComparison.compute(journeys, period);
            return new Computed(query, scope, position, comparison.current(), comparison);
        }
        return new Computed(query, scope, position, ParticipantReportDefinitions.compute(journeys, period), null);
    }

    public Map<String, Object> answer(Computed computed) {
        ReportQuery query = computed.query();
        Map<String, Object> answer = new LinkedHashMap<>();
        Map<String, Object> scope = new LinkedHashMap<>();
        if (query.association() != null) {
            scope.put("association", query.association());
        }
        scope.put("initiatives", computed.scope());
        answer.put("scope", scope);
        answer.put("period", Map.of("from", query.from().toString(), "to", query.to().toString()));
        answer.put("asOf", query.asOf() == null ? null : query.asOf().toString());
        answer.put("position", computed.position());
        answer.put("definitions", ParticipantReportDefinitions.VERSION);
        answer.putAll(computed.figures().render());
        if (computed.comparison() != null) {
            Map<String, Object> previous = new LinkedHashMap<>();
            ReportPeriod earlier = computed.comparison().previousFigures().period();
            previous.put("period", Map.of("from", earlier.from().toString(), "to", earlier.to().toString()));
            previous.putAll(computed.comparison().previous());
            answer.put("previous", previous);
            answer.put("change", computed.comparison().change());
        }
        return answer;
    }

    /** The journeys of the scope as their records stood at {@code asOf}. */
    List<CurrentJourney> asKnownAt(Collection<String> scope, Instant asOf) {
        Map<String, JourneyHistory> histories = events.histories(facts.journeyIds(scope), Long.MAX_VALUE, asOf);
        List<CurrentJourney> journeys = new ArrayList<>(histories.size());
        for (JourneyHistory history : histories.values()) {
            CurrentJourney journey = history.current();
            if (!journey.isVoid() && scope.contains(journey.initiative())) {
                journeys.add(journey);
            }
        }
        return journeys;
    }

    private List<String> scope(ReportQuery query, Caller caller) {
        Set<String> codes = new TreeSet<>();
        if (query.association() != null) {
            codes.addAll(initiatives.codesOfAssociation(query.association()));
            if (codes.isEmpty()) {
                throw new NotFoundException("association '" + query.association() + "' has no initiatives");
            }
        } else {
            for (String code : query.initiatives()) {
                if (initiatives.find(code).isEmpty()) {
                    throw new NotFoundException("initiative '" + code + "' does not exist");
                }
                codes.add(code);
            }
        }
        codes.forEach(caller::requireReading);
        return List.copyOf(codes);
    }

    /** Waits until the read model includes {@code minPosition}; the position the figures include. */
    private long awaitPosition(Long minPosition) {
        String name = JourneyFactsProjection.PROCESSOR;
        if (minPosition == null) {
            return processor.position(name);
        }
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!processor.includes(name, minPosition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new NotCaughtUpException("the figures have not yet caught up with position " + minPosition
                        + " (they include " + processor.position(name) + "); try again in a moment");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotCaughtUpException("interrupted while waiting for position " + minPosition);
            }
        }
        return processor.position(name);
    }

    /** The read model is behind the position a client asked to read. */
    public static final class NotCaughtUpException extends RuntimeException {
        public NotCaughtUpException(String message) {
            super(message, null, false, false);
        }
    }
}
