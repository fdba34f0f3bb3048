package se.finsam.journey.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.ServiceClientAccess.Answer;

/**
 * docs/ledger-api.md, "Reports", {@code suppress=N}: the ledger reports are published on the one publication path,
 * so they hide small counts of persons the way the participant report does, over real HTTP and PostgreSQL.
 *
 * <p>Team lax in 2025: six participants, all new; four closed, lax-1 to work and lax-2, 3 and 4 to studies; lax-5 and
 * lax-6 still active. One position of 1.00 FTE, one group programme of eight (six women, two men). Two goals: the share
 * closed to work (a figure of the participant report) and the closures to studies (a cell of a defined table).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerSuppressionIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICE = "office";
    private static final String ANALYST = "analyst";
    private static final String YEAR = "initiative=lax&from=2025-01-01&to=2025-12-31";
    private static final String LEDGER = "/api/v1/initiatives/lax/ledger";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceClientAccess service;
    long position;

    @BeforeAll
    void aSmallTeamWithItsLedger() {
        service = ServiceClientAccess.client(port);
        service.initiative("lax", "orebro");
        service.user(OFFICE, "OFFICE", "*");
        service.user(ANALYST, "ANALYST", "*");
        List<String> lines = new ArrayList<>();
        journey(lines, "lax-1", "2025-05-01", "WORK", "NO_PUBLIC_SUPPORT");
        for (int i = 2; i <= 4; i++) {
            journey(lines, "lax-" + i, "2025-06-0" + i, "STUDIES", "STUDENT_FINANCE");
        }
        journey(lines, "lax-5", null, null, null);
        journey(lines, "lax-6", null, null, null);
        JsonNode imported = service.importAsAdmin(String.join("\n", lines));
        assertThat(imported.path("rejected").asInt()).as(imported.toString()).isZero();
        position = imported.path("position").asLong();

        record(OFFICE, LedgerRecordingIntegrationTests.record("allocation", "a").put("year", 2025)
                .put("financingParty", "ASSOCIATION").put("amount", "1 000 000"));
        record(OFFICE, LedgerRecordingIntegrationTests.record("cost", "c").put("from", "2025-01-01")
                .put("to", "2025-12-31").put("costType", "STAFF").put("amount", "400 000"));
        record(OFFICE, LedgerRecordingIntegrationTests.record("position", "p").put("from", "2025-01-01")
                .put("to", "2025-12-31").put("role", "COACH").put("fte", "1,00").put("employer", "ASSOCIATION"));
        record(OFFICE, LedgerRecordingIntegrationTests.record("activity", "act").put("kind", "GROUP_PROGRAMME")
                .put("title", "Grupp").put("from", "2025-09-01").put("sessions", 6).put("attendances", 40)
                .put("uniqueParticipants", 8).set("byGender", JSON.createObjectNode().put("WOMAN", 6).put("MAN", 2)));

        Answer definition = service.put(ANALYST, "/api/v1/definitions/lax-tables", """
                {"title": "Lax", "tables": [{"id": "closures-by-cause", "title": "Avslut", "population": "closures",
                 "rows": {"by": "closureCause"}, "values": ["count"]}]}""");
        assertThat(definition.status()).as(definition.body()).isEqualTo(201);
        record(ANALYST, goal("g-work", "Fler till arbete").put("figure", "closures.shares.work").put("target", 20)
                .put("direction", "AT_LEAST"));
        ObjectNode studies = goal("g-studies", "Fler till studier").put("target", 2).put("direction", "AT_LEAST");
        studies.putObject("tableCell").put("definition", "lax-tables").put("version", 1)
                .put("table", "closures-by-cause").put("cell", "STUDIES/count");
        record(ANALYST, studies);
    }

    @Test
    void aGoalsResultIsHiddenWhereTheFigureOrTableCellItIsTiedToWouldBeHidden() {
        JsonNode shown = report("goals", "");
        assertThat(shown.at("/figures/goals/initiative:lax~1g-work/result").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(shown.at("/figures/goals/initiative:lax~1g-studies/result").asInt()).isEqualTo(3);
        JsonNode table = service.get(ANALYST, "/api/v1/reports/tables?" + YEAR + "&definition=lax-tables&suppress=2"
                + "&minPosition=" + position).json();
        assertThat(table.toString()).as("the table itself hides closures to studies (3) beside those to work (1)")
                .contains("STUDIES/count");

        JsonNode goals = report("goals", "&suppress=2");

        JsonNode work = goals.at("/figures/goals/initiative:lax~1g-work");
        assertThat(work.path("result").isNull()).as("one closure to work under 2: " + work).isTrue();
        assertThat(work.path("reached").isNull()).as("reached would give the share away").isTrue();
        JsonNode studied = goals.at("/figures/goals/initiative:lax~1g-studies");
        assertThat(studied.path("result").isNull()).as("hidden by the table's own secondary rule: " + studied).isTrue();
        assertThat(studied.path("reached").isNull()).isTrue();
        assertThat(hidden(goals)).anyMatch(cell -> cell.contains("g-work")).anyMatch(cell -> cell.contains("g-studies"));
        assertThat(goals.path("manifest").asText()).as("the manifest is that of the whole figures")
                .isEqualTo(shown.path("manifest").asText());
    }

    @Test
    void costsPerPersonAreHiddenWhenWhatTheyAreDividedByIsBelowTheThreshold() {
        JsonNode economy = report("economy", "&suppress=5");

        assertThat(economy.at("/figures/total/participants/participants").asInt()).isEqualTo(6);
        assertThat(economy.at("/figures/total/costPer/participant").isNumber()).isTrue();
        assertThat(economy.at("/figures/total/participants/closures").isNull()).as("four closures").isTrue();
        assertThat(economy.at("/figures/total/costPer/closure").isNull()).isTrue();
        assertThat(economy.at("/figures/total/costs").decimalValue()).isEqualByComparingTo("400000");
        assertThat(hidden(economy)).contains("total.participants.closures", "total.costPer.closure")
                .doesNotContain("total.participants.participants", "total.costPer.participant");

        JsonNode staff = report("staff", "&suppress=7");
        assertThat(staff.at("/figures/total/participants").isNull()).as("six participants").isTrue();
        assertThat(staff.at("/figures/total/participantsPerFte").isNull()).isTrue();
        assertThat(staff.at("/figures/total/fte").decimalValue()).isEqualByComparingTo("1.00");
    }

    @Test
    void anActivitysGendersAreHiddenWhenOneOfThemIsSmall() {
        JsonNode activities = report("activities", "&suppress=3");

        assertThat(activities.at("/figures/total/byKind/GROUP_PROGRAMME/men").isNull()).as("two men").isTrue();
        assertThat(activities.at("/figures/total/byKind/GROUP_PROGRAMME/women").isNull())
                .as("six women would give the two men away beside eight in all").isTrue();
        assertThat(activities.at("/figures/total/byKind/GROUP_PROGRAMME/uniqueParticipants").asInt()).isEqualTo(8);
        assertThat(activities.at("/figures/total/byKind/GROUP_PROGRAMME/sessions").asInt()).isEqualTo(6);
        assertThat(activities.at("/suppression/threshold").asInt()).isEqualTo(3);
    }

    @Test
    void aProtectedExportIsAuditedWithItsThresholdAndManifest() {
        Answer csv = service.get(OFFICE, "/api/v1/reports/staff/export.csv?" + YEAR + "&suppress=7&minPosition="
                + position);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).contains("total.participants;").doesNotContain("total.participants;6");

        String detail = jdbc.queryForObject("SELECT detail::text FROM read_audit WHERE action = 'export' "
                + "AND subject LIKE 'staff %' ORDER BY id DESC LIMIT 1", String.class);
        assertThat(detail).contains("\"format\": \"csv\"", "\"suppress\": 7", "\"manifest\": \"m-");
    }

    private List<String> hidden(JsonNode report) {
        List<String> hidden = new ArrayList<>();
        report.at("/suppression/cells").forEach(c -> hidden.add(c.asText()));
        return hidden;
    }

    private JsonNode report(String kind, String extra) {
        Answer answer = service.get(OFFICE, "/api/v1/reports/" + kind + "?" + YEAR + extra + "&minPosition=" + position);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private void record(String user, ObjectNode record) {
        Answer answer = service.send(user, "POST", LEDGER + "/records", "application/json", record.toString());
        assertThat(answer.status()).as(record + " → " + answer.body()).isIn(200, 201);
        position = Math.max(position, answer.json().path("position").asLong());
    }

    private static ObjectNode goal(String id, String text) {
        return LedgerRecordingIntegrationTests.record("goal", id).put("year", 2025).put("area", "Arbete").put("text", text);
    }

    private static void journey(List<String> lines, String id, String closed, String cause, String supportAfter) {
        lines.add(ServiceClientAccess.line(id, "referral", "r", "2025-01-10", "\"initiative\":\"lax\","
                + "\"referringParty\":\"SOCIAL_INSURANCE_AGENCY\",\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1985},"
                + "\"supportBefore\":\"SICKNESS_BENEFIT\""));
        lines.add(ServiceClientAccess.line(id, "enrolment", "e", "2025-01-20", ""));
        if (closed != null) {
            lines.add(ServiceClientAccess.line(id, "closure", "c", closed, "\"cause\":\"" + cause + "\","
                    + "\"supportAfter\":\"" + supportAfter + "\""));
        }
    }
}
