package se.finsam.journey.api.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.ServiceClientAccess.Answer;
import se.finsam.journey.facts.JourneyFactsRebuild;

/**
 * A referral stored in an earlier revision of its event ({@link ReferralRevisionZero}: other field names), written
 * into the event table as an earlier release would have, is read in its current shape by every path: the aggregate,
 * the read model's processor and its rebuild, {@code journey_initiative}, a report and an as-of report, a manifest's
 * verification, lineage, an import that sends it again, and the journey view. A ledger's cost stored in an earlier
 * revision ({@link CostRevisionZero}: kronor as text) is read right by the ledger's aggregate, its read answer, the
 * economy report and the verification of that report's manifest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OlderEventShapesIntegrationTests.Upcasters.class)
class OlderEventShapesIntegrationTests {

    private static final String STAFF = "staff-sala";
    private static final String YEAR = "initiative=sala&from=2025-01-01&to=2025-12-31";
    /** The referral as revision 0 had it: {@code initiativeCode}, {@code party}, no years in public support. */
    private static final String REVISION_ZERO = "{\"journeyId\":\"older-1\",\"recordId\":\"older-ref\","
            + "\"date\":\"2025-02-03\",\"recordedBy\":\"staff-sala\",\"initiativeCode\":\"sala\",\"party\":\"REGION\","
            + "\"referringUnit\":null,\"person\":{\"gender\":\"MAN\",\"birthYear\":1980,\"homeMunicipality\":\"1980\","
            + "\"personalIdentityNumber\":null,\"name\":null},\"supportBefore\":\"SOCIAL_ASSISTANCE\"}";

    @TestConfiguration
    static class Upcasters {
        @Bean
        EventUpcaster referralRevisionZero() {
            return new ReferralRevisionZero();
        }

        @Bean
        EventUpcaster costRevisionZero() {
            return new CostRevisionZero();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JourneyFactsRebuild rebuild;

    @Test
    void aReferralStoredInAnEarlierShapeIsReadInItsCurrentShapeByEveryPath() {
        ServiceClientAccess service = ServiceClientAccess.client(port);
        service.initiative("sala", "vastmanland");
        service.user(STAFF, "STAFF", "sala");
        long stored = storedAsAnEarlierReleaseDid();

        service.awaitReadModel(stored);
        assertThat(jdbc.queryForList("SELECT initiative || '@' || referral_position FROM journey_initiative "
                + "WHERE journey_id = 'older-1'", String.class))
                .as("the read model's processor places a referral stored without its row").containsExactly("sala@" + stored);

        Answer enrolled = service.postRecord(STAFF, "older-1", json("{\"type\":\"enrolment\",\"recordId\":\"older-enr\","
                + "\"date\":\"2025-02-10\"}"));
        assertThat(enrolled.status()).as("the aggregate: " + enrolled.body()).isEqualTo(201);

        JsonNode view = service.get(STAFF, "/api/v1/journeys/older-1").json();
        assertThat(view.path("initiative").asText()).as("the journey view").isEqualTo("sala");
        assertThat(view.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(view.at("/records/0/referringParty").asText()).isEqualTo("REGION");
        assertThat(view.at("/current/referringParty").asText()).isEqualTo("REGION");

        JsonNode resent = service.importAsAdmin("{\"type\":\"referral\",\"journeyId\":\"older-1\","
                + "\"recordId\":\"older-ref\",\"date\":\"2025-02-03\",\"initiative\":\"sala\",\"referringParty\":\"REGION\","
                + "\"person\":{\"gender\":\"MAN\",\"birthYear\":1980,\"homeMunicipality\":\"1980\"},"
                + "\"supportBefore\":\"SOCIAL_ASSISTANCE\"}");
        assertThat(resent.path("duplicates").asInt()).as("an import that sends it again: " + resent).isEqualTo(1);
        assertThat(resent.path("accepted").asInt()).isZero();

        long head = enrolled.json().path("position").asLong();
        JsonNode report = report(service, "&minPosition=" + head);
        assertCountedAsStored(report, "the read model's processor");
        JsonNode asOf = report(service, "&asOf=" + URLEncoder.encode(Instant.now().toString(), StandardCharsets.UTF_8));
        assertCountedAsStored(asOf, "an as-of report");

        JsonNode verified = service.getAsAdmin("/api/v1/reports/manifests/" + report.path("manifest").asText()
                + "/verify");
        assertThat(verified.path("verified").asBoolean()).as("a manifest's verification: " + verified).isTrue();
        assertThat(verified.path("figuresIdentical").asBoolean()).isTrue();

        JsonNode lineage = service.getAsAdmin("/api/v1/reports/participants/lineage?" + YEAR
                + "&cell=participants.byReferringParty.REGION");
        assertThat(lineage.path("value").asInt()).as("lineage: " + lineage).isEqualTo(1);
        assertThat(lineage.at("/journeys/0/journeyId").asText()).isEqualTo("older-1");
        assertThat(types(lineage.at("/journeys/0/records"))).contains("referral");

        jdbc.update("DELETE FROM journey_fact WHERE journey_id = 'older-1'");
        assertThat(rebuild.runNow()).isTrue();
        assertThat(jdbc.queryForObject("SELECT initiative || ':' || (facts->>'referringParty') FROM journey_fact "
                + "WHERE journey_id = 'older-1'", String.class)).as("the rebuild").isEqualTo("sala:REGION");
        assertCountedAsStored(report(service, ""), "a report after the rebuild");
    }

    @Test
    void aLedgerCostStoredInAnEarlierShapeIsReadInItsCurrentShapeByTheLedgerAndItsReport() throws Exception {
        ServiceClientAccess service = ServiceClientAccess.client(port);
        service.initiative("mora", "dalarna");
        service.user("kansli-mora", "OFFICE", "mora");
        String ledger = "/api/v1/initiatives/mora/ledger";
        Answer recorded = service.send("kansli-mora", "POST", ledger + "/records", "application/json",
                "{\"type\":\"cost\",\"recordId\":\"c-now\",\"from\":\"2025-03-01\",\"to\":\"2025-03-31\","
                        + "\"costType\":\"STAFF\",\"amount\":\"1 000\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        // The earlier shape is today's payload with the amount as it was then: kronor as text, no öre.
        var today = jdbc.queryForMap("SELECT convert_from(payload, 'UTF8') AS payload, sequencenumber FROM "
                + "domainevententry WHERE aggregateidentifier = 'ledger:initiative:mora' ORDER BY sequencenumber DESC "
                + "LIMIT 1");
        com.fasterxml.jackson.databind.node.ObjectNode earlier = (com.fasterxml.jackson.databind.node.ObjectNode)
                json((String) today.get("payload"));
        assertThat(earlier.remove("amountOre").asLong()).isEqualTo(100_000);
        earlier.put("recordId", "c-then").put("from", "2025-01-01").put("to", "2025-01-31").put("amountKronor", "2500.50");
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload, "
                + "payloadtype, payloadrevision, metadata, timestamp) VALUES ('ledger:initiative:mora', ?, 'Ledger', "
                + "gen_random_uuid()::text, convert_to(?, 'UTF8'), ?, '0', convert_to('{}', 'UTF8'), ?)",
                ((Number) today.get("sequencenumber")).longValue() + 1, earlier.toString(), CostRevisionZero.TYPE,
                DateTimeUtils.formatInstant(Instant.now().minusSeconds(1)));

        Answer retracted = service.send("kansli-mora", "POST", ledger + "/records", "application/json",
                "{\"type\":\"retraction\",\"recordId\":\"r-now\",\"retracts\":\"c-now\",\"reason\":\"fel\"}");
        assertThat(retracted.status()).as("the aggregate reads past the earlier cost: " + retracted.body())
                .isEqualTo(201);
        JsonNode money = service.get("kansli-mora", ledger + "?area=money").json();
        assertThat(money.toString()).as("the ledger's read answer").contains("c-then");
        JsonNode economy = service.get("kansli-mora", "/api/v1/reports/economy?initiative=mora&from=2025-01-01"
                + "&to=2025-12-31&minPosition=" + retracted.json().path("position").asLong()).json();
        assertThat(economy.at("/figures/total/costs").decimalValue()).as("the economy report: " + economy)
                .isEqualByComparingTo("2500.50");
        JsonNode verified = service.getAsAdmin("/api/v1/reports/manifests/" + economy.path("manifest").asText()
                + "/verify");
        assertThat(verified.path("verified").asBoolean()).as("its manifest's verification: " + verified).isTrue();
    }

    /** Inserts the referral as the event table held it then: revision 0 of its payload type, sequence number 0. */
    private long storedAsAnEarlierReleaseDid() {
        return jdbc.queryForObject("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, "
                + "eventidentifier, payload, payloadtype, payloadrevision, metadata, timestamp) VALUES ('older-1', 0, "
                + "'Journey', gen_random_uuid()::text, convert_to(?, 'UTF8'), ?, '0', convert_to('{}', 'UTF8'), ?) "
                + "RETURNING globalindex", Long.class, REVISION_ZERO, ReferralRevisionZero.TYPE,
                DateTimeUtils.formatInstant(Instant.now().minusSeconds(60)));
    }

    private static JsonNode report(ServiceClientAccess service, String more) {
        Answer answer = service.get(ServiceClientAccess.adminUser(), "/api/v1/reports/participants?" + YEAR + more);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static void assertCountedAsStored(JsonNode report, String path) {
        assertThat(report.at("/participants/total").asInt()).as(path + ": " + report).isEqualTo(1);
        assertThat(report.at("/participants/byReferringParty/REGION").asInt()).as(path).isEqualTo(1);
        assertThat(report.at("/participants/byGender/MAN").asInt()).as(path).isEqualTo(1);
        assertThat(report.at("/participants/bySupportBefore/SOCIAL_ASSISTANCE").asInt()).as(path).isEqualTo(1);
    }

    private static List<String> types(JsonNode records) {
        List<String> types = new ArrayList<>();
        records.forEach(r -> types.add(r.path("type").asText()));
        return types;
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
