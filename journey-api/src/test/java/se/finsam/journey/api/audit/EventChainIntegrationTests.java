package se.finsam.journey.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;

/** The hash chain over the event store: intact after recording, broken at the row someone edits in SQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventChainIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPayloadEditedDirectlyInPostgresqlIsFoundAtItsPosition() {
        client(port).initiative("fns", "vastmanland");
        client(port).user("auditor", "AUDITOR", "*");
        client(port).user("analyst", "ANALYST", "*");
        JsonNode imported = client(port).importAsAdmin(String.join("\n",
                "{\"type\":\"referral\",\"journeyId\":\"a\",\"recordId\":\"r1\",\"date\":\"2025-01-10\",\"initiative\":\"fns\","
                        + "\"referringParty\":\"REGION\",\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1990},"
                        + "\"supportBefore\":\"SICKNESS_BENEFIT\"}",
                "{\"type\":\"enrolment\",\"journeyId\":\"a\",\"recordId\":\"r2\",\"date\":\"2025-01-20\"}",
                "{\"type\":\"closure\",\"journeyId\":\"a\",\"recordId\":\"r3\",\"date\":\"2025-10-01\",\"cause\":\"DROPOUT\","
                        + "\"supportAfter\":\"UNKNOWN\"}",
                "{\"type\":\"referral\",\"journeyId\":\"b\",\"recordId\":\"r1\",\"date\":\"2025-02-10\",\"initiative\":\"fns\","
                        + "\"referringParty\":\"SELF\",\"person\":{\"gender\":\"MAN\",\"birthYear\":1980},"
                        + "\"supportBefore\":\"UNKNOWN\"}"));
        long events = imported.path("position").asLong();

        ServiceClientAccess.Answer intact = client(port).get("auditor", "/api/v1/audit/verify");
        assertThat(intact.status()).as(intact.body()).isEqualTo(200);
        assertThat(intact.body()).contains("\"valid\":true", "\"events\":" + events, "\"firstInvalidPosition\":null");

        long closure = jdbc.queryForObject("SELECT globalindex FROM domainevententry WHERE aggregateidentifier = 'a' "
                + "AND sequencenumber = 2", Long.class);
        int edited = jdbc.update("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'DROPOUT', 'WORK'), 'UTF8') WHERE globalindex = ?", closure);
        assertThat(edited).isEqualTo(1);

        ServiceClientAccess.Answer tampered = client(port).get("auditor", "/api/v1/audit/verify");
        assertThat(tampered.body()).contains("\"valid\":false", "\"firstInvalidPosition\":" + closure);
        ServiceClientAccess.Answer head = client(port).get("admin", "/api/v1/audit/chain-head");
        assertThat(head.body()).contains("\"position\":" + events, "\"events\":" + events);
        assertThat(client(port).get("analyst", "/api/v1/audit/verify").status()).isEqualTo(403);
    }
}
