package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.PASSWORD;
import static se.finsam.journey.api.ServiceClient.assertProblem;
import static se.finsam.journey.api.ServiceClient.assessment;
import static se.finsam.journey.api.ServiceClient.closure;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.record;
import static se.finsam.journey.api.ServiceClient.referral;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;

/**
 * API.md, "Authentication and errors": every kind of bad input gets a problem+json answer with the right status
 * and a detail that names the problem, never a stack trace, and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorAnswersIntegrationTests {

    private static final String STAFF = "staff-fns";
    private static final String OTHER_STAFF = "staff-sala";
    private static final String ANALYST = "analyst-fns";
    private static final String VALID_NUMBER = "191212121212";
    private static final String WRONG_CHECK_DIGIT = "191212121213";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceClient service;

    /** A request, sent by a user with a password (none when the user is null). */
    record Request(String user, String password, String method, String path, String contentType, String body) {
        static Request record(String journeyId, Object body) {
            return by(STAFF, journeyId, body);
        }

        static Request by(String user, String journeyId, Object body) {
            return new Request(user, PASSWORD, "POST", "/api/v1/journeys/" + journeyId + "/records",
                    "application/json", body.toString());
        }

        Request withUser(String otherUser, String otherPassword) {
            return new Request(otherUser, otherPassword, method, path, contentType, body);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Journeys in every state the cases need; sending their records again is a harmless duplicate. */
    @BeforeEach
    void journeysInEveryState() {
        service = new ServiceClient(port);
        service.initiative("fns", "vastmanland");
        service.initiative("sala", "vastmanland");
        service.user(STAFF, "STAFF", "fns");
        service.user(OTHER_STAFF, "STAFF", "sala");
        service.user(ANALYST, "ANALYST", "fns");
        for (String journeyId : new String[] {"referred", "enrolled", "closed"}) {
            store(journeyId, referral("ref", "fns", "2024-01-10"));
        }
        store("enrolled", enrolment("enr", "2024-01-20"));
        store("closed", enrolment("enr", "2024-01-20"));
        store("closed", closure("clo", "2024-05-31", "WORK"));
    }

    static Stream<Arguments> badInput() {
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1).toString();
        return Stream.of(
                bad("malformed JSON is a bad request", new Request(STAFF, PASSWORD, "POST",
                        "/api/v1/journeys/referred/records", "application/json", "{\"type\": \"enrolment\", \"date\": "),
                        400, "not valid JSON"),
                bad("an unknown record type is refused", Request.record("referred",
                        record("transfer", "x1", "2024-02-01")), 422, "'transfer' is not a record type"),
                bad("an unknown gender is refused", Request.record("new-1",
                        spoilt(referral("r", "fns", "2024-01-10"), r -> person(r).put("gender", "FEMALE"))),
                        422, "'FEMALE' is not a gender"),
                bad("an unknown closure cause is refused", Request.record("enrolled",
                        closure("c1", "2024-03-01", "RETIRED")), 422, "'RETIRED' is not a closure cause"),
                bad("a missing field is named", Request.record("new-2",
                        spoilt(referral("r", "fns", "2024-01-10"), r -> r.remove("supportBefore"))),
                        422, "field 'supportBefore' is missing"),
                bad("a field of the wrong type is named", Request.record("new-3",
                        spoilt(referral("r", "fns", "2024-01-10"), r -> person(r).put("birthYear", "1985"))),
                        422, "field 'person.birthYear' must be a whole number"),
                bad("an unknown extra field is named", Request.record("enrolled",
                        enrolment("e2", "2024-01-20").put("room", "B12")), 422, "field 'room' is not a field of an enrolment"),
                bad("a date in the future is refused", Request.record("enrolled",
                        assessment("a1", tomorrow, "BIP", 3)), 422, "is in the future"),
                bad("a date that is not a date is refused", Request.record("enrolled",
                        assessment("a2", "2024-02-30", "BIP", 3)), 422, "'2024-02-30' is not a date"),
                bad("a closure before enrolment conflicts with the journey", Request.record("referred",
                        closure("c2", "2024-03-01", "STUDIES")), 409, "needs an enrolment"),
                bad("a record after closure conflicts with the journey", Request.record("closed",
                        assessment("a3", "2024-06-10", "BIP", 3)), 409, "was closed on 2024-05-31"),
                bad("a second enrolment conflicts with the journey", Request.record("enrolled",
                        enrolment("e3", "2024-02-01")), 409, "already enrolled"),
                bad("a score outside its scale is refused", Request.record("enrolled",
                        assessment("a4", "2024-02-01", "BIP", 7)), 422, "outside the BIP scale 1–5"),
                bad("a free text of 201 characters is refused", Request.record("new-4",
                        referral("r", "fns", "2024-01-10").put("referringUnit", "x".repeat(201))),
                        422, "201 characters long; at most 200"),
                bad("a journeyId shaped like an identity number in the path is refused",
                        Request.record(VALID_NUMBER, referral("r", "fns", "2024-01-10")),
                        422, "looks like a personal identity number"),
                bad("a journeyId shaped like an identity number in the body is refused", Request.record("new-5",
                        referral("r", "fns", "2024-01-10").put("journeyId", "19121212-1212")),
                        422, "personal identity number"),
                bad("a journeyId shaped like an identity number with a plus sign in the body is refused",
                        Request.record("new-9", referral("r", "fns", "2024-01-10").put("journeyId", "19121212+1212")),
                        422, "personal identity number"),
                bad("a journeyId shaped like an identity number in the body of an import line is refused",
                        new Request(STAFF, PASSWORD, "POST", "/api/v1/imports", "application/x-ndjson",
                                referral("r", "fns", "2024-01-10").put("journeyId", VALID_NUMBER).toString()),
                        422, null),
                bad("looking up a journeyId shaped like an identity number does not echo it", new Request(STAFF,
                        PASSWORD, "GET", "/api/v1/journeys/19121212-1212", "application/json", ""), 404, "no journey"),
                bad("a record that is not sent as JSON is unsupported", new Request(STAFF, PASSWORD, "POST",
                        "/api/v1/journeys/19121212-1212/records", "text/plain", "enrolment"), 415, "not supported"),
                bad("an identity number with a wrong check digit is refused", Request.record("new-6",
                        spoilt(referral("r", "fns", "2024-01-10"),
                                r -> person(r).put("personalIdentityNumber", WRONG_CHECK_DIGIT))),
                        422, "wrong check digit"),
                bad("a referral to an initiative that does not exist is refused", new Request(ServiceClient.ADMIN,
                        ServiceClient.ADMIN_PASSWORD, "POST", "/api/v1/journeys/new-7/records", "application/json",
                        referral("r", "nowhere", "2024-01-10").toString()), 422, "initiative 'nowhere' does not exist"),
                bad("an enrolment for a journey that does not exist is not found", Request.record("never-referred",
                        enrolment("e", "2024-01-20")), 404, "has no referral"),
                bad("a request without credentials is unauthorised", Request.record("enrolled",
                        assessment("a5", "2024-02-01", "BIP", 3)).withUser(null, null), 401, "Sign in"),
                bad("a wrong password is unauthorised", Request.record("enrolled",
                        assessment("a6", "2024-02-01", "BIP", 3)).withUser(STAFF, "not-the-password"), 401, "Sign in"),
                bad("an analyst may not record", Request.by(ANALYST, "new-8", referral("r", "fns", "2024-01-10")),
                        403, "may not record journeys of initiative 'fns'"),
                bad("staff of another initiative are answered as for a journey that does not exist",
                        Request.by(OTHER_STAFF, "enrolled", assessment("a7", "2024-02-01", "BIP", 3)), 404,
                        "journey 'enrolled' has no referral"),
                bad("staff of another initiative learn nothing from a referral either", Request.by(OTHER_STAFF,
                        "enrolled", referral("r", "sala", "2024-01-10")), 409, "already has a referral;"),
                bad("staff naming an initiative that does not exist are refused as for another's", Request.by(
                        OTHER_STAFF, "new-10", referral("r", "nowhere", "2024-01-10")), 403,
                        "may not record journeys of initiative 'nowhere'"),
                bad("staff may not create an initiative", new Request(STAFF, PASSWORD, "PUT", "/api/v1/initiatives/mine",
                        "application/json", "{\"name\": \"Mine\", \"association\": \"vastmanland\"}"),
                        403, "only an administrator"),
                bad("staff may not create a user", new Request(STAFF, PASSWORD, "PUT", "/api/v1/users/mallory",
                        "application/json", "{\"password\": \"long-enough-1\", \"roles\": [\"ADMIN\"], "
                                + "\"initiatives\": [\"*\"]}"), 403, "role"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputGetsAProblemAnswerAndStoresNothing(String behaviour, Request request, int status, String detail) {
        long events = count("domainevententry");
        long initiatives = count("initiative");
        long users = count("app_user");

        Answer answer = service.send(request.user(), request.password(), request.method(), request.path(),
                request.contentType(), request.body());

        if (detail == null) {
            assertImportRejection(answer, status);
        } else {
            assertProblem(answer, status, detail);
        }
        assertThat(answer.body()).doesNotContain(VALID_NUMBER, "19121212-1212", "19121212+1212", WRONG_CHECK_DIGIT);
        assertThat(count("domainevententry")).as("events stored").isEqualTo(events);
        assertThat(count("initiative")).as("initiatives stored").isEqualTo(initiatives);
        assertThat(count("app_user")).as("users stored").isEqualTo(users);
    }

    /** An import answers with counts; its one line is rejected with a message naming the problem. */
    private static void assertImportRejection(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().path("rejected").asInt()).isEqualTo(1);
        assertThat(answer.json().path("errors").get(0).path("message").asText())
                .contains("looks like a personal identity number");
        ServiceClient.assertNoStackTrace(answer);
    }

    private static Arguments bad(String behaviour, Request request, int status, String detail) {
        return Arguments.of(behaviour, request, status, detail);
    }

    private static ObjectNode spoilt(ObjectNode record, Consumer<ObjectNode> change) {
        change.accept(record);
        return record;
    }

    private static ObjectNode person(ObjectNode referral) {
        return (ObjectNode) referral.get("person");
    }

    private void store(String journeyId, ObjectNode record) {
        Answer answer = service.post(STAFF, "/api/v1/journeys/" + journeyId + "/records", record);
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
