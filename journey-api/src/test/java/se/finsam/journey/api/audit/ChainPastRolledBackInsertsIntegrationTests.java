package se.finsam.journey.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.api.JourneyApplication;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.WebSession;

/**
 * Issue 14, defect 9: inserts that roll back leave holes in the global position. The hash chain passes over every
 * hole as soon as PostgreSQL shows that no transaction that could fill it is still running — all holes at once,
 * within seconds, also right after a restart — never while such a transaction still runs, and meanwhile
 * {@code audit/verify} says how many stored events are not linked yet, and why.
 */
class ChainPastRolledBackInsertsIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFERRAL = "\"initiative\":\"fns\",\"referringParty\":\"REGION\","
            + "\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1990},\"supportBefore\":\"SICKNESS_BENEFIT\"";
    /** Well inside the 60 s that the chain once waited at each hole, one hole after the other. */
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(20);

    private EmbeddedPostgres postgres;
    private JdbcTemplate database;
    private ConfigurableApplicationContext node;
    private ServiceClientAccess service;
    private int port;
    private int journeys;

    @BeforeEach
    void onePostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").start();
        database = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterEach
    void stop() throws IOException {
        if (node != null && node.isActive()) {
            node.close();
        }
        postgres.close();
    }

    private void startNode() {
        // Arguments, not default properties: application.properties would override those.
        node = new SpringApplicationBuilder(JourneyApplication.class).run(
                "--server.port=0",
                "--journey.db.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--journey.db.user=postgres",
                "--journey.db.password=",
                "--journey.db.pool-size=6",
                "--journey.bootstrap-admin-password=" + ServiceClientAccess.adminPassword(),
                "--management.metrics.use-global-registry=false");
        port = ((ServletWebServerApplicationContext) node).getWebServer().getPort();
        service = ServiceClientAccess.client(port);
    }

    @Test
    void theChainPassesEveryRolledBackHoleWithinSecondsAlsoAfterARestartButNeverAnOpenOne() throws Exception {
        startNode();
        service.initiative("fns", "vastmanland");
        service.user("auditor", "AUDITOR", "*");
        record();
        rollBack(1);
        record();
        rollBack(3);
        record();
        rollBack(2);
        assertTheChainLinksEveryStoredEventWithinSeconds();

        // An insert still open: the chain must not pass its position, and verify says what it waits for.
        try (Connection open = postgres.getPostgresDatabase().getConnection()) {
            open.setAutoCommit(false);
            insert(open, 2);
            long openPosition = database.queryForObject("SELECT last_value FROM domainevententry_globalindex_seq",
                    Long.class) - 1;
            record();
            record();
            Thread.sleep(3_000);
            JsonNode waiting = verify();
            assertThat(waiting.path("valid").asBoolean()).as(waiting.toString()).isTrue();
            assertThat(waiting.path("chainedUpTo").asLong()).isLessThan(openPosition);
            assertThat(waiting.path("unchainedEvents").asLong()).as(waiting.toString()).isEqualTo(2);
            assertThat(waiting.path("events").asLong() + waiting.path("unchainedEvents").asLong())
                    .isEqualTo(storedEvents());
            Matcher reason = Pattern.compile("position (\\d+) is still empty").matcher(waiting.path("unchained").asText());
            assertThat(reason.find()).as(waiting.toString()).isTrue();
            assertThat(Long.parseLong(reason.group(1))).as("the first empty position not yet passed")
                    .isGreaterThan(waiting.path("chainedUpTo").asLong()).isLessThanOrEqualTo(openPosition);
            WebSession auditor = WebSession.signedIn(port, "auditor", ServiceClientAccess.password());
            WebSession.Page page = auditor.follow(auditor.post("/app/audit", "/app/audit/verify-chain"));
            assertThat(page.body()).contains("Kedjan är hel", "2 händelser efter händelse "
                    + waiting.path("chainedUpTo").asLong() + " är ännu inte länkade");
            open.rollback();
        }
        assertTheChainLinksEveryStoredEventWithinSeconds();

        // Holes the node has seen but not passed yet when it stops: the node started again passes them at once.
        record();
        rollBack(2);
        record();
        rollBack(1);
        record();
        node.close();
        startNode();
        assertTheChainLinksEveryStoredEventWithinSeconds();
        assertThat(database.queryForObject("SELECT count(*) FROM journey_initiative", Integer.class))
                .as("every referral, and none of the rolled-back inserts").isEqualTo(journeys);
    }

    /** One journey's referral, committed. */
    private void record() {
        journeys++;
        JsonNode answer = service.importAsAdmin(line("j-" + journeys, "referral", "r1", "2025-01-10", REFERRAL));
        assertThat(answer.path("accepted").asInt()).as(answer.toString()).isEqualTo(1);
    }

    /** {@code rows} events inserted and rolled back: a hole of that many positions. */
    private void rollBack(int rows) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.setAutoCommit(false);
            insert(connection, rows);
            connection.rollback();
        }
    }

    private static void insert(Connection connection, int rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                    + "payload, payloadtype, timestamp) SELECT 'never-stored', n, 'Journey', gen_random_uuid()::text, "
                    + "convert_to('{}', 'UTF8'), 'never.Stored', now()::text FROM generate_series(0, " + (rows - 1)
                    + ") AS n");
        }
    }

    private long storedEvents() {
        return database.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private JsonNode verify() throws IOException {
        ServiceClientAccess.Answer answer = service.get("auditor", "/api/v1/audit/verify");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private void assertTheChainLinksEveryStoredEventWithinSeconds() throws Exception {
        long stored = storedEvents();
        long deadline = System.nanoTime() + WITHIN_SECONDS.toNanos();
        JsonNode verified = verify();
        while (verified.path("events").asLong() < stored && System.nanoTime() < deadline) {
            Thread.sleep(250);
            verified = verify();
        }
        assertThat(verified.path("valid").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("events").asLong()).as("every stored event linked within " + WITHIN_SECONDS
                + ": " + verified).isEqualTo(stored);
    }
}
