package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.ADMIN;
import static se.finsam.journey.api.ServiceClient.ADMIN_PASSWORD;
import static se.finsam.journey.api.ServiceClient.JSON;
import static se.finsam.journey.api.ServiceClient.PASSWORD;
import static se.finsam.journey.api.ServiceClient.assertProblem;
import static se.finsam.journey.api.ServiceClient.assessment;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.line;
import static se.finsam.journey.api.ServiceClient.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;

/**
 * A web session acts on the user as stored now: an administrator's change of a user's roles, initiatives or password,
 * or switching the user off, holds for that user's open browser session at its very next request, as it does for
 * HTTP Basic. A user switched off cannot sign in at all, is told why, and keeps their name on what they recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsFollowTheStoredUserIntegrationTests {

    private static final String PIN = "198112189876";
    private static final String NAME = "Ingrid Eriksdotter";
    private static final String FORM = "/app/journeys/a-0003/records/new?type=assessment";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    ServiceClient service;

    @BeforeAll
    void twoInitiativesAndANamedJourney() {
        service = new ServiceClient(port);
        service.initiative("ina", "east");
        service.initiative("inb", "west");
        ObjectNode named = referral("r", "ina", "2024-01-10");
        ((ObjectNode) named.get("person")).put("personalIdentityNumber", PIN).put("name", NAME);
        Answer imported = service.importLines(ADMIN, String.join("\n", line("a-0050", named),
                line("a-0050", enrolment("e", "2024-01-20")), line("a-0003", referral("r", "ina", "2024-01-10")),
                line("a-0003", enrolment("e", "2024-01-20"))));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    @Test
    void aUserDemotedWithANewPasswordHasTheOpenSessionEndedBeforeItReadsOrRecordsAgain() {
        service.user("temp1", "STAFF", "ina");
        WebSession temp1 = WebSession.signedIn(port, "temp1", PASSWORD);
        assertThat(temp1.get("/app/journeys/a-0050").body()).contains(NAME);
        String csrf = WebSession.csrf(temp1.get(FORM).body());
        int records = records("a-0003").size();

        Answer changed = service.put(ADMIN, "/api/v1/users/temp1", user("another-long-password", "ANALYST", "inb"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        Page recorded = temp1.postWith(csrf, "/app/journeys/a-0003/records", "type", "assessment",
                "date", "2024-03-01", "instrument", "BIP", "score", "3");
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(recorded.location()).endsWith("/login?ended");
        assertThat(records("a-0003")).as("nothing recorded").hasSize(records);
        Page read = temp1.get("/app/journeys/a-0050");
        assertThat(read.status()).isEqualTo(302);
        assertThat(read.location()).endsWith("/login");
        assertThat(read.body()).doesNotContain(NAME, PIN);
        assertThat(service.get("temp1", PASSWORD, "/api/v1/me").status()).as("the old password").isEqualTo(401);
    }

    @Test
    void aUserDemotedWithoutAPasswordChangeKeepsTheSessionWithTheNewRolesAtOnce() {
        service.user("temp2", "STAFF", "ina");
        WebSession temp2 = WebSession.signedIn(port, "temp2", PASSWORD);
        String csrf = WebSession.csrf(temp2.get(FORM).body());
        int records = records("a-0003").size();
        WebSession admin = WebSession.signedIn(port, ADMIN, ADMIN_PASSWORD);

        Page saved = admin.post("/app/admin/users/temp2", "/app/admin/users", "username", "temp2", "password", "",
                "roles", "ANALYST", "initiatives", "inb", "editing", "true");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        Page read = temp2.get("/app/journeys/a-0050");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.body()).doesNotContain(NAME, PIN);
        Page recorded = temp2.postWith(csrf, "/app/journeys/a-0003/records", "type", "assessment",
                "date", "2024-03-01", "instrument", "BIP", "score", "3");
        assertThat(recorded.status()).isEqualTo(403);
        assertThat(records("a-0003")).as("nothing recorded").hasSize(records);
        assertThat(temp2.get("/app/reports?initiative=inb&period=year&year=2024").status()).isEqualTo(200);
        assertThat(temp2.get("/app/reports?initiative=ina&period=year&year=2024").status()).isEqualTo(403);
    }

    @Test
    void aUserSwitchedOffIsRefusedEverywhereToldWhyAndKeepsTheirNameOnWhatTheyRecorded() {
        service.user("temp3", "STAFF", "ina");
        Answer stored = service.post("temp3", "/api/v1/journeys/a-0003/records",
                assessment("by-temp3", "2024-02-01", "BIP", 2));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        WebSession temp3 = WebSession.signedIn(port, "temp3", PASSWORD);

        Answer off = service.post(ADMIN, "/api/v1/users/temp3/disable", "");

        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().path("disabled").asBoolean()).isTrue();
        Page ended = temp3.get("/app/journeys/a-0003");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.location()).endsWith("/login?ended");
        assertThat(temp3.follow(ended).body()).contains("Din session har avslutats");
        assertProblem(service.get("temp3", "/api/v1/me"), 401, "switched off");
        assertProblem(service.get("temp3", "not-the-password", "/api/v1/me"), 401, "Sign in with the user name");
        Page signIn = WebSession.anonymous(port).post("/login", "/login", "username", "temp3", "password", PASSWORD);
        assertThat(signIn.location()).endsWith("/login?disabled");
        assertThat(WebSession.anonymous(port).follow(signIn).body()).contains("Användaren är avstängd");
        assertThat(records("a-0003")).anySatisfy(record -> {
            assertThat(record.path("recordId").asText()).isEqualTo("by-temp3");
            assertThat(record.path("recordedBy").asText()).isEqualTo("temp3");
        });
        Answer sentAgain = service.put(ADMIN, "/api/v1/users/temp3", user(PASSWORD, "STAFF", "ina"));
        assertThat(sentAgain.json().path("disabled").asBoolean()).as("a PUT does not switch on").isTrue();

        Answer on = service.post(ADMIN, "/api/v1/users/temp3/enable", "");

        assertThat(on.json().path("disabled").asBoolean()).isFalse();
        assertThat(service.get("temp3", "/api/v1/me").status()).isEqualTo(200);
        assertThat(WebSession.signedIn(port, "temp3", PASSWORD).get("/app").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorSwitchesAUserOffAndOnFromTheAdministrationPageAfterConfirming() {
        service.user("temp4", "STAFF", "ina");
        WebSession temp4 = WebSession.signedIn(port, "temp4", PASSWORD);
        WebSession admin = WebSession.signedIn(port, ADMIN, ADMIN_PASSWORD);
        assertThat(admin.get("/app/admin").body()).contains("/app/admin/users/temp4/disable")
                .doesNotContain("/app/admin/users/admin/disable");

        Page confirm = admin.get("/app/admin/users/temp4/disable");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("Stäng av användaren temp4");
        Page done = admin.postWith(WebSession.csrf(confirm.body()), "/app/admin/users/temp4/disable");

        assertThat(done.status()).isEqualTo(302);
        assertThat(admin.follow(done).body()).contains("Användaren temp4 är avstängd.")
                .contains("/app/admin/users/temp4/enable");
        assertThat(temp4.get("/app").location()).endsWith("/login?ended");

        Page on = admin.post("/app/admin/users/temp4/enable", "/app/admin/users/temp4/enable");

        assertThat(on.status()).isEqualTo(302);
        assertThat(WebSession.signedIn(port, "temp4", PASSWORD).get("/app").status()).isEqualTo(200);
    }

    @Test
    void nobodySwitchesOffTheirOwnUserOrOneThatDoesNotExistAndOnlyAdministratorsSwitchAtAll() {
        service.user("temp5", "STAFF", "ina");

        assertProblem(service.post(ADMIN, "/api/v1/users/admin/disable", ""), 400, "your own user");
        assertProblem(service.post(ADMIN, "/api/v1/users/nobody-at-all/disable", ""), 404, "no user");
        assertProblem(service.post(ADMIN, "/api/v1/users/nobody-at-all/enable", ""), 404, "no user");
        assertThat(service.post("temp5", "/api/v1/users/temp5/disable", "").status()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, ADMIN, ADMIN_PASSWORD).get("/app/admin/users/admin/disable").status())
                .isEqualTo(400);
        assertThat(WebSession.signedIn(port, "temp5", PASSWORD).get("/app/admin/users/temp5/disable").status())
                .isEqualTo(403);
        assertThat(service.get(ADMIN, "/api/v1/me").status()).isEqualTo(200);
    }

    private List<JsonNode> records(String journeyId) {
        Answer journey = service.get(ADMIN, "/api/v1/journeys/" + journeyId);
        assertThat(journey.status()).as(journey.body()).isEqualTo(200);
        List<JsonNode> records = new ArrayList<>();
        journey.json().path("records").forEach(records::add);
        return records;
    }

    private static ObjectNode user(String password, String role, String initiative) {
        ObjectNode user = JSON.createObjectNode().put("password", password);
        user.putArray("roles").add(role);
        user.putArray("initiatives").add(initiative);
        return user;
    }
}
