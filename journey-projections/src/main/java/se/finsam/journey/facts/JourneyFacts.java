package se.finsam.journey.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.journey.CurrentJourney;

/** Reads the journey facts a report needs. */
public class JourneyFacts {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public JourneyFacts(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The journeys of the initiatives that can count in a period [from, to]: not void, referred by {@code to},
     * not closed or withdrawn before {@code from}. Every figure of DOMAIN.md only counts such journeys.
     */
    public List<CurrentJourney> relevant(Collection<String> initiatives, LocalDate from, LocalDate to) {
        List<CurrentJourney> journeys = new ArrayList<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT facts FROM journey_fact "
                    + "WHERE initiative = ANY (?) AND NOT is_void AND referral_date <= ? "
                    + "AND (closure_date IS NULL OR closure_date >= ?) "
                    + "AND (withdrawal_date IS NULL OR withdrawal_date >= ?)");
            Array codes = connection.createArrayOf("varchar", initiatives.toArray());
            statement.setArray(1, codes);
            statement.setDate(2, Date.valueOf(to));
            statement.setDate(3, Date.valueOf(from));
            statement.setDate(4, Date.valueOf(from));
            statement.setFetchSize(5000);
            return statement;
        }, rs -> {
            journeys.add(read(rs.getString(1)));
        });
        return journeys;
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

    private CurrentJourney read(String facts) {
        try {
            return json.readValue(facts, CurrentJourney.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable journey facts", e);
        }
    }
}
