package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.ADMIN;
import static se.finsam.journey.api.ServiceClient.ADMIN_PASSWORD;
import static se.finsam.journey.api.ServiceClient.PASSWORD;
import static se.finsam.journey.api.ServiceClient.assessment;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.line;
import static se.finsam.journey.api.ServiceClient.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.organisation.User;
import se.finsam.journey.api.organisation.Users;

/**
 * Who may do what, over real HTTP: every endpoint of the API, asked by every kind of caller, about its own
 * initiative (alpha), another one (beta) and, where it makes a difference, something that does not exist. Each
 * cell asserts the status and that no answer to anyone but staff of the journey's initiative and administrators
 * holds an identity number or a name. A refused record leaves no trace: not even a key for the journey. To anyone
 * who does not work with every initiative, another initiative's thing and a thing that does not exist get the same
 * answer, status and message alike, so that no answer tells what exists elsewhere.
 * The callers include a user demoted after using their credentials (from staff of alpha to analyst of beta, with the
 * same password) and one switched off after using them: each request acts on the user as stored now.
 * Sign-in limits are lifted: the wrong-password caller fails on purpose, once per endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "journey.login.most-failures-per-user=100000", "journey.login.most-failures-per-address=100000"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

    private static final String OWN = "alpha";
    private static final String OTHER = "beta";
    private static final String PIN_OWN = "198112189876";
    private static final String NAME_OWN = "Ingrid Eriksdotter";
    private static final String PIN_OTHER = "191212121212";
    private static final String NAME_OTHER = "Tolvan Tolvansson";
    private static final String PERIOD = "from=2024-01-01&to=2024-12-31";
    private static final String DEFINITION = "{\"title\": \"Deltagare\", \"tables\": [{\"id\": \"by-gender\", "
            + "\"title\": \"Efter kön\", \"population\": \"participants\", \"rows\": {\"by\": \"gender\"}, "
            + "\"values\": [\"count\"]}]}";
    private static final String TABLES = "definition=everyones&table=by-gender";

    /**
     * The callers: five roles scoped to the own initiative, a user without a role, two without a user, a user demoted
     * from staff of the own initiative to analyst of the other one, and a user switched off.
     */
    enum Who {
        ADMIN, STAFF, ANALYST, AUDITOR, OFFICE, NO_ROLE, NO_CREDENTIALS, WRONG_PASSWORD, DEMOTED, DISABLED;

        /** The role the caller acts with now; null for none. */
        Who role() {
            return switch (this) {
                case ADMIN, STAFF, ANALYST, AUDITOR, OFFICE -> this;
                case DEMOTED -> ANALYST;
                default -> null;
            };
        }

        boolean hasRole() {
            return role() != null;
        }

        /** The initiative the caller works with now. */
        String home() {
            return this == DEMOTED ? OTHER : OWN;
        }

        /** Whether the initiative the target names is the caller's own now. */
        boolean owns(Target target) {
            return (target == Target.OWN_INITIATIVE && home().equals(OWN))
                    || (target == Target.OTHER_INITIATIVE && home().equals(OTHER));
        }
    }

    /** What an endpoint is asked about. */
    enum Target { OWN_INITIATIVE, OTHER_INITIATIVE, NOTHING_THAT_EXISTS, NOT_SCOPED }

    /** Who is let through an endpoint, as API.md gives it. */
    enum Access {
        ADMINISTRATION, RECORDING, JOURNEY_READING, REPORT_READING, DEFINITION_WRITING, AUDIT, ANY_ROLE, SIGNED_IN,
        OPEN, MONEY_RECORDING, GOAL_RECORDING, ACTIVITY_RECORDING;

        /**
         * The status expected; 200 stands for any 2xx. {@code refused}: the answer to a caller about an initiative
         * it does not work with, which is also its answer about something that does not exist; {@code missing}:
         * an administrator's answer about something that does not exist.
         */
        int expected(Who who, Target target, int refused, int missing) {
            if (who == Who.WRONG_PASSWORD || who == Who.DISABLED || (who == Who.NO_CREDENTIALS && this != OPEN)) {
                return 401;
            }
            Who role = who.role();
            boolean allowed = switch (this) {
                case OPEN, SIGNED_IN -> true;
                case ANY_ROLE -> who.hasRole();
                case ADMINISTRATION -> role == Who.ADMIN;
                case RECORDING, JOURNEY_READING -> role == Who.ADMIN || role == Who.STAFF;
                case REPORT_READING -> who.hasRole();
                case DEFINITION_WRITING -> role == Who.ADMIN || role == Who.ANALYST;
                case AUDIT -> role == Who.ADMIN || role == Who.AUDITOR;
                case MONEY_RECORDING -> role == Who.ADMIN || role == Who.OFFICE;
                case GOAL_RECORDING -> role == Who.ADMIN || role == Who.ANALYST;
                case ACTIVITY_RECORDING -> role == Who.ADMIN || role == Who.STAFF || role == Who.OFFICE;
            };
            if (!allowed) {
                return 403;
            }
            if (target == Target.NOT_SCOPED || who.owns(target)) {
                return 200;
            }
            if (who == Who.ADMIN) {
                return target == Target.NOTHING_THAT_EXISTS ? missing : 200;
            }
            return refused;
        }
    }

    /** One request of an endpoint; {@code body} null for none. */
    record Request(String method, String path, String contentType, String body, String newJourneyId) {
        static Request get(String path) {
            return new Request("GET", path, "application/json", "", null);
        }
    }

    /**
     * An endpoint, the targets it is asked about, the answers of {@link Access#expected} for another initiative
     * ({@code refused}) and, to an administrator, for nothing that exists ({@code missing}), and the request for a
     * target.
     */
    record Endpoint(String name, Access access, List<Target> targets, int refused, int missing,
                    Function<Target, Request> request) {
        /** About an initiative: refused as forbidden (403) for another one and for one that does not exist. */
        static Endpoint scoped(String name, Access access, Function<Target, Request> request) {
            return new Endpoint(name, access, List.of(Target.OWN_INITIATIVE, Target.OTHER_INITIATIVE,
                    Target.NOTHING_THAT_EXISTS), 403, 404, request);
        }

        /** About a thing of an initiative: another's answers as one that does not exist (404). */
        static Endpoint owned(String name, Access access, Function<Target, Request> request) {
            return new Endpoint(name, access, List.of(Target.OWN_INITIATIVE, Target.OTHER_INITIATIVE,
                    Target.NOTHING_THAT_EXISTS), 404, 404, request);
        }

        static Endpoint unscoped(String name, Access access, Request request) {
            return new Endpoint(name, access, List.of(Target.NOT_SCOPED), 403, 404, target -> request);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Clock clock;

    ServiceClient service;
    String ownManifest;
    String otherManifest;
    String ownTablesManifest;
    String otherTablesManifest;
    String ownEconomyManifest;
    String otherEconomyManifest;
    String asOf;
    final AtomicInteger cells = new AtomicInteger();

    @BeforeAll
    void twoInitiativesWithJourneysNamedAndNumbered() {
        service = new ServiceClient(port);
        service.initiative(OWN, "north");
        service.initiative(OTHER, "south");
        service.user("staff-alpha", "STAFF", OWN);
        service.user("analyst-alpha", "ANALYST", OWN);
        service.user("auditor-alpha", "AUDITOR", OWN);
        service.user("office-alpha", "OFFICE", OWN);
        // The API refuses a user without a role, but a database edited by hand (or a token) can hold one.
        users.save(new User("no-role", passwords.encode(PASSWORD), Set.of(), Set.of(User.ALL_INITIATIVES)));
        String lines = String.join("\n",
                journey("seen-alpha", OWN, PIN_OWN, NAME_OWN), journey("erase-alpha", OWN, PIN_OWN, NAME_OWN),
                journey("seen-beta", OTHER, PIN_OTHER, NAME_OTHER), journey("erase-beta", OTHER, PIN_OTHER, NAME_OTHER));
        Answer imported = service.importLines(ADMIN, lines);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String position = imported.json().path("position").asText();
        ownManifest = manifestOf(OWN, position);
        otherManifest = manifestOf(OTHER, position);
        Answer definition = service.put(ADMIN, "/api/v1/definitions/everyones", DEFINITION);
        assertThat(definition.status()).as(definition.body()).isEqualTo(201);
        ownTablesManifest = tablesManifestOf(OWN, position);
        otherTablesManifest = tablesManifestOf(OTHER, position);
        ownEconomyManifest = economyManifestOf(OWN, position);
        otherEconomyManifest = economyManifestOf(OTHER, position);
        asOf = clock.instant().toString();
        // Two users who have used their credentials, then changed by an administrator: one demoted, keeping the
        // password (as the admin page does when it is left empty), one switched off.
        service.user("demoted", "STAFF", OWN);
        service.user("disabled", "STAFF", OWN);
        for (String user : List.of("demoted", "disabled")) {
            assertThat(service.get(user, "/api/v1/journeys/seen-alpha").status()).isEqualTo(200);
        }
        User demoted = users.find("demoted").orElseThrow();
        users.save(new User("demoted", demoted.passwordHash(), Set.of(Role.ANALYST), Set.of(OTHER)));
        assertThat(service.post(ADMIN, "/api/v1/users/disabled/disable", "").status()).isEqualTo(200);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerAtEveryEndpoint() {
        return endpoints().stream().flatMap(endpoint -> endpoint.targets().stream().flatMap(target ->
                Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest(
                        who + " " + endpoint.name() + " (" + target + ")", () -> cell(endpoint, target, who)))));
    }

    @Test
    void staffAndAdministratorsDoSeeTheSeededNamesAndNumbers() {
        assertThat(service.get("staff-alpha", "/api/v1/journeys/seen-alpha").body()).contains(PIN_OWN, NAME_OWN);
        assertThat(service.get(ADMIN, "/api/v1/journeys/seen-beta").body()).contains(PIN_OTHER, NAME_OTHER);
    }

    @Test
    void aBearerTokenIsNoCredentialWhileSingleSignOnIsOff() {
        Answer answer = service.get(null, null, "/api/v1/initiatives", "Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.");
        ServiceClient.assertProblem(answer, 401, "Sign in");
    }

    private List<Endpoint> endpoints() {
        List<Target> everyTarget = List.of(Target.OWN_INITIATIVE, Target.OTHER_INITIATIVE, Target.NOTHING_THAT_EXISTS);
        return List.of(
                Endpoint.owned("POST a record to a journey", Access.RECORDING, target -> json("POST",
                        "/api/v1/journeys/" + journey("seen", target) + "/records",
                        assessment(nextId("a"), "2024-03-01", "BIP", 3))),
                new Endpoint("POST the referral of a new journey", Access.RECORDING, everyTarget, 403, 422, target -> {
                    String journeyId = nextId("new");
                    Request post = json("POST", "/api/v1/journeys/" + journeyId + "/records",
                            named(referral("r", code(target), "2024-02-01"), PIN_OWN, NAME_OWN));
                    return new Request(post.method(), post.path(), post.contentType(), post.body(), journeyId);
                }),
                new Endpoint("POST an import", Access.RECORDING, everyTarget, 422, 422, target -> {
                    String journeyId = nextId("imported");
                    return new Request("POST", "/api/v1/imports", "application/x-ndjson", line(journeyId,
                            named(referral("r", code(target), "2024-02-01"), PIN_OWN, NAME_OWN)), journeyId);
                }),
                Endpoint.owned("GET a journey", Access.JOURNEY_READING,
                        target -> Request.get("/api/v1/journeys/" + journey("seen", target))),
                Endpoint.owned("GET a journey's links to the same person", Access.JOURNEY_READING,
                        target -> Request.get("/api/v1/journeys/" + journey("seen", target) + "/links")),
                Endpoint.scoped("GET the persons report of an association", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/persons?association=" + association(target) + "&" + PERIOD)),
                Endpoint.owned("DELETE a journey's personal data", Access.RECORDING, target -> new Request("DELETE",
                        "/api/v1/journeys/" + journey("erase", target) + "/personal-data", "application/json", "", null)),
                Endpoint.scoped("GET the report", Access.REPORT_READING,
                        target -> Request.get("/api/v1/reports/participants?initiative=" + code(target) + "&" + PERIOD)),
                Endpoint.scoped("GET the report of an association", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/participants?association=" + association(target) + "&" + PERIOD)),
                Endpoint.scoped("GET the report as CSV", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/participants/export.csv?initiative=" + code(target) + "&" + PERIOD)),
                Endpoint.scoped("GET restatements", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/participants/restatements?initiative=" + code(target) + "&" + PERIOD
                                + "&asOf=" + asOf)),
                Endpoint.scoped("GET lineage", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/participants/lineage?initiative=" + code(target) + "&" + PERIOD
                                + "&cell=participants.byGender.WOMAN")),
                Endpoint.owned("GET a manifest", Access.REPORT_READING,
                        target -> Request.get("/api/v1/reports/manifests/" + manifest(target))),
                Endpoint.owned("GET a manifest's verification", Access.REPORT_READING,
                        target -> Request.get("/api/v1/reports/manifests/" + manifest(target) + "/verify")),
                Endpoint.owned("POST a manifest's verification", Access.REPORT_READING, target -> new Request("POST",
                        "/api/v1/reports/manifests/" + manifest(target) + "/verify", "application/json", "", null)),
                Endpoint.owned("GET a manifest's restatement", Access.REPORT_READING,
                        target -> Request.get("/api/v1/reports/manifests/" + manifest(target) + "/restatement")),
                Endpoint.unscoped("PUT a table definition", Access.DEFINITION_WRITING, new Request("PUT",
                        "/api/v1/definitions/written-in-the-matrix", "application/json", DEFINITION, null)),
                Endpoint.unscoped("GET the table definitions", Access.ANY_ROLE, Request.get("/api/v1/definitions")),
                Endpoint.unscoped("GET a table definition", Access.ANY_ROLE, Request.get("/api/v1/definitions/everyones")),
                Endpoint.unscoped("GET a table definition's versions", Access.ANY_ROLE,
                        Request.get("/api/v1/definitions/everyones/versions")),
                Endpoint.unscoped("GET a version of a table definition", Access.ANY_ROLE,
                        Request.get("/api/v1/definitions/everyones/versions/1")),
                Endpoint.scoped("GET a definition's tables", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/tables?initiative=" + code(target) + "&" + PERIOD + "&" + TABLES)),
                Endpoint.scoped("GET a table cell's lineage", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/tables/lineage?initiative=" + code(target) + "&" + PERIOD + "&" + TABLES
                                + "&cell=WOMAN")),
                Endpoint.scoped("GET a difference between a table cell and the report", Access.REPORT_READING,
                        target -> Request.get("/api/v1/reports/tables/difference?initiative=" + code(target) + "&"
                                + PERIOD + "&" + TABLES + "&cell=WOMAN&against=national"
                                + "&againstCell=participants.byGender.WOMAN")),
                Endpoint.owned("GET a tables manifest's verification", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/manifests/" + tablesManifest(target) + "/verify")),
                Endpoint.scoped("POST an allocation to an initiative's ledger", Access.MONEY_RECORDING,
                        target -> ledgerRecord("initiatives/" + code(target), "{\"type\": \"allocation\", "
                                + "\"year\": 2024, \"financingParty\": \"ASSOCIATION\", \"amount\": \"1 000\"}")),
                Endpoint.scoped("POST a staff position to an initiative's ledger", Access.MONEY_RECORDING,
                        target -> ledgerRecord("initiatives/" + code(target), "{\"type\": \"position\", "
                                + "\"from\": \"2024-01-01\", \"to\": \"2024-12-31\", \"role\": \"COACH\", "
                                + "\"fte\": 1, \"employer\": \"REGION\"}")),
                Endpoint.scoped("POST a goal to an initiative's ledger", Access.GOAL_RECORDING,
                        target -> ledgerRecord("initiatives/" + code(target), "{\"type\": \"goal\", \"year\": 2024, "
                                + "\"area\": \"Arbete\", \"text\": \"Fler till arbete\"}")),
                Endpoint.scoped("POST an activity to an initiative's ledger", Access.ACTIVITY_RECORDING,
                        target -> ledgerRecord("initiatives/" + code(target), "{\"type\": \"activity\", "
                                + "\"kind\": \"COURSE\", \"title\": \"Kurs\", \"from\": \"2024-03-01\", "
                                + "\"sessions\": 1, \"attendances\": 8, \"uniqueParticipants\": 8}")),
                Endpoint.scoped("POST an allocation to an association's ledger", Access.MONEY_RECORDING,
                        target -> ledgerRecord("associations/" + association(target), "{\"type\": \"allocation\", "
                                + "\"year\": 2024, \"financingParty\": \"REGION\", \"amount\": 5000}")),
                Endpoint.scoped("GET an initiative's ledger", Access.REPORT_READING,
                        target -> Request.get("/api/v1/initiatives/" + code(target) + "/ledger")),
                Endpoint.scoped("GET an association's ledger", Access.REPORT_READING,
                        target -> Request.get("/api/v1/associations/" + association(target) + "/ledger")),
                new Endpoint("POST a finance file", Access.MONEY_RECORDING, everyTarget, 422, 422, target -> new Request(
                        "POST", "/api/v1/ledger/imports", "text/csv", "Insats;Typ;Post-id;År;Kostnadsslag;Belopp\r\n"
                        + code(target) + ";Budget;" + nextId("b") + ";2024;Personal;100", null)),
                Endpoint.unscoped("GET the finance file's template as CSV", Access.ANY_ROLE,
                        Request.get("/api/v1/ledger/imports/template.csv")),
                Endpoint.unscoped("GET the finance file's template as Excel", Access.ANY_ROLE,
                        Request.get("/api/v1/ledger/imports/template.xlsx")),
                Endpoint.scoped("GET the economy report", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/economy?initiative=" + code(target) + "&" + PERIOD)),
                Endpoint.scoped("GET the economy report of an association", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/economy?association=" + association(target) + "&" + PERIOD)),
                Endpoint.scoped("GET the staff report", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/staff?initiative=" + code(target) + "&" + PERIOD)),
                Endpoint.scoped("GET the goal report", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/goals?initiative=" + code(target) + "&" + PERIOD)),
                Endpoint.scoped("GET the activity report", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/activities?initiative=" + code(target) + "&" + PERIOD)),
                Endpoint.scoped("GET the economy report as CSV", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/economy/export.csv?initiative=" + code(target) + "&" + PERIOD)),
                Endpoint.scoped("GET the goal report as CSV", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/goals/export.csv?initiative=" + code(target) + "&" + PERIOD)),
                Endpoint.scoped("GET the report document as PDF", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/document.pdf?initiative=" + code(target) + "&" + PERIOD)),
                Endpoint.scoped("GET the report document of an association as Word", Access.REPORT_READING,
                        target -> Request.get("/api/v1/reports/document.docx?association=" + association(target)
                                + "&" + PERIOD)),
                Endpoint.scoped("GET a report's section texts", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/initiatives/" + code(target) + "/report-texts?" + PERIOD)),
                Endpoint.scoped("GET a section text's versions", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/initiatives/" + code(target) + "/report-texts/inledning/versions?" + PERIOD)),
                Endpoint.scoped("PUT a section text", Access.GOAL_RECORDING, target -> new Request("PUT",
                        "/api/v1/initiatives/" + code(target) + "/report-texts/inledning?" + PERIOD,
                        "application/json", "{\"text\": \"Skrivet i matrisen.\"}", null)),
                Endpoint.owned("GET an economy manifest's verification", Access.REPORT_READING, target -> Request.get(
                        "/api/v1/reports/manifests/" + economyManifest(target) + "/verify")),
                Endpoint.unscoped("PUT an initiative", Access.ADMINISTRATION, new Request("PUT", "/api/v1/initiatives/"
                        + OWN, "application/json", "{\"name\": \"Team alpha\", \"association\": \"north\"}", null)),
                Endpoint.unscoped("GET the initiatives", Access.ANY_ROLE, Request.get("/api/v1/initiatives")),
                new Endpoint("PUT a user", Access.ADMINISTRATION, List.of(Target.NOT_SCOPED), 403, 404, target -> new Request(
                        "PUT", "/api/v1/users/" + nextId("user"), "application/json", "{\"password\": \"" + PASSWORD
                        + "\", \"roles\": [\"ANALYST\"], \"initiatives\": [\"" + OWN + "\"]}", null)),
                Endpoint.unscoped("GET the users", Access.ADMINISTRATION, Request.get("/api/v1/users")),
                Endpoint.unscoped("GET me", Access.SIGNED_IN, Request.get("/api/v1/me")),
                Endpoint.unscoped("GET the read models", Access.ADMINISTRATION, Request.get("/api/v1/admin/read-models")),
                Endpoint.unscoped("GET the audit trail of reads", Access.AUDIT, Request.get("/api/v1/audit/reads")),
                Endpoint.unscoped("GET the event chain's verification", Access.AUDIT, Request.get("/api/v1/audit/verify")),
                Endpoint.unscoped("GET the event chain's head", Access.AUDIT, Request.get("/api/v1/audit/chain-head")),
                Endpoint.unscoped("GET the API's OpenAPI description", Access.SIGNED_IN, Request.get("/v3/api-docs")),
                Endpoint.unscoped("GET health", Access.OPEN, Request.get("/actuator/health")),
                Endpoint.unscoped("GET metrics", Access.ADMINISTRATION, Request.get("/actuator/metrics")),
                // Last: it rebuilds the read model behind every report above.
                Endpoint.unscoped("POST a read model rebuild", Access.ADMINISTRATION,
                        new Request("POST", "/api/v1/admin/read-models/journey-facts/rebuild", "application/json", "",
                                null)));
    }

    /**
     * To everyone who does not work with every initiative, another initiative's thing and a thing that does not exist
     * answer alike: the same status and the same message, but for the name that was asked about.
     */
    @TestFactory
    Stream<DynamicTest> anotherInitiativesThingAndNothingThatExistsAnswerTheSame() {
        return endpoints().stream().filter(endpoint -> endpoint.targets().contains(Target.NOTHING_THAT_EXISTS))
                .flatMap(endpoint -> Stream.of(Who.STAFF, Who.ANALYST, Who.AUDITOR, Who.DEMOTED).map(who ->
                        DynamicTest.dynamicTest(who + " " + endpoint.name(), () -> {
                            Target elsewhere = who.owns(Target.OTHER_INITIATIVE) ? Target.OWN_INITIATIVE
                                    : Target.OTHER_INITIATIVE;
                            Answer there = send(who, endpoint.request().apply(elsewhere));
                            Answer nowhere = send(who, endpoint.request().apply(Target.NOTHING_THAT_EXISTS));

                            assertThat(there.status()).as(there.body() + " / " + nowhere.body())
                                    .isEqualTo(nowhere.status());
                            assertThat(comparable(there, elsewhere)).isEqualTo(comparable(nowhere,
                                    Target.NOTHING_THAT_EXISTS));
                        })));
    }

    /** What an answer says, with the names the request asked about (and the instance path) left out. */
    private String comparable(Answer answer, Target target) {
        JsonNode said = answer.json();
        String text = said.has("errors") ? said.path("errors").path(0).path("message").asText()
                : ((ObjectNode) said.deepCopy()).without("instance").toString();
        List<String> names = new ArrayList<>(List.of(code(target), association(target), journey("seen", target),
                journey("erase", target), manifest(target), tablesManifest(target), economyManifest(target)));
        names.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            text = text.replace(name, "(asked)");
        }
        return text;
    }

    private void cell(Endpoint endpoint, Target target, Who who) {
        cells.incrementAndGet();
        Request request = endpoint.request().apply(target);
        Answer answer = send(who, request);
        int expected = endpoint.access().expected(who, target, endpoint.refused(), endpoint.missing());
        String what = who + " " + request.method() + " " + request.path() + ": " + answer.body();
        if (expected == 200) {
            assertThat(answer.status()).as(what).isBetween(200, 299);
        } else {
            assertThat(answer.status()).as(what).isEqualTo(expected);
        }
        if (expected != 200 && expected != 422) {
            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        }
        if (expected != 200 && request.newJourneyId() != null) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM person_key WHERE journey_id = ?", Integer.class,
                    request.newJourneyId())).as("a key made for a refused record: " + what).isZero();
        }
        if (who != Who.ADMIN && who != Who.STAFF) {
            assertThat(answer.body()).as(what).doesNotContain(PIN_OWN, PIN_OWN.substring(2), NAME_OWN,
                    PIN_OTHER, PIN_OTHER.substring(2), NAME_OTHER);
        }
        if (who == Who.STAFF) {
            assertThat(answer.body()).as(what).doesNotContain(PIN_OTHER, PIN_OTHER.substring(2), NAME_OTHER);
        }
        if (who != Who.ADMIN && endpoint.access() == Access.ANY_ROLE) {
            String others = who.home().equals(OWN) ? OTHER : OWN;
            assertThat(answer.body()).as("another initiative shown: " + what).doesNotContain("\"" + others + "\"");
        }
    }

    private Answer send(Who who, Request request) {
        return switch (who) {
            case ADMIN -> service.send(ADMIN, ADMIN_PASSWORD, request.method(), request.path(), request.contentType(),
                    request.body());
            case NO_CREDENTIALS -> service.send(null, null, request.method(), request.path(), request.contentType(),
                    request.body());
            case WRONG_PASSWORD -> service.send("staff-alpha", "not-the-password", request.method(), request.path(),
                    request.contentType(), request.body());
            case NO_ROLE -> service.send("no-role", PASSWORD, request.method(), request.path(), request.contentType(),
                    request.body());
            case DEMOTED, DISABLED -> service.send(who.name().toLowerCase(), PASSWORD, request.method(), request.path(),
                    request.contentType(), request.body());
            default -> service.send(who.name().toLowerCase() + "-alpha", PASSWORD, request.method(), request.path(),
                    request.contentType(), request.body());
        };
    }

    private String manifestOf(String initiative, String position) {
        Answer report = service.get(ADMIN, "/api/v1/reports/participants?initiative=" + initiative + "&" + PERIOD
                + "&minPosition=" + position);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json().path("manifest").asText();
    }

    private String economyManifestOf(String initiative, String position) {
        Answer economy = service.get(ADMIN, "/api/v1/reports/economy?initiative=" + initiative + "&" + PERIOD
                + "&minPosition=" + position);
        assertThat(economy.status()).as(economy.body()).isEqualTo(200);
        return economy.json().path("manifest").asText();
    }

    private String economyManifest(Target target) {
        return switch (target) {
            case OWN_INITIATIVE -> ownEconomyManifest;
            case OTHER_INITIATIVE -> otherEconomyManifest;
            default -> "00000000-0000-0000-0000-000000000000";
        };
    }

    private Request ledgerRecord(String owner, String record) {
        ObjectNode body;
        try {
            body = (ObjectNode) ServiceClient.JSON.readTree(record);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return json("POST", "/api/v1/" + owner + "/ledger/records", body.put("recordId", nextId("l")));
    }

    private String tablesManifestOf(String initiative, String position) {
        Answer tables = service.get(ADMIN, "/api/v1/reports/tables?initiative=" + initiative + "&" + PERIOD
                + "&definition=everyones&minPosition=" + position);
        assertThat(tables.status()).as(tables.body()).isEqualTo(200);
        return tables.json().path("manifest").asText();
    }

    private static String journey(String journeyId, String initiative, String pin, String name) {
        return String.join("\n", line(journeyId, named(referral("r", initiative, "2024-01-10"), pin, name)),
                line(journeyId, enrolment("e", "2024-01-20")));
    }

    private static ObjectNode named(ObjectNode referral, String pin, String name) {
        ((ObjectNode) referral.get("person")).put("personalIdentityNumber", pin).put("name", name);
        return referral;
    }

    private static Request json(String method, String path, ObjectNode body) {
        return new Request(method, path, "application/json", body.toString(), null);
    }

    private String nextId(String prefix) {
        return prefix + "-" + cells.get() + "-" + System.nanoTime() % 100_000;
    }

    private static String code(Target target) {
        return switch (target) {
            case OTHER_INITIATIVE -> OTHER;
            case NOTHING_THAT_EXISTS -> "nowhere";
            default -> OWN;
        };
    }

    private static String association(Target target) {
        return switch (target) {
            case OTHER_INITIATIVE -> "south";
            case NOTHING_THAT_EXISTS -> "nowhere";
            default -> "north";
        };
    }

    private static String journey(String prefix, Target target) {
        return target == Target.NOTHING_THAT_EXISTS ? "no-such-journey" : prefix + "-" + code(target);
    }

    private String tablesManifest(Target target) {
        return switch (target) {
            case OWN_INITIATIVE -> ownTablesManifest;
            case OTHER_INITIATIVE -> otherTablesManifest;
            default -> "00000000-0000-0000-0000-000000000000";
        };
    }

    private String manifest(Target target) {
        return switch (target) {
            case OWN_INITIATIVE -> ownManifest;
            case OTHER_INITIATIVE -> otherManifest;
            default -> "00000000-0000-0000-0000-000000000000";
        };
    }
}
