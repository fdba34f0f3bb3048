package se.finsam.journey.facts;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads which journeys the facts table holds for some initiatives (an as-of report folds them again). */
public class JourneyFacts {

    private final JdbcTemplate jdbc;

    public JourneyFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every journey id of the initiatives, voided ones included (an earlier state may not be void). */
    public List<String> journeyIds(Collection<String> initiatives) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT journey_id FROM journey_fact WHERE initiative = ANY (?)");
            statement.setArray(1, connection.createArrayOf("varchar", initiatives.toArray()));
            return statement;
        }, (rs, n) -> rs.getString(1));
    }
}
