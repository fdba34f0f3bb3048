package se.finsam.journey.store;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.journey.JourneyHistory;

/**
 * Which journeys belong to some initiatives, as the event store knows it at a position: {@code journey_initiative}
 * is written in the same transaction as each journey's referral ({@link JourneyInitiativeWriter}), so unlike the read
 * model it never trails the events. An exact report (as-of, a manifest, a fold from the events) takes its journeys
 * from here, and the permission check before a record its journey's initiative.
 */
public class JourneyInitiatives {

    private final JdbcTemplate jdbc;

    public JourneyInitiatives(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A journey's referral: its initiative and position. */
    public record Placement(String journeyId, String initiative, long referralPosition) {
    }

    /**
     * The initiative of the journey, if its referral has a row; else, for a journey whose events exist without one
     * (stored by something other than this service, not yet placed by the read model), what its referral says.
     */
    public Optional<String> initiativeOf(String journeyId, JourneyEventTable events) {
        Map<String, Object> row = jdbc.queryForMap("SELECT (SELECT initiative FROM journey_initiative WHERE "
                + "journey_id = ?) AS initiative, EXISTS (SELECT 1 FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND type = ?) AS stored", journeyId, journeyId, JourneyEventTable.JOURNEY_AGGREGATE);
        if (row.get("initiative") != null) {
            return Optional.of((String) row.get("initiative"));
        }
        if (!Boolean.TRUE.equals(row.get("stored"))) {
            return Optional.empty();
        }
        JourneyHistory history = events.histories(List.of(journeyId)).get(journeyId);
        return history == null ? Optional.empty() : history.initiative();
    }

    /**
     * Adds the rows of referrals that have none: those stored by something other than this service's writer (an
     * older release's node during a rolling upgrade, a row written by hand), as the read model's processor reads them.
     */
    public void placeMissing(List<Placement> referrals) {
        if (referrals.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO journey_initiative (journey_id, "
                    + "initiative, referral_position) SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::bigint[]) "
                    + "ON CONFLICT (journey_id) DO NOTHING");
            statement.setArray(1, connection.createArrayOf("varchar",
                    referrals.stream().map(Placement::journeyId).toArray()));
            statement.setArray(2, connection.createArrayOf("varchar",
                    referrals.stream().map(Placement::initiative).toArray()));
            statement.setArray(3, connection.createArrayOf("bigint",
                    referrals.stream().map(Placement::referralPosition).toArray()));
            return statement;
        });
    }

    /** Every journey of the initiatives referred at or before {@code position}, voided ones included. */
    public List<String> journeyIds(Collection<String> initiatives, long position) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT journey_id FROM journey_initiative "
                    + "WHERE initiative = ANY (?) AND referral_position <= ?");
            statement.setArray(1, connection.createArrayOf("varchar", initiatives.toArray()));
            statement.setLong(2, position);
            return statement;
        }, (rs, n) -> rs.getString(1));
    }
}
