package se.finsam.journey.api.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.journey.api.ServiceClientAccess.assertProblem;
import static se.finsam.journey.api.ServiceClientAccess.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import se.finsam.journey.api.reports.Scenarios;

/**
 * API.md, "Table definitions", over real HTTP and PostgreSQL: versions are stored only when the content changes,
 * kept as they were (the database refuses to change them), hashed over their canonical JSON; every mistake of a
 * document is answered 422 at its pointer with nothing stored; analysts and administrators write, every role
 * reads; writing is in the read audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableDefinitionsIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = """
            {"title": "Avslut", "tables": [{"id": "closures", "title": "Avslut efter orsak och kön",
             "population": "closures", "rows": {"by": "closureCause"}, "columns": {"by": "gender"},
             "values": ["count", "shareOfColumn"]}]}""";
    /** The same content, keys in another order and laid out otherwise. */
    private static final String SAME_CONTENT = "{\"tables\":[{\"values\":[\"count\",\"shareOfColumn\"],\"title\":"
            + "\"Avslut efter orsak och kön\",\"rows\":{\"by\":\"closureCause\"},\"population\":\"closures\","
            + "\"id\":\"closures\",\"columns\":{\"by\":\"gender\"}}],\n\n   \"title\":\"Avslut\"}";
    private static final String CANONICAL = "{\"tables\":[{\"columns\":{\"by\":\"gender\"},\"id\":\"closures\","
            + "\"population\":\"closures\",\"rows\":{\"by\":\"closureCause\"},\"title\":\"Avslut efter orsak och kön\","
            + "\"values\":[\"count\",\"shareOfColumn\"]}],\"title\":\"Avslut\"}";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void usersOfEveryRole() {
        client(port).initiative("sala", "vastmanland");
        client(port).user("analyst", "ANALYST", "sala");
        client(port).user("staff", "STAFF", "sala");
        client(port).user("auditor", "AUDITOR", "sala");
    }

    @Test
    void aDefinitionIsStoredAsVersionOneWithTheHashOfItsCanonicalJsonAndWhoStoredIt() throws Exception {
        Answer stored = put("analyst", "stored-once", DOCUMENT);

        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        JsonNode version = stored.json();
        assertThat(version.path("id").asText()).isEqualTo("stored-once");
        assertThat(version.path("version").asInt()).isEqualTo(1);
        assertThat(version.path("sha256").asText()).isEqualTo(sha256(CANONICAL));
        assertThat(version.path("createdBy").asText()).isEqualTo("analyst");
        assertThat(version.path("createdAt").asText()).isNotBlank();
        JsonNode latest = get("staff", "/api/v1/definitions/stored-once").json();
        assertThat(latest.path("document")).isEqualTo(JSON.readTree(CANONICAL));
        assertThat(JSON.writeValueAsString(latest.path("document"))).isEqualTo(CANONICAL);
        assertThat(get("auditor", "/api/v1/definitions").json().findValuesAsText("id")).contains("stored-once");
    }

    @Test
    void theSameContentAgainIsTheLatestVersionUnchangedWhateverItsLayout() {
        JsonNode first = put("analyst", "same-again", DOCUMENT).json();
        Answer again = put(ServiceClientAccess.adminUser(), "same-again", SAME_CONTENT);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("version").asInt()).isEqualTo(1);
        assertThat(again.json().path("sha256").asText()).isEqualTo(first.path("sha256").asText());
        assertThat(again.json().path("createdBy").asText()).as("the version as stored").isEqualTo("analyst");
        assertThat(get("analyst", "/api/v1/definitions/same-again/versions").json()).hasSize(1);
    }

    @Test
    void changedContentIsTheNextVersionAndTheEarlierOneIsKeptAsItWas() {
        put("analyst", "changed", DOCUMENT);
        Answer second = put("analyst", "changed", DOCUMENT.replace("\"Avslut\"", "\"Avslut (ny)\""));
        Answer third = put("analyst", "changed", DOCUMENT.replace("closureCause", "standardOutcome"));

        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().path("version").asInt()).isEqualTo(2);
        assertThat(third.json().path("version").asInt()).isEqualTo(3);
        JsonNode first = get("analyst", "/api/v1/definitions/changed/versions/1").json();
        assertThat(first.path("document").path("title").asText()).isEqualTo("Avslut");
        assertThat(first.path("document").toString()).contains("closureCause").doesNotContain("standardOutcome");
        assertThat(get("analyst", "/api/v1/definitions/changed").json().path("version").asInt()).isEqualTo(3);
        assertThat(get("analyst", "/api/v1/definitions/changed/versions").json().findValuesAsText("version"))
                .containsExactly("1", "2", "3");
        JsonNode listed = null;
        for (JsonNode definition : get("analyst", "/api/v1/definitions").json()) {
            listed = definition.path("id").asText().equals("changed") ? definition : listed;
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("version").asInt()).isEqualTo(3);
        assertThat(listed.path("title").asText()).isEqualTo("Avslut");
    }

    @Test
    void writersAtTheSameMomentGetDistinctVersions() {
        List<CompletableFuture<Answer>> writes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String document = DOCUMENT.replace("\"Avslut\"", "\"Avslut " + i + "\"");
            writes.add(CompletableFuture.supplyAsync(() -> put("analyst", "at-once", document)));
        }

        List<Integer> versions = writes.stream().map(CompletableFuture::join).peek(answer ->
                assertThat(answer.status()).as(answer.body()).isEqualTo(201))
                .map(answer -> answer.json().path("version").asInt()).sorted().toList();
        assertThat(versions).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void everyRefusedDocumentOfTheAcceptanceSuiteIs422AtItsPointerAndNothingIsStored() {
        int checked = 0;
        for (JsonNode check : Scenarios.load("hallstahammar-2025").get("checks")) {
            if (!check.path("kind").asText().equals("definition-errors")) {
                continue;
            }
            for (JsonNode bad : check.get("documents")) {
                Answer refused = put("analyst", bad.path("id").asText(), bad.path("document").toString());
                assertProblem(refused, 422, "table language");
                assertThat(refused.json().path("errors").findValuesAsText("pointer")).as(bad.path("label").asText())
                        .contains(bad.path("pointer").asText());
                refused.json().path("errors").forEach(error -> assertThat(error.path("message").asText()).isNotBlank());
                assertThat(get("analyst", "/api/v1/definitions/" + bad.path("id").asText()).status()).isEqualTo(404);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void aDocumentWithSeveralMistakesIsAnsweredWithAllOfThemAndAnEarlierVersionStaysLatest() {
        put("analyst", "kept", DOCUMENT);
        Answer refused = put("analyst", "kept", """
                {"tables": [{"id": "a", "title": "A", "population": "participants",
                  "rows": {"by": "ageBand", "bands": [[16, 30], [25, 40]]}, "values": ["count", "mean:height"]},
                 {"id": "a", "title": "B", "population": "participants", "rows": {"by": "gender"},
                  "values": ["mean:throughputMonths"], "where": {"gender": ["FEMALE"]}}]}""");

        assertProblem(refused, 422, "nothing was stored");
        assertThat(refused.json().path("errors").findValuesAsText("pointer")).containsExactlyInAnyOrder("/title",
                "/tables/0/rows/bands/1", "/tables/0/values/1", "/tables/1/id", "/tables/1/where/gender/0",
                "/tables/1/values/0");
        assertThat(refused.json().path("errors").toString()).contains("band [25, 40] overlaps band [16, 30]");
        assertThat(get("analyst", "/api/v1/definitions/kept").json().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void identityNumbersInTitlesAndLabelsAre422AtTheirPointersNeverRepeatedAndNothingIsStored() {
        Answer refused = put("analyst", "with-pin", """
                {"title": "Avslut för 19121212-1212", "tables": [{"id": "closures", "title": "Avslut",
                 "population": "closures", "rows": {"by": "closureCause", "groups": [{"label": "Tolvan 121212-1212",
                 "codes": ["WORK"]}]}, "values": ["count"]}]}""");

        assertProblem(refused, 422, "nothing was stored");
        assertThat(refused.json().path("errors").findValuesAsText("pointer")).containsExactlyInAnyOrder("/title",
                "/tables/0/rows/groups/0/label");
        assertThat(refused.json().path("errors").findValuesAsText("code")).containsOnly("identityNumber");
        assertThat(refused.body()).doesNotContain("1212");
        assertThat(get("analyst", "/api/v1/definitions/with-pin").status()).isEqualTo(404);
    }

    @Test
    void everyMistakeCarriesItsCodeAndArgumentsBesideItsMessage() {
        Answer refused = put("analyst", "coded", """
                {"title": "x", "tables": [{"id": "a", "title": "A", "population": "participants",
                  "rows": {"by": "ageBand", "bands": [[16, 30], [25, 40]]}, "values": ["count"]}]}""");

        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("pointer").asText()).isEqualTo("/tables/0/rows/bands/1");
        assertThat(error.path("code").asText()).isEqualTo("bandsOverlap");
        assertThat(error.path("arguments")).extracting(JsonNode::asText).containsExactly("[25, 40]", "[16, 30]");
        assertThat(error.path("message").asText()).isEqualTo("band [25, 40] overlaps band [16, 30]");
    }

    @Test
    void aBodyThatIsNoDefinitionDocumentIs400AndATooLargeOneIs413() {
        assertProblem(put("analyst", "broken", "{\"title\": "), 400, "not valid JSON");
        assertProblem(put("analyst", "broken", ""), 400, "empty");
        assertProblem(put("analyst", "broken", "{\"title\": \"a\", \"title\": \"b\", \"tables\": []}"), 400,
                "one key twice");
        assertProblem(put("analyst", "Not-An-Id", DOCUMENT), 400, "not a definition id");
        assertProblem(put("analyst", "broken", "{\"title\": \"" + "x".repeat(600 * 1024) + "\"}"), 413, "at most 512 KiB");
        assertProblem(put("analyst", "broken", "[]"), 422, "JSON object");
        assertThat(get("analyst", "/api/v1/definitions/broken").status()).isEqualTo(404);
    }

    @Test
    void unknownDefinitionsAndVersionsAre404AndAVersionThatIsNoNumberIs400() {
        put("analyst", "known", DOCUMENT);

        assertProblem(get("analyst", "/api/v1/definitions/unknown"), 404, "no table definition 'unknown'");
        assertProblem(get("analyst", "/api/v1/definitions/unknown/versions"), 404, "no table definition");
        assertProblem(get("analyst", "/api/v1/definitions/unknown/versions/1"), 404, "no table definition");
        assertProblem(get("analyst", "/api/v1/definitions/known/versions/2"), 404, "has no version 2");
        assertProblem(get("analyst", "/api/v1/definitions/known/versions/first"), 400, "not a version");
        assertProblem(get("analyst", "/api/v1/definitions/known/versions/0"), 400, "not a version");
    }

    @Test
    void onlyAnalystsAndAdministratorsWriteAndEveryRoleReads() {
        put("analyst", "read-by-all", DOCUMENT);

        assertProblem(put("staff", "by-staff", DOCUMENT), 403, "may not write table definitions");
        assertProblem(put("auditor", "by-auditor", DOCUMENT), 403, "may not write table definitions");
        assertProblem(put("staff", "by-staff", "{\"tables\": []}"), 403, "may not write");
        assertThat(put(ServiceClientAccess.adminUser(), "by-admin", DOCUMENT).status()).isEqualTo(201);
        for (String reader : List.of("staff", "auditor", "analyst", ServiceClientAccess.adminUser())) {
            assertThat(get(reader, "/api/v1/definitions/read-by-all").status()).as(reader).isEqualTo(200);
            assertThat(get(reader, "/api/v1/definitions/read-by-all/versions/1").status()).as(reader).isEqualTo(200);
        }
        assertThat(get("staff", "/api/v1/definitions/by-staff").status()).isEqualTo(404);
    }

    @Test
    void storedVersionsCannotBeChangedOrDeletedEvenInTheDatabase() {
        put("analyst", "forever", DOCUMENT);

        assertThatThrownBy(() -> jdbc.update("UPDATE table_definition SET title = 'x' WHERE id = 'forever'"))
                .hasMessageContaining("never changed or deleted");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM table_definition WHERE id = 'forever'"))
                .hasMessageContaining("never changed or deleted");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE table_definition")).hasMessageContaining("never changed");
        assertThat(get("analyst", "/api/v1/definitions/forever/versions/1").json().path("title").asText())
                .isEqualTo("Avslut");
    }

    @Test
    void writingADefinitionIsInTheReadAuditTrail() {
        put("analyst", "audited", DOCUMENT);
        put("analyst", "audited", DOCUMENT);

        JsonNode trail = get(ServiceClientAccess.adminUser(), "/api/v1/audit/reads?user=analyst&action=definition-write")
                .json();
        List<JsonNode> entries = new ArrayList<>();
        trail.path("entries").forEach(entry -> {
            if (entry.path("subject").asText().equals("definition=audited")) {
                entries.add(entry);
            }
        });
        assertThat(entries).hasSize(2);
        assertThat(entries).extracting(e -> e.path("detail").path("stored").asBoolean()).containsExactly(false, true);
        assertThat(entries.get(1).path("detail").path("version").asInt()).isEqualTo(1);
    }

    private Answer put(String user, String id, String document) {
        return client(port).put(user, "/api/v1/definitions/" + id, document);
    }

    private Answer get(String user, String path) {
        return client(port).get(user, path);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
