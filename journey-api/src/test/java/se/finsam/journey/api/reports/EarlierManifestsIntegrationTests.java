package se.finsam.journey.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.client;
import static se.finsam.journey.api.ServiceClientAccess.line;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.reports.Suppression;

/**
 * Manifests stay verifiable across releases. Until figures documents, a manifest's hash was over the whole answer
 * (format {@code answer}, e.g. every manifest a database of the first release holds): such a manifest, written here
 * the way that code wrote it (the answer as a client got it, without its manifest id, as canonical JSON, in a row of
 * the columns that release had), still verifies; and after the answer grows a field (a test-only decorator of the
 * participant report, as a later release might add one), both it and a manifest of today's format still verify,
 * though a hash over the grown answer would no longer be the stored one. The same holds for manifests of an analyst's
 * tables stored before figures documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EarlierManifestsIntegrationTests.Growing.class)
class EarlierManifestsIntegrationTests {

    /** What the earlier code's canonical JSON was: keys sorted, no whitespace, decimals exactly as written. */
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    private static final String REFERRAL = "\"initiative\":\"hallsberg\",\"referringParty\":\"REGION\","
            + "\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1990},\"supportBefore\":\"SICKNESS_BENEFIT\"";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GrownParticipantReport grown;

    @TestConfiguration
    static class Growing {

        @Bean
        @Primary
        GrownParticipantReport grownParticipantReport() {
            return new GrownParticipantReport();
        }
    }

    /** The participant report whose answer, once {@link #grow} is set, has a field it did not have before. */
    static class GrownParticipantReport extends ParticipantReport {

        final AtomicBoolean grow = new AtomicBoolean();

        @Override
        public ParticipantReportAnswer answer(Published<ReportService.Computed, Suppression> published) {
            ParticipantReportAnswer answer = super.answer(published);
            if (!grow.get()) {
                return answer;
            }
            Map<String, Object> figures = new LinkedHashMap<>(answer.figures());
            figures.put("satisfaction", Map.of("asked", 0, "satisfied", 0));
            return new ParticipantReportAnswer(answer.scope(), answer.period(), answer.asOf(), answer.position(),
                    answer.definitions(), answer.suppression(), figures, answer.previous(), answer.change(),
                    answer.manifest());
        }
    }

    @Test
    void aManifestOfTheAnswerAsEarlierReleasesStoredItStillVerifiesAfterTheAnswerGrowsAField() throws Exception {
        client(port).initiative("hallsberg", "orebro");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String journey = "h" + i;
            int year = 2024 + i % 2;
            lines.add(line(journey, "referral", "r1", year + "-02-0" + (1 + i), REFERRAL));
            lines.add(line(journey, "enrolment", "r2", year + "-03-0" + (1 + i), ""));
            if (i == 0) {
                lines.add(line(journey, "assessment", "r4", "2024-05-01", "\"instrument\":\"BIP\",\"score\":3"));
            }
            if (i % 3 != 2) {
                lines.add(line(journey, "closure", "r3", year + "-10-1" + i, i % 3 == 0
                        ? "\"cause\":\"WORK\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\""
                        : "\"cause\":\"STUDIES\",\"supportAfter\":\"STUDENT_FINANCE\""));
            }
        }
        JsonNode imported = client(port).importAsAdmin(String.join("\n", lines));
        assertThat(imported.path("rejected").asInt()).as(imported.toString()).isZero();
        String question = "initiative=hallsberg&from=2025-01-01&to=2025-12-31&compare=previous&minPosition="
                + imported.path("position").asLong();

        String answered = client(port).get("admin", "/api/v1/reports/participants?" + question).body();
        JsonNode answer = CANONICAL.readTree(answered);
        assertThat(answer.path("previous").path("closures").path("shares").path("work").isNumber())
                .as("the answer has shares of both years: " + answered).isTrue();
        String earlier = storeAsEarlierReleases(answered, "m-release1-hallsberg-2025");
        Map<String, Object> tamperedAnswer = answerWithoutManifest(answered);
        @SuppressWarnings("unchecked")
        Map<String, Object> participants = (Map<String, Object>) tamperedAnswer.get("participants");
        participants.put("total", ((Number) participants.get("total")).intValue() + 1);
        String tampered = store("m-release1-tampered", answer, CANONICAL.writeValueAsString(tamperedAnswer));

        JsonNode verified = get("/api/v1/reports/manifests/" + earlier + "/verify");
        assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("figuresIdentical").asBoolean()).isTrue();
        JsonNode view = get("/api/v1/reports/manifests/" + earlier);
        assertThat(view.path("figuresFormat").asText()).isEqualTo("answer");
        assertThat(view.path("consistent").asBoolean()).as("sealed against the same figures").isTrue();
        assertThat(view.at("/figures/closures/shares/work").asDouble())
                .isEqualTo(answer.at("/closures/shares/work").asDouble());
        JsonNode refused = get("/api/v1/reports/manifests/" + tampered + "/verify");
        assertThat(refused.path("verified").asBoolean()).as("a figure of the stored answer changed").isFalse();
        assertThat(refused.path("differences").findValuesAsText("cell")).containsExactly("participants.total");

        grown.grow.set(true);
        JsonNode grownAnswer = CANONICAL.readTree(client(port).get("admin", "/api/v1/reports/participants?"
                + question).body());
        assertThat(grownAnswer.has("satisfaction")).as("the answer has grown a field").isTrue();
        String current = grownAnswer.path("manifest").asText();
        assertThat(get("/api/v1/reports/manifests/" + current).path("figuresFormat").asText()).isEqualTo("1");
        String grownFigures = CANONICAL.writeValueAsString(answerWithoutManifest(grownAnswer.toString()));
        assertThat(sha256(grownFigures)).as("a hash over the grown answer is not the one stored")
                .isNotEqualTo(view.path("figuresHash").asText());

        for (String manifest : List.of(earlier, current)) {
            JsonNode again = get("/api/v1/reports/manifests/" + manifest + "/verify");
            assertThat(again.path("verified").asBoolean()).as(manifest + ": " + again).isTrue();
            assertThat(again.path("figuresIdentical").asBoolean()).isTrue();
        }
    }

    @Test
    void aManifestOfADefinitionsTablesAsTheyWereStoredBeforeFiguresDocumentsStillVerifies() throws Exception {
        client(port).initiative("laxa", "orebro");
        client(port).user("analyst-laxa", "ANALYST", "laxa");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String journey = "l" + i;
            lines.add(line(journey, "referral", "r1", "2025-02-0" + (1 + i), REFERRAL.replace("hallsberg", "laxa")));
            lines.add(line(journey, "enrolment", "r2", "2025-03-0" + (1 + i), ""));
            lines.add(line(journey, "closure", "r3", "2025-10-1" + i, i % 2 == 0
                    ? "\"cause\":\"WORK\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\""
                    : "\"cause\":\"STUDIES\",\"supportAfter\":\"STUDENT_FINANCE\""));
        }
        JsonNode imported = client(port).importAsAdmin(String.join("\n", lines));
        assertThat(imported.path("rejected").asInt()).as(imported.toString()).isZero();
        assertThat(client(port).put("analyst-laxa", "/api/v1/definitions/laxa-closures", """
                {"title": "Laxå", "tables": [{"id": "closed", "title": "Avslut", "population": "closures",
                  "rows": {"by": "closureCause"}, "values": ["count", "shareOfTotal", "mean:age"]}]}""").status())
                .isEqualTo(201);
        ServiceClientAccess.Answer run = client(port).get("analyst-laxa", "/api/v1/reports/tables?initiative=laxa"
                + "&from=2025-01-01&to=2025-12-31&compare=previous&definition=laxa-closures&minPosition="
                + imported.path("position").asLong());
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        JsonNode answer = CANONICAL.readTree(run.body());
        String figures = CANONICAL.writeValueAsString(answerWithoutManifest(run.body()));
        String earlier = store("m-release-tables-laxa", answer, figures);
        JsonNode definition = answer.path("definition");
        jdbc.update("UPDATE report_manifest SET kind = 'tables', definition_id = ?, definition_version = ?, "
                        + "definition_sha256 = ? WHERE id = ?", definition.path("id").asText(),
                definition.path("version").asInt(), definition.path("sha256").asText(), earlier);

        JsonNode verified = get("/api/v1/reports/manifests/" + earlier + "/verify");
        assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(get("/api/v1/reports/manifests/" + earlier).path("figuresFormat").asText()).isEqualTo("answer");
        JsonNode current = get("/api/v1/reports/manifests/" + answer.path("manifest").asText() + "/verify");
        assertThat(current.path("verified").asBoolean()).as(current.toString()).isTrue();

        String tampered = store("m-release-tables-tampered", answer, figures.replace("\"title\":\"Avslut\"",
                "\"title\":\"Avslutade\""));
        jdbc.update("UPDATE report_manifest SET kind = 'tables', definition_id = ?, definition_version = ?, "
                        + "definition_sha256 = ? WHERE id = ?", definition.path("id").asText(),
                definition.path("version").asInt(), definition.path("sha256").asText(), tampered);
        JsonNode refused = get("/api/v1/reports/manifests/" + tampered + "/verify");
        assertThat(refused.path("verified").asBoolean()).as("the stored answer was changed").isFalse();
        assertThat(refused.path("differences").findValuesAsText("cell")).containsExactly("tables.closed.title");
    }

    /**
     * Stores a manifest of {@code answered} as the first release did: the answer without its manifest id as canonical
     * JSON, in the columns that release's table had (the others take their defaults, as migrated rows did).
     */
    private String storeAsEarlierReleases(String answered, String id) throws JsonProcessingException {
        return store(id, CANONICAL.readTree(answered), CANONICAL.writeValueAsString(answerWithoutManifest(answered)));
    }

    private String store(String id, JsonNode answer, String figures) {
        List<String> initiatives = new ArrayList<>();
        answer.path("scope").path("initiatives").forEach(code -> initiatives.add(code.asText()));
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO report_manifest (id, created_by, association, "
                    + "initiatives, period_from, period_to, as_of, compare, position, definitions, figures, "
                    + "figures_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            statement.setString(1, id);
            statement.setString(2, "admin");
            statement.setString(3, null);
            statement.setArray(4, connection.createArrayOf("text", initiatives.toArray()));
            statement.setObject(5, LocalDate.parse(answer.at("/period/from").asText()));
            statement.setObject(6, LocalDate.parse(answer.at("/period/to").asText()));
            statement.setString(7, null);
            statement.setBoolean(8, answer.has("previous") || answer.has("previousPeriod"));
            statement.setLong(9, answer.path("position").asLong());
            statement.setString(10, answer.path("definitions").asText());
            statement.setString(11, figures);
            statement.setString(12, sha256(figures));
            return statement;
        });
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answerWithoutManifest(String answered) throws JsonProcessingException {
        Map<String, Object> answer = CANONICAL.readValue(answered, LinkedHashMap.class);
        answer.remove("manifest");
        return answer;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String path) {
        ServiceClientAccess.Answer answer = client(port).get("admin", path);
        assertThat(answer.status()).as(path + " → " + answer.body()).isEqualTo(200);
        return answer.json();
    }
}
