package se.finsam.journey.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.ServiceClientAccess.Answer;

/**
 * docs/ledger-api.md, "Recording": every record type stored and read back over real HTTP and PostgreSQL, each rule
 * and each kind of bad input answered with a clear 4xx naming the field, and nothing stored for a refused record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerRecordingIntegrationTests {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICE = "office-fns";
    private static final String ANALYST = "analyst-fns";
    private static final String STAFF = "staff-fns";
    private static final String FNS = "/api/v1/initiatives/fns/ledger";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceClientAccess service;

    @BeforeEach
    void anInitiativeWithItsOfficeAnalystAndStaff() {
        service = ServiceClientAccess.client(port);
        service.initiative("fns", "vastmanland");
        service.initiative("sala", "vastmanland");
        service.user(OFFICE, "OFFICE", "fns");
        service.user(ANALYST, "ANALYST", "fns");
        service.user(STAFF, "STAFF", "fns");
    }

    static ObjectNode record(String type, String recordId) {
        return JSON.createObjectNode().put("type", type).put("recordId", recordId);
    }

    static ObjectNode allocation(String recordId, String amount) {
        return record("allocation", recordId).put("year", 2025).put("financingParty", "ASSOCIATION").put("amount", amount);
    }

    private Answer post(String user, String path, ObjectNode record) {
        return service.send(user, "POST", path + "/records", "application/json", record.toString());
    }

    private JsonNode ledger(String user, String path) {
        Answer answer = service.get(user, path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private int storedLedgerEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'Ledger'", Integer.class);
    }

    @Test
    void theOfficeRecordsAnAllocationAndEveryReaderSeesItInTheLedger() {
        Answer stored = post(OFFICE, FNS, allocation("tilldelning-2025", "1 840 000 kr"));

        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().path("recordId").asText()).isEqualTo("tilldelning-2025");
        assertThat(stored.json().path("position").asLong()).isPositive();
        JsonNode record = stored(ledger(ANALYST, FNS).path("records"), "tilldelning-2025");
        assertThat(record.path("type").asText()).isEqualTo("allocation");
        assertThat(record.path("area").asText()).isEqualTo("money");
        assertThat(record.path("recordedBy").asText()).isEqualTo(OFFICE);
        assertThat(record.path("position").asLong()).isEqualTo(stored.json().path("position").asLong());
        assertThat(record.path("record").path("amount").decimalValue()).isEqualByComparingTo("1840000.00");
        assertThat(record.path("record").path("financingParty").asText()).isEqualTo("ASSOCIATION");
    }

    @Test
    void aResentRecordIsAHarmlessDuplicateAndOtherContentUnderItsIdIsAConflict() {
        assertThat(post(OFFICE, FNS, allocation("a-dup", "500 000")).status()).isEqualTo(201);
        int stored = storedLedgerEvents();

        Answer again = post(OFFICE, FNS, allocation("a-dup", "500000,00"));
        Answer other = post(OFFICE, FNS, allocation("a-dup", "600 000"));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertProblem(other, 409, "already used");
        assertThat(other.json().path("code").asText()).isEqualTo("record-id-taken");
        assertThat(other.json().path("field").asText()).isEqualTo("recordId");
        assertThat(storedLedgerEvents()).isEqualTo(stored);
    }

    @Test
    void anAmountThatCouldMeanTwoThingsIsRefusedOnItsFieldAndNothingIsStored() {
        int stored = storedLedgerEvents();

        Answer answer = post(OFFICE, FNS, allocation("a-ambiguous", "1,234"));

        assertProblem(answer, 422, "could mean two different amounts");
        assertThat(answer.json().path("field").asText()).isEqualTo("amount");
        assertThat(answer.json().path("code").asText()).isEqualTo("amount-ambiguous");
        assertThat(storedLedgerEvents()).isEqualTo(stored);
    }

    @Test
    void everyRecordTypeIsStoredAndReadBackAsItWasSent() {
        List<ObjectNode> records = List.of(
                record("budget", "rt-budget").put("year", 2025).put("costType", "Personal").put("amount", 1_640_000),
                record("cost", "rt-cost").put("from", "2025-01-01").put("to", "2025-03-31").put("costType", "STAFF")
                        .put("amount", "540 000,50"),
                record("forecast", "rt-forecast").put("year", 2025).put("date", "2025-08-15").put("costType", "OTHER")
                        .put("amount", 69_000.5),
                record("position", "rt-position").put("from", "2025-01-01").put("to", "2025-12-31").put("role", "COACH")
                        .put("fte", "300 %").put("persons", 3).put("employer", "MUNICIPALITY:1982")
                        .put("coFinancedBy", "MUNICIPALITY:1982").put("coFinancedFte", "1,0"),
                record("activity", "rt-activity").put("kind", "GROUP_PROGRAMME").put("title", "ACT-grupp")
                        .put("from", "2025-09-01").put("to", "2025-10-13").put("sessions", 7).put("attendances", 49)
                        .put("uniqueParticipants", 9));
        for (ObjectNode sent : records) {
            String user = sent.get("type").asText().equals("activity") ? STAFF : OFFICE;
            assertThat(post(user, FNS, sent).status()).as(sent.toString()).isEqualTo(201);
        }
        ObjectNode goal = record("goal", "rt-goal").put("year", 2025).put("area", "Arbete")
                .put("text", "Fler deltagare till arbete").put("figure", "closures.shares.work").put("target", 20)
                .put("direction", "AT_LEAST");
        assertThat(post(ANALYST, FNS, goal).status()).isEqualTo(201);
        assertThat(post(ANALYST, FNS, record("goal-assessment", "rt-assessment").put("goal", "rt-goal")
                .put("date", "2025-11-01").put("text", "Bedöms ligga väl i fas")).status()).isEqualTo(201);

        JsonNode view = ledger(OFFICE, FNS).path("records");
        JsonNode position = find(view, "rt-position");
        assertThat(position.path("fte").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(position.path("coFinancedFte").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(position.path("payer").asText()).isEqualTo("ASSOCIATION");
        assertThat(find(view, "rt-budget").path("costType").asText()).isEqualTo("STAFF");
        assertThat(find(view, "rt-cost").path("amount").decimalValue()).isEqualByComparingTo("540000.50");
        assertThat(find(view, "rt-forecast").path("amount").decimalValue()).isEqualByComparingTo("69000.50");
        assertThat(find(view, "rt-goal").path("figure").asText()).isEqualTo("closures.shares.work");
        assertThat(find(view, "rt-assessment").path("goal").asText()).isEqualTo("rt-goal");
        assertThat(find(view, "rt-activity").path("uniqueParticipants").asInt()).isEqualTo(9);
    }

    @Test
    void aRetractionMarksItsRecordWithTheReasonAndWhoRetractedIt() {
        assertThat(post(OFFICE, FNS, allocation("a-wrong", "100 000")).status()).isEqualTo(201);

        Answer retraction = post(OFFICE, FNS, record("retraction", "r-wrong").put("retracts", "a-wrong")
                .put("reason", "fel belopp"));

        assertThat(retraction.status()).as(retraction.body()).isEqualTo(201);
        JsonNode retracted = stored(ledger(STAFF, FNS + "?area=money").path("records"), "a-wrong");
        assertThat(retracted.path("retracted").asBoolean()).isTrue();
        assertThat(retracted.path("retraction").path("reason").asText()).isEqualTo("fel belopp");
        assertThat(retracted.path("retraction").path("recordedBy").asText()).isEqualTo(OFFICE);
    }

    @Test
    void eachRoleRecordsOnlyItsOwnArea() {
        assertProblem(post(STAFF, FNS, allocation("a-staff", "1")), 403, "may not record money");
        assertProblem(post(OFFICE, FNS, record("goal", "g-office").put("year", 2025).put("area", "A").put("text", "B")),
                403, "may not record goals");
        assertProblem(post(ANALYST, FNS, record("activity", "act-analyst").put("kind", "COURSE").put("title", "Kurs")
                .put("from", "2025-03-01").put("sessions", 1).put("attendances", 1).put("uniqueParticipants", 1)),
                403, "may not record activities");
        assertProblem(post(OFFICE, "/api/v1/initiatives/sala/ledger", allocation("a-sala", "1")), 403,
                "may not record");
        assertProblem(post(OFFICE, "/api/v1/associations/vastmanland/ledger", allocation("a-assoc", "1")), 403,
                "may not record");
        assertProblem(post(OFFICE, "/api/v1/initiatives/nowhere/ledger", allocation("a-nowhere", "1")), 403,
                "may not record money in the ledger of initiative 'nowhere'");
        assertProblem(post("admin", "/api/v1/initiatives/nowhere/ledger", allocation("a-nowhere", "1")), 404,
                "does not exist");
    }

    @Test
    void aRetractionIsTheRetractedRecordsArea() {
        assertThat(post(OFFICE, FNS, allocation("a-area", "1 000")).status()).isEqualTo(201);

        assertProblem(post(STAFF, FNS, record("retraction", "r-area").put("retracts", "a-area").put("reason", "fel")),
                403, "may not record money");
        assertProblem(post(OFFICE, FNS, record("retraction", "r-none").put("retracts", "no-such").put("reason", "fel")),
                409, "no record 'no-such'");
    }

    @Test
    void badInputIsAClear4xxNamingItsField() {
        int stored = storedLedgerEvents();
        expectRefusal(record("allocation", "b1").put("year", 2025).put("financingParty", "KOMMUNEN")
                .put("amount", "1"), "financingParty", "party-unknown");
        expectRefusal(allocation("b2", "1").put("year", "tjugotjugofem"), "year", "field-not-whole");
        expectRefusal(allocation("b3", "1").put("extra", 1), "extra", "field-unknown");
        expectRefusal(allocation("b4", "0"), "amount", "amount-not-positive");
        expectRefusal(record("cost", "b5").put("from", "2025-02-30").put("costType", "STAFF").put("amount", 1),
                "from", "field-not-a-date");
        expectRefusal(record("sabbatical", "b6"), "type", "type-unknown");
        expectRefusal(allocation("b7", "1").put("financingParty", "OTHER:Fonden för 19811228-9874"),
                "financingParty", "text-identity-number");
        Answer huge = post(OFFICE, FNS, (ObjectNode) allocation("b8", "1").set("amount",
                JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400"))));
        assertThat(huge.status()).as(huge.body()).isEqualTo(422);
        Answer notJson = service.send(OFFICE, "POST", FNS + "/records", "application/json", "{\"type\": ");
        assertProblem(notJson, 400, "not valid JSON");
        assertThat(storedLedgerEvents()).isEqualTo(stored);
    }

    @Test
    void aStaffPositionWithMoreFullTimeThanPeopleIsRefused() {
        Answer answer = post(OFFICE, FNS, record("position", "p-too-much").put("from", "2025-01-01")
                .put("to", "2025-12-31").put("role", "COACH").put("fte", "1,5").put("employer", "REGION"));

        assertProblem(answer, 422, "full-time position");
        assertThat(answer.json().path("field").asText()).isEqualTo("fte");
    }

    @Test
    void aGoalNamingAFigureTheReportDoesNotHaveIsRefused() {
        Answer answer = post(ANALYST, FNS, record("goal", "g-unknown").put("year", 2025).put("area", "Arbete")
                .put("text", "Fler till arbete").put("figure", "closures.shares.lottery").put("target", 10)
                .put("direction", "AT_LEAST"));

        assertProblem(answer, 422, "not a figure of the participant report");
        assertThat(answer.json().path("field").asText()).isEqualTo("figure");
    }

    @Test
    void journeyPathsNeverTakeALedgerForAJourney() {
        assertThat(post(OFFICE, FNS, allocation("a-journey", "10")).status()).isEqualTo(201);

        Answer view = service.get("admin", "/api/v1/journeys/ledger:initiative:fns");
        Answer record = service.send("admin", "POST", "/api/v1/journeys/ledger:initiative:fns/records",
                "application/json", "{\"type\": \"enrolment\", \"date\": \"2025-01-10\"}");

        assertProblem(view, 404, "does not exist");
        assertThat(record.status()).as(record.body()).isBetween(400, 499);
    }

    @Test
    void theReadModelsRebuildAndTheHashChainTakeLedgerRecordsInTheirStride() throws InterruptedException {
        String journey = ServiceClientAccess.line("rebuilt-1", "referral", "r", "2025-01-10", "\"initiative\":\"fns\","
                + "\"referringParty\":\"SELF\",\"person\":{\"gender\":\"MAN\",\"birthYear\":1990},"
                + "\"supportBefore\":\"UNKNOWN\"") + "\n" + ServiceClientAccess.line("rebuilt-1", "enrolment", "e",
                "2025-01-20", "");
        long imported = service.importAsAdmin(journey).path("position").asLong();
        assertThat(post(OFFICE, FNS, allocation("a-rebuild", "2 000")).status()).isEqualTo(201);
        String report = "/api/v1/reports/participants?initiative=fns&from=2025-01-01&to=2025-12-31&minPosition=" + imported;
        JsonNode before = service.getAsAdmin(report).path("participants");

        assertThat(service.postAsAdmin("/api/v1/admin/read-models/journey-facts/rebuild").status()).isEqualTo(202);
        JsonNode rebuild = awaitRebuild();

        assertThat(rebuild.path("state").asText()).as(rebuild.toString()).isEqualTo("DONE");
        assertThat(service.getAsAdmin(report).path("participants")).isEqualTo(before);
        JsonNode chain = awaitChain();
        assertThat(chain.path("valid").asBoolean()).as(chain.toString()).isTrue();
        assertThat(chain.path("events").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry", Long.class));
    }

    private JsonNode awaitRebuild() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode rebuild = service.getAsAdmin("/api/v1/admin/read-models").get(0).path("rebuild");
            if (rebuild.path("state").asText().equals("DONE") || rebuild.path("state").asText().equals("FAILED")) {
                return rebuild;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rebuild did not finish in 60 s");
    }

    /** The chain's verification once it links every stored event. */
    private JsonNode awaitChain() throws InterruptedException {
        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        for (int i = 0; i < 600; i++) {
            JsonNode verify = service.getAsAdmin("/api/v1/audit/verify");
            if (verify.path("chainedUpTo").asLong() >= head) {
                return verify;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the chain did not reach position " + head + " in 60 s");
    }

    private void expectRefusal(ObjectNode record, String field, String code) {
        Answer answer = post(OFFICE, FNS, record);
        assertThat(answer.status()).as(record + " → " + answer.body()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("field").asText()).as(answer.body()).isEqualTo(field);
        assertThat(answer.json().path("code").asText()).as(answer.body()).isEqualTo(code);
        assertThat(answer.body()).doesNotContain("9874", "Exception");
    }

    private static JsonNode stored(JsonNode records, String recordId) {
        for (JsonNode record : records) {
            if (record.path("recordId").asText().equals(recordId)) {
                return record;
            }
        }
        throw new AssertionError("no record " + recordId + " in " + records);
    }

    private static JsonNode find(JsonNode records, String recordId) {
        for (JsonNode record : records) {
            if (record.path("recordId").asText().equals(recordId)) {
                return record.path("record");
            }
        }
        throw new AssertionError("no record " + recordId + " in " + records);
    }
}
