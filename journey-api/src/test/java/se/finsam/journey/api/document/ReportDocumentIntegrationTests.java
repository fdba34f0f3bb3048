package se.finsam.journey.api.document;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
import se.finsam.journey.document.SwedishNumbers;
import se.finsam.journey.document.Unit;

/**
 * docs/document-api.md: the section texts as versions, and the report document of a team assembled from its
 * published reports, over real HTTP and PostgreSQL; the Word and PDF files read back with POI and PDFBox, their
 * figures checked against the service's own report answers, and every manifest id verified through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentIntegrationTests {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICE = "office";
    private static final String ANALYST = "analyst-fns";
    private static final String YEAR = "from=2025-01-01&to=2025-12-31";
    private static final String TEXTS = "/api/v1/initiatives/fns/report-texts";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceClientAccess service;

    @BeforeAll
    void aTeamWithJourneysALedgerAndTexts() {
        service = ServiceClientAccess.client(port);
        service.initiative("fns", "vastmanland");
        service.initiative("sala", "vastmanland");
        service.user(OFFICE, "OFFICE", "*");
        service.user(ANALYST, "ANALYST", "fns");
        service.user("analyst-sala", "ANALYST", "sala");
        service.user("staff-fns", "STAFF", "fns");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            journey(lines, "fns-" + i, "fns", "2025-0" + i + "-01", "2025-0" + i + "-10",
                    i <= 3 ? "2025-11-1" + i : null, i <= 2 ? "WORK" : "STUDIES");
        }
        journey(lines, "fns-old", "fns", "2024-02-01", "2024-02-10", "2024-10-01", "WORK");
        journey(lines, "sala-1", "sala", "2025-04-01", "2025-04-10", null, null);
        JsonNode imported = service.importAsAdmin(String.join("\n", lines));
        assertThat(imported.path("rejected").asInt()).as(imported.toString()).isZero();

        String fns = "/api/v1/initiatives/fns/ledger/records";
        record(OFFICE, fns, record("allocation", "a25").put("year", 2025).put("financingParty", "ASSOCIATION")
                .put("amount", "1 000 000"));
        record(OFFICE, fns, record("cost", "c1").put("from", "2025-01-01").put("to", "2025-06-30")
                .put("costType", "STAFF").put("amount", "400 000"));
        record(OFFICE, fns, record("forecast", "f1").put("year", 2025).put("date", "2025-06-30")
                .put("costType", "STAFF").put("amount", "950 000"));
        record(OFFICE, fns, record("position", "p1").put("from", "2025-01-01").put("to", "2025-12-31")
                .put("role", "COACH").put("fte", "2,00").put("persons", 2).put("employer", "MUNICIPALITY:1982"));
        record(OFFICE, fns, record("activity", "act1").put("kind", "GROUP_PROGRAMME").put("title", "ACT-grupp")
                .put("from", "2025-09-01").put("to", "2025-10-13").put("sessions", 7).put("attendances", 49)
                .put("uniqueParticipants", 9));
        record(ANALYST, fns, record("goal", "g-work").put("year", 2025).put("area", "Arbete")
                .put("text", "Fler till arbete").put("figure", "closures.shares.work").put("target", 40)
                .put("direction", "AT_LEAST"));
        record(ANALYST, fns, record("goal-assessment", "as1").put("goal", "g-work").put("date", "2025-12-31")
                .put("text", "Målet nåddes med god marginal").put("attainment", "REACHED"));
    }

    @Test
    void everySaveOfASectionTextIsANewVersionAndTheEarlierOnesStayReadable() {
        assertThat(putText(ANALYST, "verksamheten", "Första versionen.").status()).isEqualTo(201);
        Answer second = putText(ANALYST, "verksamheten", "Andra versionen.\n\n- en punkt\n- en till");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().path("version").asInt()).isEqualTo(2);

        JsonNode versions = service.get("staff-fns", TEXTS + "/verksamheten/versions?" + YEAR).json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("text").asText()).isEqualTo("Första versionen.");
        assertThat(versions.get(0).path("writtenBy").asText()).isEqualTo(ANALYST);
        assertThat(service.get(ANALYST, TEXTS + "/verksamheten/versions/1?" + YEAR).json().path("text").asText())
                .isEqualTo("Första versionen.");
        JsonNode latest = service.get(ANALYST, TEXTS + "?" + YEAR).json();
        assertThat(latest.findValuesAsText("text")).contains("Andra versionen.\n\n- en punkt\n- en till");
        assertThat(jdbcCount("SELECT count(*) FROM report_section_text WHERE section = 'verksamheten'")).isEqualTo(2);
    }

    @Test
    void aTextWithAnIdentityNumberIsRefusedAndNothingIsStored() {
        Answer refused = putText(ANALYST, "avslutning", "Kontakta 19850312-1234 om detta.");

        assertProblem(refused, 422, "identity number");
        assertThat(refused.body()).doesNotContain("19850312");
        assertThat(jdbcCount("SELECT count(*) FROM report_section_text WHERE section = 'avslutning'")).isZero();
    }

    @Test
    void onlyAnalystsAndAdministratorsOfTheTeamWriteAndOtherTeamsReadNothing() {
        assertProblem(putText("staff-fns", "inledning", "Staff may read, not write."), 403, "ANALYST");
        assertProblem(putText("analyst-sala", "inledning", "Another team."), 403, "fns");
        assertProblem(service.get("analyst-sala", TEXTS + "?" + YEAR), 403, "fns");
        assertProblem(putText(ANALYST, "no-such-section", "Text."), 404, "inledning");
        assertProblem(service.get(ANALYST, TEXTS + "?from=2025-13-01&to=2025-12-31"), 400, "from");
        assertProblem(service.send(ANALYST, "PUT", TEXTS + "/inledning?" + YEAR, "application/json",
                "{\"text\": \"\"}"), 422, "text");
    }

    @Test
    void theWordDocumentHoldsTheTeamsTextTheReportsFiguresAndManifestsThatVerify() {
        putText(ANALYST, "inledning", "Teamet har haft ett bra år.\n\n- sju deltagare\n- tre avslut");
        DocumentFiles.Download docx = DocumentFiles.get(port, ANALYST, ServiceClientAccess.password(),
                "/api/v1/reports/document.docx?initiative=fns&" + YEAR);
        assertThat(docx.status()).as(docx.text()).isEqualTo(200);
        assertThat(docx.header("Content-Disposition")).contains("arsrapport-2025-fns.docx");

        String paragraphs = DocumentFiles.wordParagraphs(docx.body());
        assertThat(paragraphs).contains("Årsrapport 2025", "Teamet har haft ett bra år.", "sju deltagare",
                "Tabell 1. Deltagare under perioden", "Måluppfyllelse", "Ekonomiskt utfall och prognos");
        List<String> manifests = Arrays.asList(docx.header("X-Journey-Manifests").split(","));
        assertThat(manifests).hasSize(5);
        for (String manifest : manifests) {
            assertThat(paragraphs).contains("Manifest " + manifest);
            assertThat(service.getAsAdmin("/api/v1/reports/manifests/" + manifest + "/verify").path("verified")
                    .asBoolean()).as(manifest).isTrue();
        }
        JsonNode report = service.get(ANALYST, "/api/v1/reports/participants?initiative=fns&" + YEAR
                + "&compare=previous").json();
        List<DocumentFiles.WordTable> tables = DocumentFiles.wordTables(docx.body());
        assertThat(tables.get(0).row("Deltagare under perioden")).containsExactly("Deltagare under perioden",
                count(report.at("/participants/total")), count(report.at("/previous/participants/total")),
                "+" + (report.at("/participants/total").asInt() - report.at("/previous/participants/total").asInt()));
        JsonNode economy = service.get(OFFICE, "/api/v1/reports/economy?initiative=fns&" + YEAR).json();
        List<String> costs = tables.stream().filter(table -> table.rows().stream()
                .anyMatch(row -> row.get(0).equals("Utfall under perioden"))).findFirst().orElseThrow()
                .row("Utfall under perioden");
        assertThat(costs.get(1)).isEqualTo(SwedishNumbers.format(economy.at("/figures/total/costs").decimalValue(),
                Unit.KRONOR));
        JsonNode goals = service.get(ANALYST, "/api/v1/reports/goals?initiative=fns&" + YEAR).json();
        String goalResult = goals.at("/figures/goals").elements().next().path("result").decimalValue().toString();
        assertThat(tables.stream().flatMap(table -> table.rows().stream())
                .filter(row -> row.get(0).startsWith("Fler till arbete")).findFirst().orElseThrow().get(2))
                .isEqualTo(SwedishNumbers.format(new BigDecimal(goalResult), Unit.PERCENT));
        assertThat(paragraphs).contains("Målet nåddes med god marginal");
        assertThat(jdbcCount("SELECT count(*) FROM read_audit WHERE action = 'export' AND subject LIKE "
                + "'report document%' AND username = '" + ANALYST + "'")).isPositive();
    }

    @Test
    void thePdfHoldsTheSameTablesFiguresAndManifests() {
        DocumentFiles.Download pdf = DocumentFiles.get(port, ANALYST, ServiceClientAccess.password(),
                "/api/v1/reports/document.pdf?initiative=fns&" + YEAR);
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        String text = DocumentFiles.pdfText(pdf.body());
        assertThat(text).contains("Årsrapport 2025", "Deltagare under perioden", "Ekonomiskt utfall och prognos");
        for (String manifest : pdf.header("X-Journey-Manifests").split(",")) {
            assertThat(text.replaceAll("\\s+", "")).contains(manifest);
        }
    }

    @Test
    void anAssociationsDocumentCountsItsPersonsBesideItsJourneysUnderThePersonsReportsManifest() {
        // One person in two of the association's teams: two journeys, one person.
        Answer linked = service.send(ServiceClientAccess.adminUser(), "POST", "/api/v1/journeys/fns-1/links",
                "application/json", "{\"journey\": \"sala-1\", \"reason\": \"samma person, flyttade till Sala\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        service.awaitReadModel(service.storeHead());
        service.user("analyst-all", "ANALYST", "*");

        DocumentFiles.Download docx = DocumentFiles.get(port, "analyst-all", ServiceClientAccess.password(),
                "/api/v1/reports/document.docx?association=vastmanland&" + YEAR);
        assertThat(docx.status()).as(docx.text()).isEqualTo(200);
        JsonNode persons = service.get("analyst-all", "/api/v1/reports/persons?association=vastmanland&" + YEAR
                + "&compare=previous").json();
        assertThat(persons.at("/persons/participants").asInt())
                .isEqualTo(persons.at("/journeys/participants").asInt() - 1);
        DocumentFiles.WordTable table = DocumentFiles.wordTables(docx.body()).stream()
                .filter(t -> t.rows().stream().anyMatch(row -> row.get(0).equals("Deltagare under perioden, personer")))
                .findFirst().orElseThrow();
        assertThat(table.row("Deltagare under perioden, deltaganden").get(1))
                .isEqualTo(count(persons.at("/journeys/participants")));
        assertThat(table.row("Deltagare under perioden, personer").get(1))
                .isEqualTo(count(persons.at("/persons/participants")));
        assertThat(table.row("Nya deltagare, personer").get(2))
                .isEqualTo(count(persons.at("/previous/persons/new")));

        List<String> manifests = Arrays.asList(docx.header("X-Journey-Manifests").split(","));
        assertThat(manifests).hasSize(6);
        String personsManifest = manifests.get(5);
        assertThat(service.getAsAdmin("/api/v1/reports/manifests/" + personsManifest).path("kind").asText())
                .isEqualTo("persons");
        assertThat(DocumentFiles.wordParagraphs(docx.body())).contains("Manifest " + personsManifest);
        assertThat(service.getAsAdmin("/api/v1/reports/manifests/" + personsManifest + "/verify").path("verified")
                .asBoolean()).isTrue();
    }

    @Test
    void smallNumbersAreHiddenWhenAskedAndAChosenTextVersionIsUsed() {
        putText(ANALYST, "personal", "Första texten om personalen.");
        putText(ANALYST, "personal", "Andra texten om personalen.");
        DocumentFiles.Download docx = DocumentFiles.get(port, ANALYST, ServiceClientAccess.password(),
                "/api/v1/reports/document.docx?initiative=fns&" + YEAR + "&suppress=5&textVersion=personal:1");
        assertThat(docx.status()).as(docx.text()).isEqualTo(200);
        String paragraphs = DocumentFiles.wordParagraphs(docx.body());
        assertThat(paragraphs).contains("Första texten om personalen.").doesNotContain("Andra texten om personalen.")
                .contains("färre än 5 personer");
        assertThat(DocumentFiles.wordTables(docx.body()).stream().flatMap(table -> table.rows().stream())
                .flatMap(List::stream)).contains("·");
    }

    @Test
    void aDocumentAsKnownAtAnInstantHasTheTextsWrittenByThen() throws InterruptedException {
        putText(ANALYST, "aktiviteter", "Texten som den var först.");
        String written = service.get(ANALYST, TEXTS + "/aktiviteter/versions/1?" + YEAR).json().path("writtenAt")
                .asText();
        Thread.sleep(20);
        putText(ANALYST, "aktiviteter", "Texten som den blev sedan.");

        String then = DocumentFiles.wordParagraphs(DocumentFiles.get(port, ANALYST, ServiceClientAccess.password(),
                "/api/v1/reports/document.docx?initiative=fns&" + YEAR + "&asOf=" + written).body());
        String now = DocumentFiles.wordParagraphs(DocumentFiles.get(port, ANALYST, ServiceClientAccess.password(),
                "/api/v1/reports/document.docx?initiative=fns&" + YEAR).body());
        assertThat(then).contains("Texten som den var först.").doesNotContain("Texten som den blev sedan.");
        assertThat(now).contains("Texten som den blev sedan.").doesNotContain("Texten som den var först.");
    }

    @Test
    void badQuestionsAreClear4xxProblems() {
        assertDocumentProblem(ANALYST, YEAR, 400, "scope");
        assertDocumentProblem(ANALYST, "initiative=fns&from=2025-01-01", 400, "to");
        assertDocumentProblem(ANALYST, "initiative=fns&" + YEAR + "&suppress=1", 400, "suppress");
        assertDocumentProblem(ANALYST, "initiative=fns&" + YEAR + "&textVersion=inledning", 400, "textVersion");
        assertDocumentProblem(ANALYST, "initiative=fns&" + YEAR + "&textVersion=inledning:9", 400, "no version 9");
        assertDocumentProblem("analyst-sala", "initiative=fns&" + YEAR, 403, "fns");
    }

    private void assertDocumentProblem(String user, String query, int status, String detailNames) {
        DocumentFiles.Download answer = DocumentFiles.get(port, user, ServiceClientAccess.password(),
                "/api/v1/reports/document.pdf?" + query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.text()).contains(detailNames).doesNotContain("Exception");
    }

    private static String count(JsonNode value) {
        return SwedishNumbers.format(BigDecimal.valueOf(value.asLong()), Unit.COUNT);
    }

    private Answer putText(String user, String section, String text) {
        ObjectNode body = JSON.createObjectNode().put("text", text);
        return service.send(user, "PUT", TEXTS + "/" + section + "?" + YEAR, "application/json", body.toString());
    }

    private int jdbcCount(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private void record(String user, String path, ObjectNode record) {
        Answer answer = service.send(user, "POST", path, "application/json", record.toString());
        assertThat(answer.status()).as(record + " → " + answer.body()).isIn(200, 201);
    }

    private static ObjectNode record(String type, String id) {
        return JSON.createObjectNode().put("type", type).put("recordId", id);
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
