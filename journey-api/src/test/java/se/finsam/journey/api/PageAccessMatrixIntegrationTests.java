package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.ADMIN;
import static se.finsam.journey.api.ServiceClient.ADMIN_PASSWORD;
import static se.finsam.journey.api.ServiceClient.PASSWORD;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.line;
import static se.finsam.journey.api.ServiceClient.referral;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.organisation.User;
import se.finsam.journey.api.organisation.Users;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;

/**
 * Who may see which page, over real HTTP with a signed-in session: every page of the web app, asked by every
 * kind of caller about its own initiative (alpha) and another one (beta). The rules are those of the API
 * ({@link AccessMatrixIntegrationTests}): a page shows what its endpoint answers and refuses what it refuses.
 * Nobody signed out gets anything but the way to the sign-in form; nobody but staff of the initiative and
 * administrators gets a page with an identity number or a name; a form sent without its CSRF token is refused.
 * Two of the callers had their user changed by an administrator while their session was open: one demoted from staff
 * of alpha to analyst of beta (password kept), whose session acts as that analyst at once, and one switched off,
 * whose session ends at its next request. Another initiative's journey or manifest answers as one that does not
 * exist, and an initiative that does not exist as another one's: the same status and the same message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessMatrixIntegrationTests {

    private static final String OWN = "alpha";
    private static final String OTHER = "beta";
    private static final String NOWHERE = "nowhere";
    private static final String PIN_OWN = "198112189876";
    private static final String NAME_OWN = "Ingrid Eriksdotter";
    private static final String PIN_OTHER = "191212121212";
    private static final String NAME_OTHER = "Tolvan Tolvansson";
    private static final String YEAR = "period=year&year=2024";
    private static final String DATES = "from=2024-01-01&to=2024-12-31";
    private static final String TABLES = "{\"title\": \"Matris\", \"tables\": [{\"id\": \"t\", \"title\": \"T\", "
            + "\"population\": \"participants\", \"rows\": {\"by\": \"gender\"}, \"values\": [\"count\"]}]}";

    enum Who {
        ADMIN, STAFF, ANALYST, AUDITOR, OFFICE, NO_ROLE, SIGNED_OUT, DEMOTED, DISABLED;

        /** The role the session acts with now. */
        Who role() {
            return this == DEMOTED ? ANALYST : this;
        }

        /** The initiative the session's user works with now. */
        String home() {
            return this == DEMOTED ? OTHER : OWN;
        }
    }

    /** Who is let through a page, as for its endpoint in API.md. */
    enum Access {
        SIGNED_IN, JOURNEYS, REPORTS, DEFINITIONS, AUDIT, ADMINISTRATION, MONEY, GOALS, ACTIVITIES;

        boolean lets(Who who) {
            Who role = who.role();
            return switch (this) {
                case SIGNED_IN -> role != Who.SIGNED_OUT;
                case JOURNEYS -> role == Who.ADMIN || role == Who.STAFF;
                case DEFINITIONS -> role == Who.ADMIN || role == Who.ANALYST;
                case REPORTS -> role != Who.SIGNED_OUT && role != Who.NO_ROLE;
                case AUDIT -> role == Who.ADMIN || role == Who.AUDITOR;
                case ADMINISTRATION -> role == Who.ADMIN;
                case MONEY -> role == Who.ADMIN || role == Who.OFFICE;
                case GOALS -> role == Who.ADMIN || role == Who.ANALYST;
                case ACTIVITIES -> role == Who.ADMIN || role == Who.STAFF || role == Who.OFFICE;
            };
        }
    }

    /**
     * A page, and its address for an initiative (null: the page is not about one); {@code refused}: its status for
     * another initiative (404 for a journey or a manifest, which answer as if they did not exist).
     */
    record PageOf(String name, Access access, int refused, Function<String, String> path) {
        PageOf(String name, Access access, Function<String, String> path) {
            this(name, access, 403, path);
        }

        boolean scoped() {
            return path.apply(OWN) != null && !path.apply(OWN).equals(path.apply(OTHER));
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder passwords;

    final Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
    final Map<String, String> manifests = new java.util.HashMap<>();
    final Map<String, String> tableManifests = new java.util.HashMap<>();
    final AtomicInteger cells = new AtomicInteger();

    @BeforeAll
    void twoInitiativesWithNamedJourneys() {
        ServiceClient service = new ServiceClient(port);
        service.initiative(OWN, "north");
        service.initiative(OTHER, "south");
        service.user("staff-alpha", "STAFF", OWN);
        service.user("analyst-alpha", "ANALYST", OWN);
        service.user("auditor-alpha", "AUDITOR", OWN);
        service.user("office-alpha", "OFFICE", OWN);
        users.save(new User("no-role", passwords.encode(PASSWORD), Set.of(), Set.of(User.ALL_INITIATIVES)));
        Answer imported = service.importLines(ADMIN, String.join("\n",
                journey("seen-alpha", OWN, PIN_OWN, NAME_OWN), journey("seen-beta", OTHER, PIN_OTHER, NAME_OTHER)));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String position = imported.json().path("position").asText();
        for (String initiative : List.of(OWN, OTHER)) {
            Answer report = service.get(ADMIN, "/api/v1/reports/participants?initiative=" + initiative + "&" + DATES
                    + "&minPosition=" + position);
            manifests.put(initiative, report.json().path("manifest").asText());
        }
        assertThat(service.put(ADMIN, "/api/v1/definitions/matrix", TABLES).status()).isEqualTo(201);
        for (String initiative : List.of(OWN, OTHER)) {
            Answer tables = service.get(ADMIN, "/api/v1/reports/tables?definition=matrix&initiative=" + initiative
                    + "&" + DATES + "&minPosition=" + position);
            tableManifests.put(initiative, tables.json().path("manifest").asText());
        }
        sessions.put(Who.ADMIN, WebSession.signedIn(port, ADMIN, ADMIN_PASSWORD));
        sessions.put(Who.STAFF, WebSession.signedIn(port, "staff-alpha", PASSWORD));
        sessions.put(Who.ANALYST, WebSession.signedIn(port, "analyst-alpha", PASSWORD));
        sessions.put(Who.AUDITOR, WebSession.signedIn(port, "auditor-alpha", PASSWORD));
        sessions.put(Who.OFFICE, WebSession.signedIn(port, "office-alpha", PASSWORD));
        sessions.put(Who.NO_ROLE, WebSession.signedIn(port, "no-role", PASSWORD));
        sessions.put(Who.SIGNED_OUT, WebSession.anonymous(port));
        // Signed in as staff of alpha; then an administrator demotes one (keeping the password, as the admin page
        // does when it is left empty) and switches the other off, while their sessions are open.
        service.user("demoted", "STAFF", OWN);
        service.user("disabled", "STAFF", OWN);
        sessions.put(Who.DEMOTED, WebSession.signedIn(port, "demoted", PASSWORD));
        sessions.put(Who.DISABLED, WebSession.signedIn(port, "disabled", PASSWORD));
        for (Who who : List.of(Who.DEMOTED, Who.DISABLED)) {
            assertThat(sessions.get(who).get("/app/journeys/seen-alpha").body()).contains(NAME_OWN);
        }
        User demoted = users.find("demoted").orElseThrow();
        users.save(new User("demoted", demoted.passwordHash(), Set.of(Role.ANALYST), Set.of(OTHER)));
        assertThat(service.post(ADMIN, "/api/v1/users/disabled/disable", "").status()).isEqualTo(200);
    }

    private List<PageOf> pages() {
        return List.of(
                new PageOf("start page", Access.SIGNED_IN, i -> "/app"),
                new PageOf("journey list", Access.JOURNEYS, i -> "/app/journeys?initiative=" + i),
                new PageOf("journey timeline", Access.JOURNEYS, 404, i -> "/app/journeys/seen-" + i),
                new PageOf("record form", Access.JOURNEYS, 404, i -> "/app/journeys/seen-" + i + "/records/new?type=assessment"),
                new PageOf("erasure confirmation", Access.JOURNEYS, 404, i -> "/app/journeys/seen-" + i + "/erase"),
                new PageOf("new journey form", Access.JOURNEYS, i -> "/app/journeys/new"),
                new PageOf("import page", Access.JOURNEYS, i -> "/app/imports"),
                new PageOf("import template", Access.JOURNEYS, i -> "/app/imports/template.xlsx"),
                new PageOf("report form", Access.REPORTS, i -> "/app/reports"),
                new PageOf("report", Access.REPORTS, i -> "/app/reports?initiative=" + i + "&" + YEAR),
                new PageOf("report XLSX", Access.REPORTS, i -> "/app/reports/export.xlsx?initiative=" + i + "&" + YEAR),
                new PageOf("report CSV", Access.REPORTS, i -> "/app/reports/export.csv?initiative=" + i + "&" + YEAR),
                new PageOf("report print view", Access.REPORTS, i -> "/app/reports/print?initiative=" + i + "&" + YEAR),
                new PageOf("lineage", Access.REPORTS,
                        i -> "/app/lineage?initiative=" + i + "&" + DATES + "&cell=participants.total"),
                new PageOf("manifest", Access.REPORTS, 404, i -> "/app/manifests/" + manifest(i)),
                new PageOf("restatement", Access.REPORTS, 404,
                        i -> "/app/manifests/" + manifest(i) + "/restatement"),
                new PageOf("table definitions", Access.REPORTS, i -> "/app/tables"),
                new PageOf("table definition", Access.REPORTS, i -> "/app/tables/matrix"),
                new PageOf("table versions side by side", Access.REPORTS, i -> "/app/tables/matrix/changes?from=1&to=1"),
                new PageOf("new definition form", Access.DEFINITIONS, i -> "/app/tables/new"),
                new PageOf("new definition as JSON", Access.DEFINITIONS, i -> "/app/tables/new/json"),
                new PageOf("definition form", Access.DEFINITIONS, i -> "/app/tables/matrix/edit"),
                new PageOf("definition as JSON", Access.DEFINITIONS, i -> "/app/tables/matrix/json"),
                new PageOf("tables run form", Access.REPORTS, i -> "/app/tables/matrix/run"),
                new PageOf("tables run", Access.REPORTS, i -> "/app/tables/matrix/run?initiative=" + i + "&" + YEAR),
                new PageOf("tables XLSX", Access.REPORTS, i -> "/app/tables/matrix/export.xlsx?initiative=" + i + "&" + YEAR),
                new PageOf("tables CSV", Access.REPORTS, i -> "/app/tables/matrix/export.csv?initiative=" + i + "&" + YEAR),
                new PageOf("tables print view", Access.REPORTS, i -> "/app/tables/matrix/print?initiative=" + i + "&" + YEAR),
                new PageOf("table cell lineage", Access.REPORTS, i -> "/app/tables/lineage?definition=matrix&table=t"
                        + "&cell=total&initiative=" + i + "&" + DATES),
                new PageOf("table manifest", Access.REPORTS, 404, i -> "/app/manifests/" + tableManifest(i)),
                new PageOf("table manifest restatement", Access.REPORTS, 404,
                        i -> "/app/manifests/" + tableManifest(i) + "/restatement"),
                new PageOf("ledger list", Access.REPORTS, i -> "/app/ledgers"),
                new PageOf("ledger", Access.REPORTS, i -> "/app/ledgers/initiative/" + i),
                new PageOf("allocation form", Access.MONEY, i -> "/app/ledgers/initiative/" + i + "/new?type=allocation"),
                new PageOf("position form", Access.MONEY, i -> "/app/ledgers/initiative/" + i + "/new?type=position"),
                new PageOf("goal form", Access.GOALS, i -> "/app/ledgers/initiative/" + i + "/new?type=goal"),
                new PageOf("activity form", Access.ACTIVITIES, i -> "/app/ledgers/initiative/" + i + "/new?type=activity"),
                new PageOf("finance import page", Access.MONEY, i -> "/app/ledgers/import"),
                new PageOf("economy report form", Access.REPORTS, i -> "/app/ledger-reports/economy"),
                new PageOf("economy report", Access.REPORTS, i -> "/app/ledger-reports/economy?initiative=" + i + "&" + YEAR),
                new PageOf("economy report XLSX", Access.REPORTS,
                        i -> "/app/ledger-reports/economy/export.xlsx?initiative=" + i + "&" + YEAR),
                new PageOf("staff report", Access.REPORTS, i -> "/app/ledger-reports/staff?initiative=" + i + "&" + YEAR),
                new PageOf("goal report", Access.REPORTS, i -> "/app/ledger-reports/goals?initiative=" + i + "&" + YEAR),
                new PageOf("activity report CSV", Access.REPORTS,
                        i -> "/app/ledger-reports/activities/export.csv?initiative=" + i + "&" + YEAR),
                new PageOf("report document form", Access.REPORTS, i -> "/app/report-document"),
                new PageOf("report document with its texts", Access.REPORTS,
                        i -> "/app/report-document?initiative=" + i + "&" + YEAR),
                new PageOf("report document PDF", Access.REPORTS,
                        i -> "/app/report-document/document.pdf?initiative=" + i + "&" + YEAR),
                new PageOf("audit trail and chain", Access.AUDIT, i -> "/app/audit"),
                new PageOf("administration", Access.ADMINISTRATION, i -> "/app/admin"),
                new PageOf("new initiative form", Access.ADMINISTRATION, i -> "/app/admin/initiatives/new"),
                new PageOf("user form", Access.ADMINISTRATION, i -> "/app/admin/users/staff-alpha"),
                new PageOf("read models", Access.ADMINISTRATION, i -> "/app/admin/read-models"));
    }

    @TestFactory
    Stream<DynamicTest> everyCallerOnEveryPage() {
        return pages().stream().flatMap(page -> (page.scoped() ? Stream.of(OWN, OTHER) : Stream.of(OWN))
                .flatMap(initiative -> Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest(
                        who + " " + page.name() + (page.scoped() ? " (" + initiative + ")" : ""),
                        () -> cell(page, initiative, who)))));
    }

    private void cell(PageOf page, String initiative, Who who) {
        cells.incrementAndGet();
        Page answer = sessions.get(who).get(page.path().apply(initiative));
        if (who == Who.SIGNED_OUT || who == Who.DISABLED) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(302);
            assertThat(answer.location()).contains("/login");
            assertThat(answer.body()).doesNotContain(PIN_OWN, NAME_OWN, PIN_OTHER, NAME_OTHER);
            return;
        }
        boolean allowed = page.access().lets(who)
                && (who == Who.ADMIN || !page.scoped() || initiative.equals(who.home()));
        boolean roleRefused = !page.access().lets(who);
        assertThat(answer.status()).as(answer.body()).isEqualTo(allowed ? 200 : roleRefused ? 403 : page.refused());
        if (!allowed) {
            assertThat(answer.body()).as("a refusal is a page that says why").contains("<h1");
        }
        boolean seesPersonalData = who == Who.ADMIN || (who == Who.STAFF && initiative.equals(OWN));
        if (!seesPersonalData) {
            assertThat(answer.body()).doesNotContain(PIN_OWN, NAME_OWN, PIN_OTHER, NAME_OTHER);
        }
    }

    /**
     * To a session of a user who does not work with every initiative, another initiative's page and the page of one
     * that does not exist are the same page: the same status and the same message, but for the name asked about.
     */
    @TestFactory
    Stream<DynamicTest> anotherInitiativesPageAndOneOfNothingThatExistsAreTheSame() {
        return pages().stream().filter(PageOf::scoped).flatMap(page -> Stream.of(Who.STAFF, Who.ANALYST, Who.AUDITOR,
                Who.DEMOTED).map(who -> DynamicTest.dynamicTest(who + " " + page.name(), () -> {
                    String elsewhere = who.home().equals(OWN) ? OTHER : OWN;
                    Page there = sessions.get(who).get(page.path().apply(elsewhere));
                    Page nowhere = sessions.get(who).get(page.path().apply(NOWHERE));

                    assertThat(there.status()).isEqualTo(nowhere.status());
                    assertThat(said(there, elsewhere)).isEqualTo(said(nowhere, NOWHERE));
                })));
    }

    /** The message of an error page, with the names of what was asked about left out. */
    private String said(Page page, String initiative) {
        Matcher message = Pattern.compile("<p class=\"message error\"[^>]*>([^<]*)</p>").matcher(page.body());
        String text = message.find() ? message.group(1) : "(no message)";
        for (String name : List.of(manifest(initiative), tableManifest(initiative), "seen-" + initiative, initiative)) {
            text = text.replace(name, "(asked)");
        }
        return text;
    }

    private String tableManifest(String initiative) {
        return tableManifests.getOrDefault(initiative, "00000000-0000-0000-0000-000000000000");
    }

    private String manifest(String initiative) {
        return manifests.getOrDefault(initiative, "00000000-0000-0000-0000-000000000000");
    }

    @Test
    void staffAndAdministratorsDoSeeTheNamesOnTheTimeline() {
        assertThat(sessions.get(Who.STAFF).get("/app/journeys/seen-alpha").body()).contains(NAME_OWN);
        assertThat(sessions.get(Who.ADMIN).get("/app/journeys/seen-beta").body()).contains(NAME_OTHER);
    }

    @Test
    void aFormSentWithoutItsTokenIsRefusedAndRecordsNothing() {
        Page withoutToken = sessions.get(Who.STAFF).postWithout("/app/journeys/seen-alpha/records",
                "type", "assessment", "date", "2024-03-01", "instrument", "BIP", "score", "3");
        assertThat(withoutToken.status()).isEqualTo(403);
        Page adminWithoutToken = sessions.get(Who.ADMIN).postWithout("/app/admin/initiatives",
                "code", "gamma", "name", "Gamma", "association", "north");
        assertThat(adminWithoutToken.status()).isEqualTo(403);
        assertThat(sessions.get(Who.ADMIN).get("/app/admin").body()).doesNotContain("gamma");
    }

    @Test
    void signedOutFormsGetNoFurtherThanTheSignIn() {
        Page post = sessions.get(Who.SIGNED_OUT).post("/login", "/app/admin/initiatives",
                "code", "delta", "name", "Delta", "association", "north");
        assertThat(post.status()).isIn(302, 403);
        if (post.status() == 302) {
            assertThat(post.location()).endsWith("/login");
        }
    }

    private static String journey(String journeyId, String initiative, String pin, String name) {
        ObjectNode referral = referral("r", initiative, "2024-01-10");
        ((ObjectNode) referral.get("person")).put("personalIdentityNumber", pin).put("name", name);
        return String.join("\n", line(journeyId, referral), line(journeyId, enrolment("e", "2024-01-20")));
    }
}
