package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.ADMIN;
import static se.finsam.journey.api.ServiceClient.JSON;
import static se.finsam.journey.api.ServiceClient.assertProblem;
import static se.finsam.journey.api.ServiceClient.closure;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.line;
import static se.finsam.journey.api.ServiceClient.record;
import static se.finsam.journey.api.ServiceClient.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;

/**
 * Unique persons over real HTTP and PostgreSQL: a journey recorded with the identity number of an earlier journey of
 * the association is linked to it by an event; staff link and unlink with a reason; bad input is refused with
 * nothing stored; erasure takes the pseudonym away and changes no figure; the persons report counts journeys and
 * persons side by side, and its manifest verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class UniquePersonsIntegrationTests {

    private static final String STAFF = "persons-staff";
    private static final String FNS_STAFF = "persons-staff-fns";
    private static final String ANALYST = "persons-analyst";
    private static final String ANNA = "198507071234";
    private static final String BERTIL = "199001012344";
    private static final String CECILIA = "198703033459";
    private static final String DAVID = "199204044565";
    private static final String EVA = "198005055671";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceClient service;
    final List<Answer> answers = new ArrayList<>();

    @BeforeEach
    void threeInitiativesInTwoAssociations() {
        service = new ServiceClient(port);
        service.initiative("fns", "vastmanland");
        service.initiative("sala", "vastmanland");
        service.initiative("avesta", "dalarna");
        // Tests that count have an association of their own: every test shares the one database.
        service.initiative("erase-a", "erasing");
        service.initiative("erase-b", "erasing");
        service.initiative("count-a", "counting");
        service.initiative("count-b", "counting");
        service.user(STAFF, "STAFF", "*");
        service.user(FNS_STAFF, "STAFF", "fns");
        service.user(ANALYST, "ANALYST", "*");
    }

    @Test
    void aJourneyWithTheIdentityNumberOfAnEarlierJourneyOfTheAssociationIsLinkedToTheEarliestAutomatically(
            CapturedOutput output) {
        int events = linkEvents();
        recorded("auto-1", "fns", "2025-01-10", ANNA);
        recorded("auto-2", "sala", "2025-03-10", ANNA);
        recorded("auto-3", "avesta", "2025-03-11", ANNA);
        Answer imported = remember(service.importLines(STAFF, line("auto-4", withNumber(referral("r1", "fns",
                "2025-04-01"), ANNA)) + "\n"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        JsonNode second = links("auto-2");
        assertThat(second.path("links")).hasSize(1);
        assertThat(second.path("links").get(0).path("journey").asText()).isEqualTo("auto-1");
        assertThat(second.path("links").get(0).path("how").asText()).isEqualTo("automatic");
        assertThat(links("auto-4").path("links").get(0).path("journey").asText()).isEqualTo("auto-1");
        assertThat(links("auto-1").path("journeysOfThePerson").asInt()).isEqualTo(3);
        assertThat(links("auto-3").path("links")).as("another association's journey is never linked").isEmpty();
        assertThat(linkEvents()).isEqualTo(events + 2);
        // The pseudonym is in its own table and nowhere else: no answer, event or log line holds it or the number.
        byte[] pseudonym = jdbc.queryForObject("SELECT pseudonym FROM person_pseudonym WHERE journey_id = 'auto-2'",
                byte[].class);
        List<String> secrets = List.of(ANNA, ANNA.substring(2), HexFormat.of().formatHex(pseudonym),
                Base64.getEncoder().encodeToString(pseudonym));
        remember(service.get(ANALYST, "/api/v1/reports/persons?association=vastmanland&from=2025-01-01&to=2025-12-31"));
        answers.forEach(answer -> assertThat(answer.body()).doesNotContain(secrets));
        // The journey view shows staff the identity number itself, as before; never the pseudonym.
        assertThat(service.get(STAFF, "/api/v1/journeys/auto-2").body()).contains(ANNA)
                .doesNotContain(secrets.subList(2, 4));
        assertThat(output.getAll()).doesNotContain(secrets);
        assertThat(jdbc.queryForList("SELECT encode(payload, 'escape') FROM domainevententry", String.class))
                .allSatisfy(payload -> assertThat(payload).doesNotContain(secrets));
    }

    @Test
    void journeysOfOnePersonRecordedAtTheSameMomentAllEndUpAsOnePerson() throws Exception {
        String number = "197506066781";
        int journeys = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(journeys);
        try {
            List<java.util.concurrent.Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < journeys; i++) {
                String journeyId = "same-moment-" + i;
                String initiative = i % 2 == 0 ? "fns" : "sala";
                answers.add(pool.submit(() -> service.post(STAFF, "/api/v1/journeys/" + journeyId + "/records",
                        withNumber(referral("r1", initiative, "2025-02-01"), number))));
            }
            for (var answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }

        for (int i = 0; i < journeys; i++) {
            assertThat(links("same-moment-" + i).path("journeysOfThePerson").asInt()).as("same-moment-" + i)
                    .isEqualTo(journeys);
        }
    }

    @Test
    void aProfileUpdateThatAddsTheIdentityNumberLinksTheJourneyToo() {
        recorded("update-1", "fns", "2025-01-10", CECILIA);
        recorded("update-2", "sala", "2025-02-10", null);
        assertThat(links("update-2").path("links")).isEmpty();

        ObjectNode update = record("profile-update", "p1", "2025-02-11");
        update.putObject("person").put("personalIdentityNumber", CECILIA);
        assertThat(post("update-2", update).status()).isEqualTo(201);

        assertThat(links("update-2").path("links").get(0).path("journey").asText()).isEqualTo("update-1");
    }

    @Test
    void aRecordRefusedByItsRulesOrItsCallerLeavesNoPseudonym() {
        ObjectNode future = withNumber(referral("r1", "fns", "2099-01-01"), ANNA);
        assertThat(post("refused-1", future).status()).isEqualTo(422);
        Answer notTheirs = service.post(FNS_STAFF, "/api/v1/journeys/refused-2/records",
                withNumber(referral("r1", "sala", "2025-01-01"), ANNA));
        assertThat(notTheirs.status()).isEqualTo(403);
        Answer importRefused = service.importLines(FNS_STAFF, line("refused-3", withNumber(referral("r1", "sala",
                "2025-01-01"), ANNA)) + "\n");
        assertThat(importRefused.status()).isEqualTo(422);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_pseudonym WHERE journey_id LIKE 'refused-%'",
                Integer.class)).isZero();
    }

    @Test
    void staffLinkAndUnlinkWithAReasonAndAnUnlinkOverridesAnAutomaticLink() {
        recorded("manual-1", "fns", "2025-01-10", null);
        recorded("manual-2", "sala", "2025-01-11", null);

        Answer linked = service.post(STAFF, "/api/v1/journeys/manual-1/links",
                JSON.createObjectNode().put("journey", "manual-2").put("reason", "samma person, flyttade"));

        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().path("position").asLong()).isPositive();
        JsonNode link = links("manual-2").path("links").get(0);
        assertThat(link.path("how").asText()).isEqualTo("manual");
        assertThat(link.path("reason").asText()).isEqualTo("samma person, flyttade");
        assertThat(link.path("recordedBy").asText()).isEqualTo(STAFF);

        Answer unlinked = service.post(STAFF, "/api/v1/journeys/manual-2/links/manual-1/unlink",
                JSON.createObjectNode().put("reason", "fel person"));
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(201);
        assertThat(links("manual-1").path("links")).isEmpty();

        recorded("manual-3", "fns", "2025-01-12", DAVID);
        recorded("manual-4", "sala", "2025-01-13", DAVID);
        assertThat(links("manual-4").path("links")).hasSize(1);
        assertThat(service.post(STAFF, "/api/v1/journeys/manual-4/links/manual-3/unlink",
                JSON.createObjectNode().put("reason", "två personer, samma nummer av misstag")).status()).isEqualTo(201);
        ObjectNode again = record("profile-update", "p1", "2025-01-14");
        again.putObject("person").put("personalIdentityNumber", DAVID);
        assertThat(post("manual-4", again).status()).isEqualTo(201);
        assertThat(links("manual-4").path("links")).as("the service never links a pair staff unlinked").isEmpty();
    }

    @Test
    void badLinksAndUnlinksAreRefusedClearlyAndStoreNothing() {
        recorded("bad-1", "fns", "2025-01-10", null);
        recorded("bad-2", "sala", "2025-01-11", null);
        recorded("bad-3", "avesta", "2025-01-12", null);
        assertThat(service.post(STAFF, "/api/v1/journeys/bad-1/links", JSON.createObjectNode().put("journey", "bad-2")
                .put("reason", "samma person")).status()).isEqualTo(201);
        int events = linkEvents();

        assertProblem(linkAs(STAFF, "bad-1", "bad-1", "samma"), 422, "itself");
        assertProblem(linkAs(STAFF, "bad-1", "bad-2", "igen"), 409, "already linked");
        assertProblem(linkAs(STAFF, "bad-1", "no-such-journey", "samma"), 404, "does not exist");
        assertProblem(linkAs(FNS_STAFF, "bad-1", "bad-2", "samma"), 404, "does not exist");
        assertProblem(linkAs(FNS_STAFF, "bad-2", "bad-1", "samma"), 404, "does not exist");
        assertProblem(linkAs(STAFF, "bad-1", "bad-3", "samma"), 422, "different associations");
        assertProblem(linkAs(STAFF, "bad-2", "bad-1", null), 422, "reason");
        assertProblem(linkAs(STAFF, "bad-2", "bad-1", "  "), 422, "reason");
        assertProblem(linkAs(STAFF, "bad-2", "bad-1", "se " + ANNA), 422, "identity number");
        assertProblem(linkAs(STAFF, "bad-2", "bad-1", "x".repeat(201)), 422, "200 characters");
        assertProblem(service.post(ANALYST, "/api/v1/journeys/bad-1/links", JSON.createObjectNode()
                .put("journey", "bad-2").put("reason", "samma")), 403, "");
        assertProblem(service.post(STAFF, "/api/v1/journeys/bad-1/links/bad-2/unlink",
                JSON.createObjectNode()), 422, "reason");
        assertProblem(service.post(STAFF, "/api/v1/journeys/bad-1/links/bad-3/unlink",
                JSON.createObjectNode().put("reason", "inte samma")), 422, "different associations");
        assertThat(service.post(STAFF, "/api/v1/journeys/bad-1/links/bad-2/unlink",
                JSON.createObjectNode().put("reason", "inte samma")).status()).isEqualTo(201);
        assertProblem(service.post(STAFF, "/api/v1/journeys/bad-1/links/bad-2/unlink",
                JSON.createObjectNode().put("reason", "inte samma")), 409, "not linked");

        assertThat(linkEvents()).as("only the one unlink was stored").isEqualTo(events + 1);
    }

    @Test
    void erasureDestroysThePseudonymAndChangesNoFigureNorManifest() {
        recorded("erase-1", "erase-a", "2025-01-10", EVA);
        post("erase-1", enrolment("e1", "2025-01-20"));
        recorded("erase-2", "erase-b", "2025-05-10", EVA);
        post("erase-2", enrolment("e1", "2025-05-20"));
        String question = "/api/v1/reports/persons?association=erasing&from=2025-01-01&to=2025-12-31";
        JsonNode before = report(question);
        assertThat(before.path("journeys").path("participants").asInt()).isEqualTo(2);
        assertThat(before.path("persons").path("participants").asInt()).isEqualTo(1);

        Answer erased = service.delete(STAFF, "/api/v1/journeys/erase-1/personal-data");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_pseudonym WHERE journey_id = 'erase-1'",
                Integer.class)).isZero();
        JsonNode verified = service.get(ANALYST, "/api/v1/reports/manifests/" + before.path("manifest").asText()
                + "/verify").json();
        assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
        JsonNode after = report(question);
        assertThat(after.path("persons")).isEqualTo(before.path("persons"));
        assertThat(after.path("journeys")).isEqualTo(before.path("journeys"));
    }

    @Test
    void thePersonsReportPutsJourneysAndPersonsSideBySideWithLastYearAndSmallCellProtection() {
        recorded("count-1", "count-a", "2024-02-01", BERTIL);
        post("count-1", enrolment("e1", "2024-02-10"));
        post("count-1", closure("c1", "2024-11-30", "MOVED"));
        recorded("count-2", "count-b", "2025-01-15", BERTIL);
        post("count-2", enrolment("e1", "2025-02-01"));
        recorded("count-3", "count-b", "2025-01-20", null);
        post("count-3", enrolment("e1", "2025-02-02"));
        String question = "/api/v1/reports/persons?association=counting&from=2025-01-01&to=2025-12-31";

        JsonNode report = report(question + "&compare=previous");

        assertThat(report.path("journeys").path("new").asInt()).isEqualTo(2);
        assertThat(report.path("persons").path("new").asInt()).isEqualTo(2);
        assertThat(report.path("previous").path("persons").path("closed").asInt()).isEqualTo(1);
        assertThat(report.path("change").path("persons.participants").asInt()).isEqualTo(1);
        JsonNode suppressed = report(question + "&suppress=3");
        assertThat(suppressed.path("persons").path("participants").isNull()).isTrue();
        assertThat(suppressed.path("suppression").path("cells").toString()).contains("participants.persons");
        assertThat(service.get(ANALYST, "/api/v1/reports/manifests/" + report.path("manifest").asText() + "/verify")
                .json().path("verified").asBoolean()).isTrue();
        Answer manifest = service.get(ANALYST, "/api/v1/reports/manifests/" + report.path("manifest").asText());
        assertThat(manifest.status()).as(manifest.body()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"persons\"", "participants.persons");
        assertProblem(service.get(ANALYST, "/api/v1/reports/persons?initiative=count-a&from=2025-01-01&to=2025-12-31"),
                400, "association");
        assertThat(service.get(ADMIN, "/api/v1/audit/reads?user=" + ANALYST + "&limit=50").body()).contains("persons");
    }

    /** The report once it includes everything recorded so far. */
    private JsonNode report(String question) {
        Answer answer = remember(service.get(ANALYST, question + (question.contains("minPosition") ? ""
                : "&minPosition=" + service.storeHead())));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private Answer linkAs(String user, String journeyId, String other, String reason) {
        ObjectNode body = JSON.createObjectNode().put("journey", other);
        if (reason != null) {
            body.put("reason", reason);
        }
        return service.post(user, "/api/v1/journeys/" + journeyId + "/links", body);
    }

    private void recorded(String journeyId, String initiative, String date, String identityNumber) {
        ObjectNode referral = referral("r1", initiative, date);
        Answer answer = post(journeyId, identityNumber == null ? referral : withNumber(referral, identityNumber));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    private static ObjectNode withNumber(ObjectNode referral, String identityNumber) {
        ((ObjectNode) referral.get("person")).put("personalIdentityNumber", identityNumber);
        return referral;
    }

    private Answer post(String journeyId, ObjectNode record) {
        return remember(service.post(STAFF, "/api/v1/journeys/" + journeyId + "/records", record));
    }

    private JsonNode links(String journeyId) {
        Answer answer = remember(service.get(STAFF, "/api/v1/journeys/" + journeyId + "/links"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private Answer remember(Answer answer) {
        answers.add(answer);
        return answer;
    }

    private int linkEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'PersonLinks'", Integer.class);
    }
}
