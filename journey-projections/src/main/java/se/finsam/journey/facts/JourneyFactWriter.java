package se.finsam.journey.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.JourneyStatus;

/** Writes folded journeys as rows of the facts table (or of the table a rebuild fills). */
public class JourneyFactWriter {

    static final String LIVE = "journey_fact";
    static final String NEXT = "journey_fact_next";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public JourneyFactWriter(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Folds each history and replaces the journey's row; {@code position} is how far the histories reach. */
    void write(String table, Map<String, JourneyHistory> histories, long position) {
        if (!LIVE.equals(table) && !NEXT.equals(table)) {
            throw new IllegalArgumentException("not a facts table: " + table);
        }
        List<Object[]> rows = new ArrayList<>(histories.size());
        for (Map.Entry<String, JourneyHistory> entry : histories.entrySet()) {
            CurrentJourney journey = entry.getValue().current();
            if (journey.initiative() == null) {
                continue;
            }
            rows.add(new Object[]{entry.getKey(), journey.initiative(), journey.isVoid(), date(journey.referralDate()),
                    date(journey.enrolmentDate()), date(journey.withdrawalDate()), date(journey.closureDate()),
                    JourneyStatus.of(journey).name(), toJson(journey), position});
        }
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + table + " (journey_id, initiative, is_void, referral_date, enrolment_date, "
                + "withdrawal_date, closure_date, status, facts, last_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) "
                + "ON CONFLICT (journey_id) DO UPDATE SET initiative = excluded.initiative, is_void = excluded.is_void, "
                + "referral_date = excluded.referral_date, enrolment_date = excluded.enrolment_date, "
                + "withdrawal_date = excluded.withdrawal_date, closure_date = excluded.closure_date, status = excluded.status, "
                + "facts = excluded.facts, last_position = excluded.last_position", rows);
    }

    private String toJson(CurrentJourney journey) {
        try {
            return json.writeValueAsString(journey);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the facts of a journey", e);
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
