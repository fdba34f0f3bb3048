package se.finsam.journey.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code journey_initiative}, which exact reports take a scope's journeys from: the migration fills it for a store
 * written by an earlier release, and from then on the event store writes it itself, in the referral's transaction.
 */
class JourneyInitiativeTableIntegrationTests {

    private static final String REFERRAL = "se.finsam.journey.journey.events.ParticipantReferred";
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theMigrationFillsItForJourneysStoredBeforeAndTheStoreKeepsItFromThenOn() {
        var dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("21").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        insert(jdbc, "old-a", 0, REFERRAL, "{\"journeyId\":\"old-a\",\"initiative\":\"sala\"}");
        insert(jdbc, "old-a", 1, "se.finsam.journey.journey.events.ParticipantEnrolled", "{\"journeyId\":\"old-a\"}");
        insert(jdbc, "old-b", 0, REFERRAL, "{\"journeyId\":\"old-b\",\"initiative\":\"fns\"}");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        insert(jdbc, "new-c", 0, REFERRAL, "{\"journeyId\":\"new-c\",\"initiative\":\"sala\"}");
        insert(jdbc, "new-c", 1, "se.finsam.journey.journey.events.ParticipantEnrolled", "{\"journeyId\":\"new-c\"}");

        assertThat(jdbc.queryForList("SELECT journey_id || ':' || initiative || '@' || referral_position "
                + "FROM journey_initiative ORDER BY referral_position", String.class))
                .containsExactly("old-a:sala@1", "old-b:fns@3", "new-c:sala@4");

        assertThatThrownBy(() -> insert(jdbc, "new-d", 0, REFERRAL, "{\"journeyId\":\"new-d\"}"))
                .as("a referral the table cannot place is refused, not silently left out of every scope")
                .isInstanceOf(DataAccessException.class).hasMessageContaining("names no initiative");
        assertThat(jdbc.queryForList("SELECT journey_id FROM journey_initiative", String.class))
                .doesNotContain("new-d");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = 'new-d'",
                Integer.class)).isZero();
        List<String> kept = jdbc.queryForList("SELECT aggregateidentifier FROM domainevententry ORDER BY globalindex",
                String.class);
        assertThat(kept).containsExactly("old-a", "old-a", "old-b", "new-c", "new-c");
    }

    private static void insert(JdbcTemplate jdbc, String journey, int sequence, String type, String payload) {
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload, "
                + "payloadtype, payloadrevision, timestamp) VALUES (?, ?, 'Journey', gen_random_uuid()::text, "
                + "convert_to(?, 'UTF8'), ?, '1', now()::text)", journey, sequence, payload, type);
    }
}
