package se.finsam.journey.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.ledger.events.LedgerEvent;
import se.finsam.journey.persons.PersonLinkEvent;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.JourneyInitiatives;
import se.finsam.journey.store.JourneyInitiatives.Placement;

/**
 * Keeps {@code journey_fact}. A batch notes which journeys it touched and how far it reached; just before the
 * batch commits (in the transaction that also stores the processor's token), each touched journey is folded
 * again from its whole history up to that position and its row replaced. A journey whose history the batch
 * holds from its first record (as after an import) is folded from the delivered records; any other is read
 * back from the event table. Refolding makes retractions exact and redelivery harmless. A referral that reached the
 * event table without its {@code journey_initiative} row gets it here.
 */
@ProcessingGroup(JourneyFactsProjection.PROCESSOR)
public class JourneyFactsProjection {

    public static final String PROCESSOR = "journey-facts";
    private static final String TOUCHED = JourneyFactsProjection.class.getName() + ".touched";

    private final JdbcTemplate jdbc;
    private final JourneyEventTable events;
    private final JourneyFactWriter writer;
    private final JourneyInitiatives initiatives;

    public JourneyFactsProjection(JdbcTemplate jdbc, JourneyEventTable events, JourneyFactWriter writer,
                                  JourneyInitiatives initiatives) {
        this.jdbc = jdbc;
        this.events = events;
        this.writer = writer;
        this.initiatives = initiatives;
    }

    /**
     * What one batch touched: per journey, the records delivered, when they are its whole history so far; and the
     * referrals (first records) delivered, with their positions.
     */
    private static final class Touched {
        final Map<String, List<JourneyEvent>> fromStart = new LinkedHashMap<>();
        final Set<String> partial = new LinkedHashSet<>();
        final List<Placement> referrals = new ArrayList<>();
        long maxPosition = -1;

        void add(DomainEventMessage<?> event, long position) {
            if (event.getSequenceNumber() == 0 && event.getPayload() instanceof ParticipantReferred referral) {
                referrals.add(new Placement(referral.journeyId(), referral.initiative(), position));
            }
            String journeyId = event.getAggregateIdentifier();
            if (partial.contains(journeyId)) {
                return;
            }
            List<JourneyEvent> delivered = fromStart.get(journeyId);
            long expected = delivered == null ? 0 : delivered.size();
            if (event.getSequenceNumber() != expected) {
                fromStart.remove(journeyId);
                partial.add(journeyId);
                return;
            }
            fromStart.computeIfAbsent(journeyId, id -> new ArrayList<>()).add((JourneyEvent) event.getPayload());
        }
    }

    @EventHandler(payloadType = JourneyEvent.class)
    public void on(DomainEventMessage<?> event, TrackingToken token, UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> batch = unitOfWork.root();
        Touched touched = batch.getOrComputeResource(TOUCHED, key -> {
            Touched fresh = new Touched();
            batch.onPrepareCommit(u -> refold(fresh));
            return fresh;
        });
        long position = token.position().orElse(Long.MAX_VALUE);
        touched.add(event, position);
        touched.maxPosition = Math.max(touched.maxPosition, position);
    }

    /**
     * A ledger's record changes no journey, but handling it lets the processor store its token with the batch: an
     * event no handler takes is only passed over when the token is next extended (seconds later), and until then
     * the read model's position stands behind the ledger, which a ledger report waits for.
     */
    @EventHandler(payloadType = LedgerEvent.class)
    public void passOver(LedgerEvent event) {
        // nothing to fold
    }

    /** A person link changes no journey either; handled for the same reason as a ledger's record. */
    @EventHandler(payloadType = PersonLinkEvent.class)
    public void passOver(PersonLinkEvent event) {
        // nothing to fold
    }

    @ResetHandler
    public void reset() {
        jdbc.update("TRUNCATE journey_fact");
    }

    private void refold(Touched touched) {
        Map<String, JourneyHistory> histories = new LinkedHashMap<>();
        touched.fromStart.forEach((id, records) -> histories.put(id, JourneyHistory.of(records)));
        if (!touched.partial.isEmpty()) {
            histories.putAll(events.histories(touched.partial, touched.maxPosition, null));
        }
        writer.write(JourneyFactWriter.LIVE, histories, touched.maxPosition);
        // Only for referrals stored without their row (see JourneyInitiatives.placeMissing); the others have one.
        initiatives.placeMissing(touched.referrals);
    }
}
