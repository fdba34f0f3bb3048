package se.finsam.journey.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
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
 * docs/ledger-api.md, "Reports": the economy, staff, goal and activity reports of two teams and their association,
 * over real HTTP and PostgreSQL, against figures worked out by hand from the records below; last year and the
 * change; small-number protection; CSV; and manifests that verify by recomputing from the events.
 *
 * <p>Team fns: in 2025 participants fns-1, 2, 3 and 5 (new: 1, 2, 3; closed: fns-1 to work, fns-2 to studies); in
 * 2024 fns-4 (closed to work) and fns-5. Team sala: sala-1 in 2025.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerReportsIntegrationTests {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICE = "office";
    private static final String ANALYST = "analyst";
    private static final String YEAR = "from=2025-01-01&to=2025-12-31";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceClientAccess service;
    /** The newest position recorded: every report waits for it (minPosition), so it includes what the test wrote. */
    long position;

    @BeforeAll
    void twoTeamsTheirJourneysAndTheirLedgers() {
        service = ServiceClientAccess.client(port);
        service.initiative("fns", "vastmanland");
        service.initiative("sala", "vastmanland");
        service.user(OFFICE, "OFFICE", "*");
        service.user(ANALYST, "ANALYST", "*");
        service.user("analyst-sala", "ANALYST", "sala");
        List<String> lines = new ArrayList<>();
        journey(lines, "fns-1", "fns", "2025-01-10", "2025-01-20", "2025-06-15", "WORK");
        journey(lines, "fns-2", "fns", "2025-02-01", "2025-02-10", "2025-09-01", "STUDIES");
        journey(lines, "fns-3", "fns", "2025-03-01", "2025-03-05", null, null);
        journey(lines, "fns-4", "fns", "2024-03-01", "2024-03-10", "2024-11-30", "WORK");
        journey(lines, "fns-5", "fns", "2024-05-01", "2024-05-10", null, null);
        journey(lines, "sala-1", "sala", "2025-04-01", "2025-04-10", null, null);
        JsonNode imported = service.importAsAdmin(String.join("\n", lines));
        assertThat(imported.path("rejected").asInt()).as(imported.toString()).isZero();

        String fns = "/api/v1/initiatives/fns/ledger";
        record(OFFICE, fns, allocation("a25", 2025, "ASSOCIATION", "1 000 000"));
        record(OFFICE, fns, allocation("a25m", 2025, "MUNICIPALITY:1982", "200 000"));
        record(OFFICE, fns, cost("c1", "2025-01-01", "2025-03-31", "STAFF", "300 000"));
        record(OFFICE, fns, cost("c2", "2025-04-01", "2025-06-30", "STAFF", "310 000,50"));
        record(OFFICE, fns, cost("c3", "2025-01-01", "2025-03-31", "PREMISES", "20 000"));
        record(OFFICE, fns, allocation("a24", 2024, "ASSOCIATION", "900 000"));
        record(OFFICE, fns, cost("c24", "2024-01-01", "2024-12-31", "STAFF", "850 000"));
        record(OFFICE, fns, LedgerRecordingIntegrationTests.record("position", "p1").put("from", "2025-01-01")
                .put("to", "2025-12-31").put("role", "COACH").put("fte", "2,00").put("persons", 2)
                .put("employer", "MUNICIPALITY:1982").put("coFinancedBy", "MUNICIPALITY:1982").put("coFinancedFte", 1));
        record(OFFICE, fns, LedgerRecordingIntegrationTests.record("position", "p2").put("from", "2025-07-01")
                .put("to", "2025-12-31").put("role", "Socialsekreterare").put("fte", "50 %").put("employer", "MUNICIPALITY:1982"));
        record(OFFICE, fns, LedgerRecordingIntegrationTests.record("activity", "act1").put("kind", "GROUP_PROGRAMME")
                .put("title", "ACT-grupp").put("from", "2025-09-01").put("to", "2025-10-13").put("sessions", 7)
                .put("attendances", 49).put("uniqueParticipants", 9).set("byGender",
                        JSON.createObjectNode().put("WOMAN", 6).put("MAN", 3)));
        record(OFFICE, fns, LedgerRecordingIntegrationTests.record("activity", "act2").put("kind", "INFORMATION_MEETING")
                .put("title", "Informationsträff för handläggare").put("from", "2025-03-05").put("sessions", 1)
                .put("attendances", 25).put("uniqueParticipants", 25));
        record(OFFICE, "/api/v1/initiatives/sala/ledger", allocation("s25", 2025, "ASSOCIATION", "500 000"));
        record(OFFICE, "/api/v1/initiatives/sala/ledger", cost("s1", "2025-01-01", "2025-12-31", "STAFF", "100 000"));
        record(OFFICE, "/api/v1/associations/vastmanland/ledger", allocation("v25", 2025, "REGION", "3 000 000"));
        record(OFFICE, "/api/v1/associations/vastmanland/ledger", cost("v1", "2025-01-01", "2025-12-31", "Kansli", "50 000"));

        Answer definition = service.put(ANALYST, "/api/v1/definitions/fns-tables", """
                {"title": "FNS", "tables": [{"id": "closures-by-cause", "title": "Avslut", "population": "closures",
                 "rows": {"by": "closureCause"}, "values": ["count"]}]}""");
        assertThat(definition.status()).as(definition.body()).isEqualTo(201);
        record(ANALYST, fns, goal("g-work", "Fler till arbete").put("figure", "closures.shares.work").put("target", 40)
                .put("direction", "AT_LEAST"));
        ObjectNode tableGoal = goal("g-table", "Minst en till arbete").put("target", 1).put("direction", "AT_LEAST");
        tableGoal.putObject("tableCell").put("definition", "fns-tables").put("version", 1)
                .put("table", "closures-by-cause").put("cell", "WORK/count");
        record(ANALYST, fns, tableGoal);
        record(ANALYST, fns, goal("g-words", "Utveckla gruppverksamheten"));
        record(ANALYST, fns, LedgerRecordingIntegrationTests.record("goal-assessment", "as1").put("goal", "g-work")
                .put("date", "2025-06-30").put("text", "Bedöms ligga i fas"));
        record(ANALYST, fns, LedgerRecordingIntegrationTests.record("goal-assessment", "as2")
                .put("goal", "g-work").put("date", "2025-12-31").put("text", "Målet nåddes").put("attainment", "REACHED"));
    }

    @Test
    void theEconomyOfATeamIsItsAllocationCostsAndCostsPerParticipantBesideLastYear() {
        JsonNode report = report("economy", "initiative=fns&" + YEAR + "&compare=previous");

        JsonNode total = report.at("/figures/total");
        assertThat(total.path("year").asInt()).isEqualTo(2025);
        assertAmount(total.path("allocated"), "1200000.00");
        assertAmount(total.at("/allocatedByParty/ASSOCIATION"), "1000000.00");
        assertAmount(total.at("/allocatedByParty/MUNICIPALITY:1982"), "200000.00");
        assertAmount(total.path("costs"), "630000.50");
        assertAmount(total.at("/byCostType/STAFF/costs"), "610000.50");
        assertAmount(total.at("/byCostType/PREMISES/costs"), "20000.00");
        assertAmount(total.path("difference"), "569999.50");
        assertAmount(total.path("shareUsed"), "52.5");
        assertThat(total.at("/participants/participants").asInt()).isEqualTo(4);
        assertAmount(total.at("/costPer/participant"), "157500.13");
        assertAmount(total.at("/costPer/newParticipant"), "210000.17");
        assertAmount(total.at("/costPer/closure"), "315000.25");
        assertAmount(total.at("/costPer/greenOutcome"), "315000.25");
        JsonNode before = report.at("/previous/figures/total");
        assertThat(report.at("/previous/period/from").asText()).isEqualTo("2024-01-01");
        assertAmount(before.path("allocated"), "900000.00");
        assertAmount(before.path("shareUsed"), "94.4");
        assertAmount(before.at("/costPer/participant"), "425000.00");
        assertAmount(report.at("/change/total.costs"), "-219999.50");
        assertAmount(report.at("/change/total.shareUsed"), "-41.9");
        assertThat(report.path("position").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(report.path("manifest").asText()).startsWith("m-");
    }

    @Test
    void theAssociationsEconomyIsItsTeamsAndItsOwnAddedUp() {
        JsonNode report = report("economy", "association=vastmanland&" + YEAR);

        assertThat(report.at("/figures/byLedger").fieldNames()).toIterable()
                .containsExactly("initiative:fns", "initiative:sala", "association:vastmanland");
        assertAmount(report.at("/figures/total/allocated"), "4700000.00");
        assertAmount(report.at("/figures/total/costs"), "780000.50");
        assertAmount(report.at("/figures/byLedger/initiative:sala/costs"), "100000.00");
        assertAmount(report.at("/figures/byLedger/association:vastmanland/byCostType/Kansli/costs"), "50000.00");
        assertThat(report.at("/figures/byLedger/association:vastmanland/costPer/participant").isNull()).isTrue();
        assertThat(report.at("/figures/total/participants/participants").asInt()).isEqualTo(5);
        assertAmount(report.at("/figures/total/costPer/participant"), "156000.10");
    }

    @Test
    void theStaffReportWeighsAPositionByTheDaysItCoversAndCountsCoFinancingWithItsPayer() {
        JsonNode total = report("staff", "initiative=fns&" + YEAR).at("/figures/total");

        assertAmount(total.path("fte"), "2.25");
        assertAmount(total.at("/fteByRole/COACH"), "2.00");
        assertAmount(total.at("/fteByRole/SOCIAL_WORKER"), "0.25");
        assertAmount(total.at("/fteByPayer/ASSOCIATION"), "1.25");
        assertAmount(total.at("/fteByPayer/MUNICIPALITY:1982"), "1.00");
        assertThat(total.path("headcount").asInt()).isEqualTo(3);
        assertAmount(total.path("participantsPerFte"), "1.8");
    }

    @Test
    void theActivitiesAreCountedPerKind() {
        JsonNode total = report("activities", "initiative=fns&" + YEAR).at("/figures/total");

        assertThat(total.at("/byKind/GROUP_PROGRAMME/sessions").asInt()).isEqualTo(7);
        assertThat(total.at("/byKind/GROUP_PROGRAMME/women").asInt()).isEqualTo(6);
        assertThat(total.at("/byKind/INFORMATION_MEETING/attendances").asInt()).isEqualTo(25);
        assertThat(total.at("/total/activities").asInt()).isEqualTo(2);
        assertThat(total.at("/total/uniqueParticipants").asInt()).isEqualTo(34);
        assertAmount(total.at("/total/attendancesPerSession"), "9.3");
    }

    @Test
    void smallNumbersOfPersonsAreHiddenForPublicationAndSoAreTheCellsThatWouldRevealThem() {
        JsonNode report = report("activities", "initiative=fns&" + YEAR + "&suppress=10");

        assertThat(report.at("/figures/total/byKind/GROUP_PROGRAMME/uniqueParticipants").isNull()).isTrue();
        assertThat(report.at("/figures/total/byKind/GROUP_PROGRAMME/women").isNull()).isTrue();
        assertThat(report.at("/figures/total/byKind/GROUP_PROGRAMME/sessions").asInt()).isEqualTo(7);
        assertThat(report.at("/figures/total/byKind/INFORMATION_MEETING/uniqueParticipants").isNull()).isTrue();
        List<String> hidden = new ArrayList<>();
        report.at("/suppression/cells").forEach(c -> hidden.add(c.asText()));
        assertThat(hidden).contains("total.byKind.GROUP_PROGRAMME.uniqueParticipants",
                "total.byKind.INFORMATION_MEETING.uniqueParticipants");
        JsonNode economy = report("economy", "initiative=fns&" + YEAR + "&suppress=5");
        assertThat(economy.at("/figures/total/participants/participants").isNull()).isTrue();
        assertThat(economy.at("/figures/total/costPer/participant").isNull()).isTrue();
        assertAmount(economy.at("/figures/total/costs"), "630000.50");
    }

    @Test
    void aGoalsResultIsItsFigureForThePeriodAndTheLatestAssessmentStandsWithTheEarlierKept() {
        JsonNode goals = report("goals", "initiative=fns&" + YEAR + "&compare=previous").at("/figures/goals");
        JsonNode participants = service.getAsAdmin("/api/v1/reports/participants?initiative=fns&" + YEAR);

        JsonNode work = goals.path("initiative:fns/g-work");
        assertThat(work.path("result").decimalValue()).isEqualByComparingTo(participants.at("/closures/shares/work")
                .decimalValue());
        assertAmount(work.path("result"), "50.0");
        assertAmount(work.path("previousResult"), "100.0");
        assertThat(work.path("reached").asBoolean()).isTrue();
        assertThat(work.at("/assessment/text").asText()).isEqualTo("Målet nåddes");
        assertThat(work.at("/assessment/attainment").asText()).isEqualTo("REACHED");
        assertThat(work.path("assessments").size()).isEqualTo(2);
        JsonNode table = goals.path("initiative:fns/g-table");
        assertThat(table.path("result").asInt()).isEqualTo(1);
        assertThat(table.path("reached").asBoolean()).isTrue();
        JsonNode words = goals.path("initiative:fns/g-words");
        assertThat(words.path("result").isNull()).isTrue();
        assertThat(words.path("reached").isNull()).isTrue();
    }

    @Test
    void everyReportsManifestVerifiesByRecomputingFromTheEventsAlone() {
        for (String kind : List.of("economy", "staff", "goals", "activities")) {
            JsonNode report = report(kind, "association=vastmanland&" + YEAR + "&compare=previous");
            String manifest = report.path("manifest").asText();

            JsonNode verified = service.getAsAdmin("/api/v1/reports/manifests/" + manifest + "/verify");

            assertThat(verified.path("verified").asBoolean()).as(kind + ": " + verified).isTrue();
            JsonNode view = service.getAsAdmin("/api/v1/reports/manifests/" + manifest);
            assertThat(view.path("kind").asText()).isEqualTo(kind);
            assertThat(view.path("consistent").asBoolean()).as(view.toString()).isTrue();
            assertThat(view.path("events").asInt()).as(kind).isGreaterThan(view.path("journeys").asInt());
        }
    }

    @Test
    void aManifestStaysVerifiedWhateverIsRecordedLaterAndAnEditedLedgerRecordBreaksIt() {
        JsonNode report = report("economy", "initiative=sala&" + YEAR);
        String manifest = report.path("manifest").asText();
        record(OFFICE, "/api/v1/initiatives/sala/ledger", cost("s-later", "2026-02-01", "2026-02-28", "OTHER", "1 000"));

        assertThat(service.getAsAdmin("/api/v1/reports/manifests/" + manifest + "/verify").path("verified").asBoolean())
                .isTrue();
        String later = report("economy", "initiative=sala&" + YEAR).path("manifest").asText();
        assertThat(later).isNotEqualTo(manifest);
        // Viewing seals it now, before the edit below, which a background sealer would otherwise meet.
        assertThat(service.getAsAdmin("/api/v1/reports/manifests/" + later).path("consistent").asBoolean()).isTrue();

        jdbc.update("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'10000000', '10000001'), 'UTF8') WHERE aggregateidentifier = 'ledger:initiative:sala' "
                + "AND payloadtype LIKE '%CostRecorded' AND convert_from(payload, 'UTF8') LIKE '%\"recordId\":\"s1\"%'");
        JsonNode broken = service.getAsAdmin("/api/v1/reports/manifests/" + manifest + "/verify");
        assertThat(broken.path("verified").asBoolean()).as(broken.toString()).isFalse();
        assertThat(broken.path("eventsHashIdentical").asBoolean()).isFalse();
        assertThat(broken.path("figuresIdentical").asBoolean()).isFalse();
        jdbc.update("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'10000001', '10000000'), 'UTF8') WHERE aggregateidentifier = 'ledger:initiative:sala'");
    }

    @Test
    void asKnownAtAnInstantTheReportLeavesOutWhatWasRecordedLater() throws InterruptedException {
        String before = java.time.Instant.now().toString();
        Thread.sleep(5);
        record(OFFICE, "/api/v1/initiatives/fns/ledger", cost("c-asof", "2025-07-01", "2025-07-31", "OTHER", "7 000"));

        JsonNode then = report("economy", "initiative=fns&" + YEAR + "&asOf=" + before);
        JsonNode now = report("economy", "initiative=fns&" + YEAR);

        assertAmount(now.at("/figures/total/costs"), new BigDecimal(then.at("/figures/total/costs").asText())
                .add(new BigDecimal("7000")).setScale(2).toPlainString());
        record(OFFICE, "/api/v1/initiatives/fns/ledger", LedgerRecordingIntegrationTests.record("retraction", "r-asof")
                .put("retracts", "c-asof").put("reason", "prov"));
    }

    @Test
    void theCsvIsOneRowPerFigureWithLastYearAndTheManifestFirst() {
        Answer csv = service.get(OFFICE, "/api/v1/reports/economy/export.csv?initiative=fns&" + YEAR + "&compare=previous");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF# report economy");
        assertThat(csv.body()).contains("; manifest m-", "figure;value;previous;change",
                "total.costs;630000,50;850000,00;-219999,50", "total.allocatedByParty.MUNICIPALITY:1982;200000,00;0,00;");
        Answer goals = service.get(ANALYST, "/api/v1/reports/goals/export.csv?initiative=fns&" + YEAR);
        assertThat(goals.body()).contains("initiative:fns;g-work;2025;Arbete;Fler till arbete;closures.shares.work;"
                + "AT_LEAST;40,0;50,0;;;yes;Målet nåddes;REACHED");
    }

    @Test
    void readersSeeTheirOwnScopeAndBadQuestionsAreClear4xx() {
        assertProblem(service.get("analyst-sala", "/api/v1/reports/economy?initiative=fns&" + YEAR), 403, "may not read");
        assertProblem(service.get("analyst-sala", "/api/v1/reports/economy?association=vastmanland&" + YEAR), 403,
                "may not read");
        assertThat(service.get("analyst-sala", "/api/v1/reports/staff?initiative=sala&" + YEAR).status()).isEqualTo(200);
        assertProblem(service.get(OFFICE, "/api/v1/reports/economy?initiative=fns&from=2024-07-01&to=2025-06-30"),
                400, "one budget year");
        assertProblem(service.get("analyst-sala", "/api/v1/reports/economy?initiative=nowhere&" + YEAR), 403,
                "may not read");
        assertProblem(service.get("admin", "/api/v1/reports/economy?initiative=nowhere&" + YEAR), 404, "does not exist");
        assertProblem(service.get(OFFICE, "/api/v1/reports/staff?initiative=fns&from=2025-13-01&to=2025-12-31"), 400,
                "not a date");
        assertProblem(service.get(OFFICE, "/api/v1/reports/activities?initiative=fns&" + YEAR + "&suppress=1"), 400,
                "suppress");
        int audited = jdbc.queryForObject("SELECT count(*) FROM read_audit WHERE action = 'ledger-report' "
                + "AND username = 'analyst-sala'", Integer.class);
        assertThat(audited).isPositive();
    }

    private JsonNode report(String kind, String query) {
        Answer answer = service.get(OFFICE, "/api/v1/reports/" + kind + "?" + query + "&minPosition=" + position);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Records, and remembers the newest position so that the next report reads its own writes. */
    private long record(String user, String ledger, ObjectNode record) {
        Answer answer = service.send(user, "POST", ledger + "/records", "application/json", record.toString());
        assertThat(answer.status()).as(record + " → " + answer.body()).isIn(200, 201);
        position = Math.max(position, answer.json().path("position").asLong());
        return position;
    }

    private static void assertAmount(JsonNode value, String expected) {
        assertThat(value.isNumber()).as(value + " is a number").isTrue();
        assertThat(value.decimalValue()).isEqualByComparingTo(expected);
    }

    private static ObjectNode allocation(String id, int year, String party, String amount) {
        return LedgerRecordingIntegrationTests.record("allocation", id).put("year", year).put("financingParty", party)
                .put("amount", amount);
    }

    private static ObjectNode cost(String id, String from, String to, String type, String amount) {
        return LedgerRecordingIntegrationTests.record("cost", id).put("from", from).put("to", to).put("costType", type)
                .put("amount", amount);
    }

    private static ObjectNode goal(String id, String text) {
        return LedgerRecordingIntegrationTests.record("goal", id).put("year", 2025).put("area", "Arbete").put("text", text);
    }

    private static void journey(List<String> lines, String id, String initiative, String referred, String enrolled,
                                String closed, String cause) {
        lines.add(ServiceClientAccess.line(id, "referral", "r", referred, "\"initiative\":\"" + initiative + "\","
                + "\"referringParty\":\"SOCIAL_INSURANCE_AGENCY\",\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1985},"
                + "\"supportBefore\":\"SICKNESS_BENEFIT\""));
        lines.add(ServiceClientAccess.line(id, "enrolment", "e", enrolled, ""));
        if (closed != null) {
            lines.add(ServiceClientAccess.line(id, "closure", "c", closed, "\"cause\":\"" + cause + "\","
                    + "\"supportAfter\":\"NO_PUBLIC_SUPPORT\""));
        }
    }
}
