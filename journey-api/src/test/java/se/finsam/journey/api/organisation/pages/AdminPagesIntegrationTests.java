package se.finsam.journey.api.organisation.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.nodes.NodeName;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;
import se.finsam.journey.facts.JourneyFactsRebuild;

/** The administrator's pages over real HTTP: who may open them, forms with their field errors, the rebuild. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JourneyFactsRebuild rebuild;
    @Autowired
    NodeName node;

    ServiceClientAccess service;

    @BeforeEach
    void users() {
        service = ServiceClientAccess.client(port);
        service.initiative("sala", "vastmanland");
        service.user("root", "ADMIN");
        service.user("nils", "ANALYST", "sala");
        service.user("greta", "AUDITOR", "*");
    }

    private WebSession signIn(String user) {
        return WebSession.signedIn(port, user, ServiceClientAccess.password());
    }

    @Test
    void onlyAnAdministratorOpensTheAdministrationPages() {
        assertThat(signIn("nils").get("/app/admin").status()).isEqualTo(403);
        WebSession greta = signIn("greta");
        assertThat(greta.get("/app/admin").status()).isEqualTo(403);
        assertThat(greta.get("/app/admin/users/new").status()).isEqualTo(403);
        assertThat(greta.get("/app/admin/read-models").status()).isEqualTo(403);
        assertThat(greta.post("/app/audit", "/app/admin/initiatives", "code", "evil", "name", "Evil",
                "association", "vastmanland").status()).isEqualTo(403);
        assertThat(service.getAsAdmin("/api/v1/initiatives").toString()).doesNotContain("evil");

        Page admin = signIn("root").get("/app/admin");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("Team sala", "vastmanland", "nils", "Analytiker", "Alla insatser")
                .doesNotContain("$2a$", "{bcrypt}");
    }

    @Test
    void anInitiativeIsCreatedAndEditedAndAMistakeIsShownAtItsField() {
        WebSession root = signIn("root");

        Page wrong = root.post("/app/admin/initiatives/new", "/app/admin/initiatives", "code", "Fagersta!", "name",
                "", "association", "vastmanland", "editing", "false");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"code-error\"", "Använd 2–32 tecken", "aria-describedby=\"code-error code-hint\"",
                "id=\"name-error\"", "Fyll i det här fältet.", "value=\"Fagersta!\"");

        Page created = root.post("/app/admin/initiatives/new", "/app/admin/initiatives", "code", "fagersta", "name",
                "Samordningsteam Fagersta", "association", "vastmanland", "editing", "false");
        assertThat(created.status()).isEqualTo(302);
        assertThat(root.get("/app/admin").body()).contains("Insatsen fagersta är skapad.", "Samordningsteam Fagersta");

        Page again = root.post("/app/admin/initiatives/new", "/app/admin/initiatives", "code", "fagersta", "name",
                "Another", "association", "vastmanland", "editing", "false");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("Det finns redan en insats med den koden.");

        assertThat(root.get("/app/admin/initiatives/fagersta").body()).contains("Samordningsteam Fagersta", "readonly");
        assertThat(root.post("/app/admin/initiatives/fagersta", "/app/admin/initiatives", "code", "fagersta", "name",
                "Team Fagersta", "association", "vastmanland", "editing", "true").status()).isEqualTo(302);
        assertThat(service.getAsAdmin("/api/v1/initiatives").toString()).contains("Team Fagersta");
        assertThat(root.get("/app/admin/initiatives/nowhere").status()).isEqualTo(404);
    }

    @Test
    void anInitiativeNameOrAUserNameHoldingAnIdentityNumberIsRefusedAtItsFieldAndNotSaved() {
        WebSession root = signIn("root");

        Page initiative = root.post("/app/admin/initiatives/new", "/app/admin/initiatives", "code", "team-pnr", "name",
                "Team för 811228-9874", "association", "vastmanland", "editing", "false");
        Page user = root.post("/app/admin/users/new", "/app/admin/users", "username", "811228-9874", "password",
                "a-long-enough-password", "roles", "STAFF", "initiatives", "sala", "editing", "false");

        assertThat(initiative.status()).isEqualTo(400);
        assertThat(initiative.body()).contains("id=\"name-error\"", "Får inte innehålla något som liknar ett personnummer");
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.body()).contains("id=\"username-error\"", "Får inte innehålla något som liknar ett personnummer");
        assertThat(service.getAsAdmin("/api/v1/initiatives").toString()).doesNotContain("team-pnr");
        assertThat(service.getAsAdmin("/api/v1/users").toString()).doesNotContain("9874");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        WebSession root = signIn("root");
        assertThat(root.postWithout("/app/admin/initiatives", "code", "forged", "name", "Forged",
                "association", "vastmanland").status()).isEqualTo(403);
        assertThat(root.postWithout("/app/admin/read-models/journey-facts/rebuild").status()).isEqualTo(403);
        assertThat(service.getAsAdmin("/api/v1/initiatives").toString()).doesNotContain("forged");
    }

    @Test
    void aUserIsCreatedWithRolesAndScopeSignsInAndKeepsItsPasswordWhenEdited() {
        WebSession root = signIn("root");

        Page wrong = root.post("/app/admin/users/new", "/app/admin/users", "username", "kim", "password", "short",
                "editing", "false");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("Lösenordet måste ha minst 8 tecken.", "Välj minst en roll.",
                "id=\"password-error\"", "id=\"roles-error\"");

        Page created = root.post("/app/admin/users/new", "/app/admin/users", "username", "kim", "password",
                "kims-long-password", "roles", "STAFF", "initiatives", "sala", "editing", "false");
        assertThat(created.status()).isEqualTo(302);
        assertThat(service.getAsAdmin("/api/v1/users").toString())
                .contains("{\"username\":\"kim\",\"roles\":[\"STAFF\"],\"initiatives\":[\"sala\"],\"disabled\":false}");
        WebSession.signedIn(port, "kim", "kims-long-password");

        assertThat(root.post("/app/admin/users/kim", "/app/admin/users", "username", "kim", "password", "",
                "roles", "ANALYST", "initiatives", "*", "editing", "true").status()).isEqualTo(302);
        assertThat(service.getAsAdmin("/api/v1/users").toString())
                .contains("{\"username\":\"kim\",\"roles\":[\"ANALYST\"],\"initiatives\":[\"*\"],\"disabled\":false}");
        WebSession.signedIn(port, "kim", "kims-long-password");

        assertThat(root.post("/app/admin/users/new", "/app/admin/users", "username", "kim", "password",
                "another-password", "roles", "STAFF", "editing", "false").body())
                .contains("Det finns redan en användare med det namnet.");
        assertThat(root.post("/app/admin/users/new", "/app/admin/users", "username", "lo", "password",
                "a-long-enough-one", "roles", "STAFF", "initiatives", "nowhere", "editing", "false").body())
                .contains("Insatsen nowhere finns inte.");
    }

    @Test
    void theReadModelPageSaysWhichNodeHoldsEachSegment() throws InterruptedException {
        WebSession root = signIn("root");
        // The node announces itself to the others once its balancer has run (within five seconds of the start).
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Page page = root.get("/app/admin/read-models");
        while (!page.body().contains("Noder som räknar nu: " + node.value()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            page = root.get("/app/admin/read-models");
        }
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Noder som räknar nu: " + node.value(), "Anspråket förnyat");
        for (int segment = 0; segment < 4; segment++) {
            assertThat(page.body()).containsPattern("<tr id=\"segment-" + segment + "\">\\s*<th scope=\"row\">"
                    + segment + "</th>\\s*<td>" + node.value() + "</td>");
        }
    }

    @Test
    void aRebuildIsStartedFromThePageAndItsProgressShownUntilDone() {
        service.importAsAdmin(ServiceClientAccess.line("sala-1", "referral", "r", "2025-01-10",
                "\"initiative\":\"sala\",\"referringParty\":\"SELF\",\"supportBefore\":\"UNKNOWN\","
                        + "\"person\":{\"gender\":\"MAN\",\"birthYear\":1990}"));
        WebSession root = signIn("root");

        Page started = root.post("/app/admin/read-models", "/app/admin/read-models/journey-facts/rebuild");
        assertThat(started.status()).isEqualTo(302);
        assertThat(root.post("/app/admin/read-models", "/app/admin/read-models/nothing/rebuild").status())
                .isEqualTo(404);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Page progress = root.get("/app/admin/read-models");
        while (!progress.body().contains("Klar ") && Instant.now().isBefore(deadline)) {
            assertThat(progress.body()).contains("Pågår");
            progress = root.get("/app/admin/read-models");
        }
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.body()).contains("<progress", "händelser per sekund", "Klar ");
        assertThat(progress.refresh()).as("a finished rebuild's page stops reloading").isNull();
    }

    @Test
    void whileARebuildRunsItsPageReloadsItselfAndASecondStartIsRefusedPolitely() throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        rebuild.afterBulkFold(() -> {
            try {
                held.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            WebSession root = signIn("root");
            root.post("/app/admin/read-models", "/app/admin/read-models/journey-facts/rebuild");
            assertThat(root.post("/app/admin/read-models", "/app/admin/read-models/journey-facts/rebuild").status())
                    .isEqualTo(302);
            Page running = root.get("/app/admin/read-models");
            assertThat(running.body()).contains("En omräkning pågår redan", "Pågår", "Sidan uppdateras");
            assertThat(running.refresh()).isEqualTo("2");
        } finally {
            held.countDown();
            rebuild.afterBulkFold(() -> { });
        }
    }
}
