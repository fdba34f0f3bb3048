package se.finsam.journey.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code journey_initiative}, which exact reports take a scope's journeys from: the migration fills it for a store
 * written by an earlier release; from V65 on the service writes it itself, in the referral's transaction (no longer a
 * trigger that read the payload's JSON, see {@code ReportsWhileTheReadModelLagsIntegrationTests} and
 * {@code OlderEventShapesIntegrationTests}).
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
    void theMigrationFillsItForJourneysStoredBeforeAndLeavesNoReaderOfPayloadsInTheDatabase() {
        var dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("21").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        insert(jdbc, "old-a", 0, REFERRAL, "{\"journeyId\":\"old-a\",\"initiative\":\"sala\"}");
        insert(jdbc, "old-a", 1, "se.finsam.journey.journey.events.ParticipantEnrolled", "{\"journeyId\":\"old-a\"}");
        insert(jdbc, "old-b", 0, REFERRAL, "{\"journeyId\":\"old-b\",\"initiative\":\"fns\"}");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        insert(jdbc, "new-c", 0, REFERRAL, "{\"journeyId\":\"new-c\",\"initiativeCode\":\"sala\"}");

        assertThat(jdbc.queryForList("SELECT journey_id || ':' || initiative || '@' || referral_position "
                + "FROM journey_initiative ORDER BY referral_position", String.class))
                .as("rows for the journeys stored before; the service places the later ones, not the database")
                .containsExactly("old-a:sala@1", "old-b:fns@3");
        assertThat(jdbc.queryForList("SELECT tgname FROM pg_trigger WHERE tgrelid = 'domainevententry'::regclass "
                + "AND NOT tgisinternal", String.class)).as("no trigger reads the payloads").isEmpty();
        assertThat(jdbc.queryForList("SELECT aggregateidentifier FROM domainevententry ORDER BY globalindex",
                String.class)).containsExactly("old-a", "old-a", "old-b", "new-c");
    }

    private static void insert(JdbcTemplate jdbc, String journey, int sequence, String type, String payload) {
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload, "
                + "payloadtype, payloadrevision, timestamp) VALUES (?, ?, 'Journey', gen_random_uuid()::text, "
                + "convert_to(?, 'UTF8'), ?, '1', now()::text)", journey, sequence, payload, type);
    }
}
