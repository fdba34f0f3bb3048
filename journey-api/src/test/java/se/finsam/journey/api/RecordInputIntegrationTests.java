package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.ADMIN;
import static se.finsam.journey.api.ServiceClient.JSON;
import static se.finsam.journey.api.ServiceClient.PASSWORD;
import static se.finsam.journey.api.ServiceClient.assertProblem;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.record;
import static se.finsam.journey.api.ServiceClient.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;

/**
 * Input that must not hurt, over real HTTP: an identity number typed into free text (which is not sealed and
 * reaches reports, exports and manifests) is refused in every free-text field, by record and by import, naming the
 * field and never repeating the number; numbers far outside a field's range and dates outside 1900–2100 are a
 * clear 4xx naming the field or parameter, never a 500 or a figure computed from them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordInputIntegrationTests {

    private static final String STAFF = "staff-fns";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceClient service;

    @BeforeEach
    void anInitiativeWithAJourneyInEveryState() {
        service = new ServiceClient(port);
        service.initiative("fns", "vastmanland");
        service.user(STAFF, "STAFF", "fns");
        store("referred", referral("ref", "fns", "2024-01-10"));
        store("enrolled", referral("ref", "fns", "2024-01-10"));
        store("enrolled", enrolment("enr", "2024-01-20"));
    }

    static Stream<Arguments> freeTextWithAnIdentityNumber() {
        return Stream.of(
                Arguments.of("referringUnit", "new-1",
                        referral("r", "fns", "2024-01-10").put("referringUnit", "Handläggare för 19811228-9874")),
                Arguments.of("referringUnit", "enrolled", record("profile-update", "pu", "2024-02-01")
                        .put("referringUnit", "Af Sala, 811228-9874")),
                Arguments.of("reason", "referred", record("referral-withdrawn", "wd", "2024-02-01")
                        .put("reason", "avbröt, pnr 811228 9874")),
                Arguments.of("reason", "enrolled", record("retraction", "rt", "2024-02-01").put("retracts", "enr")
                        .put("reason", "fel person: 198112289874")),
                Arguments.of("purpose", "enrolled", record("consent", "cs", "2024-02-01")
                        .put("purpose", "uppföljning av 19811228+9874")),
                Arguments.of("reason", "enrolled", record("consent-withdrawn", "cw", "2024-02-01")
                        .put("reason", "19 81 12 28 98 74 ville inte längre")));
    }

    @ParameterizedTest(name = "{0} of a {2}")
    @MethodSource("freeTextWithAnIdentityNumber")
    void anIdentityNumberInFreeTextIsRefusedNamingTheFieldWithoutRepeatingTheNumber(String field, String journeyId,
                                                                                    ObjectNode record) {
        int before = events();

        Answer answer = service.post(STAFF, "/api/v1/journeys/" + journeyId + "/records", record);

        assertProblem(answer, 422, "field '" + field + "' holds what looks like a personal identity number");
        assertThat(answer.body()).doesNotContain("9874", "811228");
        Answer imported = service.importLines(STAFF, ServiceClient.line(journeyId, record));
        assertThat(imported.status()).isEqualTo(422);
        assertThat(imported.json().path("errors").get(0).path("message").asText())
                .startsWith("field '" + field + "' holds what looks like a personal identity number");
        assertThat(imported.body()).doesNotContain("9874", "811228");
        assertThat(events()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aRefusalNamesItsFieldACodeAndTheValuesItsDetailNamesBesideTheSameDetail() {
        Answer offScale = service.post(STAFF, "/api/v1/journeys/enrolled/records",
                ServiceClient.assessment("as", "2024-02-01", "SELF_RATED_STEP", 42));
        assertProblem(offScale, 422, "score 42 is outside the SELF_RATED_STEP scale");
        JsonNode rule = offScale.json();
        assertThat(rule.path("rule").asText()).isEqualTo("score-off-scale");
        assertThat(rule.path("code").asText()).isEqualTo("score-off-scale");
        assertThat(rule.path("field").asText()).isEqualTo("score");
        assertThat(rule.path("arguments").path("instrument").asText()).isEqualTo("SELF_RATED_STEP");

        ObjectNode referral = referral("r", "fns", "2024-01-10");
        ((ObjectNode) referral.get("person")).put("gender", "SOMETIMES");
        Answer badCode = service.post(STAFF, "/api/v1/journeys/new-code/records", referral);
        assertProblem(badCode, 422, "field 'person.gender' 'SOMETIMES' is not a gender; expected one of");
        assertThat(badCode.json().path("field").asText()).isEqualTo("person.gender");
        assertThat(badCode.json().path("code").asText()).isEqualTo("not-a-code");
        assertThat(badCode.json().path("arguments").path("list").asText()).isEqualTo("gender");

        Answer missing = service.post(STAFF, "/api/v1/journeys/enrolled/records", record("closure", "c", "2024-02-01")
                .put("supportAfter", "UNKNOWN"));
        assertProblem(missing, 422, "field 'cause' is missing");
        assertThat(missing.json().path("field").asText()).isEqualTo("cause");
        assertThat(missing.json().path("code").asText()).isEqualTo("missing");

        Answer imported = service.importLines(STAFF, ServiceClient.line("new-code", referral));
        JsonNode error = imported.json().path("errors").get(0);
        assertThat(error.path("message").asText()).isEqualTo(badCode.json().path("detail").asText());
        assertThat(error.path("field").asText()).isEqualTo("person.gender");
        assertThat(error.path("code").asText()).isEqualTo("not-a-code");
    }

    @Test
    void ordinaryFreeTextWithDatesAndNumbersIsStored() {
        ObjectNode referral = referral("r", "fns", "2024-01-10").put("referringUnit", "Af Sala rum 12, beslut 2024-01-10");

        assertThat(service.post(STAFF, "/api/v1/journeys/ordinary-1/records", referral).status()).isEqualTo(201);
    }

    static Stream<Arguments> numbersOutOfRange() {
        String referral = referral("r", "fns", "2024-01-10").toString();
        return Stream.of(
                Arguments.of("a score too large to read", "enrolled",
                        "{\"type\":\"assessment\",\"recordId\":\"a1\",\"date\":\"2024-02-01\",\"instrument\":\"BIP\","
                                + "\"score\":1e400}", "field 'score' is a number far outside"),
                Arguments.of("a score far off the scale", "enrolled",
                        "{\"type\":\"assessment\",\"recordId\":\"a2\",\"date\":\"2024-02-01\",\"instrument\":\"BIP\","
                                + "\"score\":1e308}", "score 1E+308 is outside the BIP scale"),
                Arguments.of("years in support too large to read", "new-2",
                        referral.replace("4.5", "1e400"), "field 'yearsInPublicSupport' is a number far outside"),
                Arguments.of("years in support beyond a working life", "new-3",
                        referral.replace("4.5", "1e308"), "yearsInPublicSupport 1E+308 must be a number of years from 0 to 60"),
                Arguments.of("years in support just over sixty", "new-4",
                        referral.replace("4.5", "60.5"), "yearsInPublicSupport 60.5 must be a number of years from 0 to 60"),
                Arguments.of("a birth year too large for a whole number", "new-5",
                        referral.replace("1985", "99999999999"), "field 'person.birthYear' must be a year from 1900 to 2100"),
                Arguments.of("a birth year before 1900", "new-6",
                        referral.replace("1985", "1800"), "field 'person.birthYear' must be a year from 1900 to 2100"),
                Arguments.of("hours a week too large to read", "enrolled",
                        "{\"type\":\"work-training-started\",\"recordId\":\"w1\",\"date\":\"2024-02-01\","
                                + "\"trainingId\":\"t1\",\"sector\":\"PRIVATE\",\"hoursPerWeek\":-1e999}",
                        "field 'hoursPerWeek' is a number far outside"),
                Arguments.of("a date before 1900", "enrolled",
                        "{\"type\":\"assessment\",\"recordId\":\"a3\",\"date\":\"0000-01-01\",\"instrument\":\"BIP\","
                                + "\"score\":3}", "is before 2004-01-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersOutOfRange")
    void numbersAndDatesOutsideTheirFieldsRangeAreRefusedNamingTheField(String behaviour, String journeyId,
                                                                        String body, String detail) {
        int before = events();

        Answer answer = service.send(STAFF, PASSWORD, "POST", "/api/v1/journeys/" + journeyId + "/records",
                "application/json", body);

        assertProblem(answer, 422, detail);
        Answer imported = service.importLines(STAFF, body.replaceFirst("\\{", "{\"journeyId\":\"" + journeyId + "\","));
        assertThat(imported.status()).as(imported.body()).isEqualTo(422);
        assertThat(imported.json().path("errors").get(0).path("message").asText()).containsIgnoringCase(detail);
        assertThat(events()).as("nothing stored").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"from=0000-01-01&to=2024-12-31", "from=2024-01-01&to=9999-12-31",
            "from=1899-12-31&to=2024-12-31", "from=2024-01-01&to=2024-12-31&asOf=0000-01-01T00:00:00Z",
            "from=2024-01-01&to=2024-12-31&asOf=%2B999999999-12-31T23:59:59Z"})
    void reportDatesOutsideTheYears1900To2100AreABadRequestNamingTheParameter(String period) {
        for (String path : List.of("/api/v1/reports/participants", "/api/v1/reports/participants/export.csv",
                "/api/v1/reports/participants/lineage")) {
            Answer answer = service.get(ADMIN, path + "?initiative=fns&" + period + "&cell=participants.total");

            assertProblem(answer, 400, "is outside the dates a report can cover, 1900-01-01 to 2100-12-31");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM report_manifest", Integer.class))
                .as("no manifest made of it").isZero();
    }

    @Test
    void theEarliestAndLatestDaysAReportCanCoverAreAnswered() {
        Answer answer = service.get(ADMIN, "/api/v1/reports/participants?initiative=fns&from=1900-01-01&to=2100-12-31");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode verified = service.get(ADMIN, "/api/v1/reports/manifests/" + answer.json().path("manifest").asText()
                + "/verify").json();
        assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
    }

    @Test
    void theReadTrailCannotBeAskedForDatesOutsideTheYears1900To2100() {
        assertProblem(service.get(ADMIN, "/api/v1/audit/reads?from=0000-01-01T00:00:00Z"), 400,
                "parameter 'from' = '0000-01-01T00:00:00Z' is outside the dates");
        assertProblem(service.get(ADMIN, "/api/v1/audit/reads?to=%2B999999999-12-31T23:59:59Z"), 400,
                "is outside the dates");
    }

    @Test
    void initiativeNamesAndCodesAndUserNamesHoldingAnIdentityNumberAreRefused() {
        Answer name = service.put(ADMIN, "/api/v1/initiatives/team-x",
                JSON.createObjectNode().put("name", "Team för 811228-9874").put("association", "vastmanland"));
        Answer code = service.put(ADMIN, "/api/v1/initiatives/811228-9874",
                JSON.createObjectNode().put("name", "Team X").put("association", "vastmanland"));
        Answer user = service.put(ADMIN, "/api/v1/users/811228-9874",
                JSON.createObjectNode().put("password", PASSWORD).set("roles", JSON.createArrayNode().add("STAFF")));

        assertProblem(name, 400, "field 'name' holds what looks like a personal identity number");
        assertProblem(code, 400, "must not look like a personal identity number");
        assertProblem(user, 400, "looks like it holds a personal identity number");
        assertThat(name.body() + code.body() + user.body()).doesNotContain("9874");
        assertThat(service.get(ADMIN, "/api/v1/initiatives").body()).doesNotContain("team-x", "9874");
    }

    private int events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Integer.class);
    }

    private void store(String journeyId, ObjectNode record) {
        Answer answer = service.post(STAFF, "/api/v1/journeys/" + journeyId + "/records", record);
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
    }
}
