package se.finsam.journey.api.ledger.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.client;
import static se.finsam.journey.api.ServiceClientAccess.line;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.tables.CanonicalJson;

/**
 * A ledger report's manifest, stored as this release stores it (format {@code 1}, a figures document naming every
 * cell by its dotted path), keeps verifying after the report's answer grows a field (a test-only property added to
 * {@link LedgerReportAnswer}'s JSON, as a later release might add one), though a hash over the grown answer would not
 * be the stored one; and a stored figures document with one cell changed (its hash made to match) does not verify,
 * naming that cell.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EarlierLedgerManifestsIntegrationTests.Growing.class)
class EarlierLedgerManifestsIntegrationTests {

    /** Whether the answer has grown its field; the context is this class's own. */
    static final AtomicBoolean GROW = new AtomicBoolean();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFERRAL = "\"initiative\":\"orsa\",\"referringParty\":\"REGION\","
            + "\"person\":{\"gender\":\"MAN\",\"birthYear\":1980},\"supportBefore\":\"SICKNESS_BENEFIT\"";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @TestConfiguration
    static class Growing {

        @Bean
        Jackson2ObjectMapperBuilderCustomizer growingLedgerAnswer() {
            return builder -> builder.mixIn(LedgerReportAnswer.class, GrownAnswer.class);
        }
    }

    @JsonAppend(props = @JsonAppend.Prop(value = Satisfaction.class, name = "satisfaction",
            include = JsonInclude.Include.NON_NULL))
    abstract static class GrownAnswer {
    }

    /** The grown field: written only once {@link #GROW} is set. */
    static class Satisfaction extends VirtualBeanPropertyWriter {

        Satisfaction() {
        }

        Satisfaction(BeanPropertyDefinition property, Annotations annotations, JavaType type) {
            super(property, annotations, type);
        }

        @Override
        protected Object value(Object bean, JsonGenerator generator, SerializerProvider provider) {
            return GROW.get() ? Map.of("asked", 0, "satisfied", 0) : null;
        }

        @Override
        public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
                                                    BeanPropertyDefinition property, JavaType type) {
            return new Satisfaction(property, declaringClass.getAnnotations(), type);
        }
    }

    @Test
    void aLedgerManifestOfTodaysFormatStillVerifiesAfterTheAnswerGrowsAFieldAndATamperedOneDoesNot() throws Exception {
        ServiceClientAccess service = client(port);
        service.initiative("orsa", "dalarna");
        service.user("kansli-orsa", "OFFICE", "orsa");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String journey = "o" + i;
            int year = 2024 + i % 2;
            lines.add(line(journey, "referral", "r1", year + "-02-0" + (1 + i), REFERRAL));
            lines.add(line(journey, "enrolment", "r2", year + "-03-0" + (1 + i), ""));
        }
        JsonNode imported = service.importAsAdmin(String.join("\n", lines));
        assertThat(imported.path("rejected").asInt()).as(imported.toString()).isZero();
        long position = imported.path("position").asLong();
        for (String record : List.of(
                "{\"type\":\"allocation\",\"recordId\":\"a25\",\"year\":2025,\"financingParty\":\"ASSOCIATION\","
                        + "\"amount\":\"600 000\"}",
                "{\"type\":\"cost\",\"recordId\":\"c25\",\"from\":\"2025-01-01\",\"to\":\"2025-06-30\","
                        + "\"costType\":\"STAFF\",\"amount\":\"250 000,50\"}",
                "{\"type\":\"cost\",\"recordId\":\"c24\",\"from\":\"2024-01-01\",\"to\":\"2024-12-31\","
                        + "\"costType\":\"STAFF\",\"amount\":\"410 000\"}")) {
            ServiceClientAccess.Answer stored = service.send("kansli-orsa", "POST",
                    "/api/v1/initiatives/orsa/ledger/records", "application/json", record);
            assertThat(stored.status()).as(stored.body()).isEqualTo(201);
            position = Math.max(position, stored.json().path("position").asLong());
        }
        String question = "/api/v1/reports/economy?initiative=orsa&from=2025-01-01&to=2025-12-31&compare=previous"
                + "&minPosition=" + position;

        JsonNode answer = get(question);
        assertThat(answer.has("satisfaction")).isFalse();
        String manifest = answer.path("manifest").asText();
        JsonNode view = get("/api/v1/reports/manifests/" + manifest);
        assertThat(view.path("figuresFormat").asText()).isEqualTo("1");
        assertThat(view.at("/figures/report").asText()).isEqualTo("economy");
        assertThat(view.at("/figures/cells").has("total.costs")).as(view.toString()).isTrue();
        String tampered = storeWithOneCellChanged(manifest, "total.costs");

        GROW.set(true);
        JsonNode grown = get(question);
        assertThat(grown.has("satisfaction")).as("the answer has grown a field").isTrue();
        assertThat(grown.path("manifest").asText()).as("the same figures at the same position").isEqualTo(manifest);
        ObjectNode grownWithoutManifest = grown.deepCopy();
        grownWithoutManifest.remove("manifest");
        assertThat(sha256(CanonicalJson.of(grownWithoutManifest))).as("a hash over the grown answer is not the one stored")
                .isNotEqualTo(view.path("figuresHash").asText());

        JsonNode verified = get("/api/v1/reports/manifests/" + manifest + "/verify");
        assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("figuresIdentical").asBoolean()).isTrue();
        JsonNode refused = get("/api/v1/reports/manifests/" + tampered + "/verify");
        assertThat(refused.path("verified").asBoolean()).as("a cell of the stored document changed").isFalse();
        assertThat(refused.path("figuresIdentical").asBoolean()).isFalse();
        assertThat(refused.path("differences").findValuesAsText("cell")).containsExactly("total.costs");
    }

    /**
     * A copy of a stored manifest under another id whose figures document has {@code cell} changed and whose figures
     * hash is over the changed document, as someone editing the row would leave it.
     */
    private String storeWithOneCellChanged(String manifest, String cell) throws Exception {
        String figures = jdbc.queryForObject("SELECT figures FROM report_manifest WHERE id = ?", String.class, manifest);
        ObjectNode document = (ObjectNode) JSON.readTree(figures);
        String value = document.path("cells").path(cell).asText();
        ((ObjectNode) document.path("cells")).put(cell, value + "1");
        String changed = CanonicalJson.of(document);
        String id = "m-ledger-tampered";
        int copied = jdbc.update("INSERT INTO report_manifest (id, created_by, association, initiatives, period_from, "
                + "period_to, as_of, compare, position, definitions, figures, figures_hash, kind, definition_id, "
                + "definition_version, definition_sha256, figures_format) SELECT ?, created_by, association, "
                + "initiatives, period_from, period_to, as_of, compare, position, definitions, ?, ?, kind, "
                + "definition_id, definition_version, definition_sha256, figures_format FROM report_manifest "
                + "WHERE id = ?", id, changed, sha256(changed), manifest);
        assertThat(copied).isEqualTo(1);
        return id;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode get(String path) {
        ServiceClientAccess.Answer answer = client(port).get("admin", path);
        assertThat(answer.status()).as(path + " → " + answer.body()).isEqualTo(200);
        return answer.json();
    }
}
