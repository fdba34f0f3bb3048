package se.finsam.journey.store;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which journeys belong to some initiatives, as the event store knows it at a position: {@code journey_initiative}
 * is written by a trigger in the same transaction as each journey's referral, so unlike the read model it never
 * trails the events. An exact report (as-of, a manifest, a fold from the events) takes its journeys from here.
 */
public class JourneyInitiatives {

    private final JdbcTemplate jdbc;

    public JourneyInitiatives(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
