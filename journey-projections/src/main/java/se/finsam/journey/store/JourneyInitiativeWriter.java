package se.finsam.journey.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.journey.events.ParticipantReferred;

/**
 * Writes {@code journey_initiative} (which initiative a journey belongs to, and its referral's position) in the
 * referral's own transaction. It is a subscribing handler: Axon calls it while the unit of work that stores the
 * events prepares to commit, right after they were appended and before the transaction commits, for the
 * aggregate's single records and the import's chunks alike. A failure here fails the store (errors are propagated,
 * see the service's Axon configuration), so a referral is never stored without its row.
 *
 * <p>It replaces a database trigger that read the initiative out of the payload's JSON: a second reader of stored
 * payloads, which no upcaster reaches. The rows of one unit of work are written with one statement.
 */
@ProcessingGroup(JourneyInitiativeWriter.PROCESSOR)
public class JourneyInitiativeWriter {

    public static final String PROCESSOR = "journey-initiatives";
    private static final String REFERRALS = JourneyInitiativeWriter.class.getName() + ".referrals";

    private final JdbcTemplate jdbc;

    public JourneyInitiativeWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A journey's first record names its initiative for good (the rules let only a referral be first). */
    @EventHandler
    public void on(ParticipantReferred referral, DomainEventMessage<?> event, UnitOfWork<?> unitOfWork) {
        if (event.getSequenceNumber() != 0) {
            return;
        }
        List<ParticipantReferred> referrals = unitOfWork.getOrComputeResource(REFERRALS, key -> {
            List<ParticipantReferred> fresh = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> write(fresh));
            return fresh;
        });
        referrals.add(referral);
    }

    private void write(List<ParticipantReferred> referrals) {
        int written = jdbc.execute((java.sql.Connection connection) -> {
            // The referral's position is looked up per referral in a scalar subquery, which PostgreSQL runs as one
            // look-up in the (aggregateidentifier, sequencenumber) index each. Written as a join, the planner may
            // turn it around when an import grows the event table faster than autovacuum analyses it: believing
            // few first events, it walked all of them for every referral (auto_explain: 0.3-0.8 s per chunk of
            // 5,000 lines, growing with the table; the import's rate at 100,000 events halved).
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO journey_initiative "
                    + "(journey_id, initiative, referral_position) SELECT journey_id, initiative, position FROM "
                    + "(SELECT r.journey_id, r.initiative, (SELECT e.globalindex FROM domainevententry e "
                    + "WHERE e.aggregateidentifier = r.journey_id AND e.sequencenumber = 0 AND e.type = ?) "
                    + "AS position FROM unnest(?::varchar[], ?::varchar[]) AS r (journey_id, initiative)) found "
                    + "WHERE position IS NOT NULL")) {
                statement.setString(1, JourneyEventTable.JOURNEY_AGGREGATE);
                statement.setArray(2, connection.createArrayOf("varchar",
                        referrals.stream().map(ParticipantReferred::journeyId).toArray()));
                statement.setArray(3, connection.createArrayOf("varchar",
                        referrals.stream().map(ParticipantReferred::initiative).toArray()));
                return statement.executeUpdate();
            }
        });
        if (written != referrals.size()) {
            // Refuse rather than store a journey that no exact report's scope would find.
            throw new IllegalStateException("placed " + written + " of " + referrals.size() + " referrals in "
                    + "journey_initiative: their events are not where the unit of work stored them");
        }
    }
}
