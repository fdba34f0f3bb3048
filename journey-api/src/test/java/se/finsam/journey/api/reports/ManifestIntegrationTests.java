package se.finsam.journey.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.journey.api.ServiceClientAccess.client;
import static se.finsam.journey.api.ServiceClientAccess.line;
import static se.finsam.journey.api.reports.Restatements.difference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;

/**
 * Report manifests, restatements and the read audit trail: a published report stays verifiable whatever is
 * recorded after it, a restatement names exactly the records that changed a figure, a tampered payload fails
 * verification, and every lineage, manifest and journey view is in the append-only trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManifestIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YEAR = "initiative=fns&from=2025-01-01&to=2025-12-31";
    private static final String REFERRAL_A = "\"initiative\":\"fns\",\"referringParty\":\"REGION\","
            + "\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1990},\"supportBefore\":\"SICKNESS_BENEFIT\"";
    private static final String REFERRAL_B = "\"initiative\":\"fns\",\"referringParty\":\"SELF\","
            + "\"person\":{\"gender\":\"MAN\",\"birthYear\":1980},\"supportBefore\":\"UNKNOWN\"";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublishedReportVerifiesAfterLaterRecordsAndItsRestatementNamesTheRetraction() {
        client(port).initiative("fns", "vastmanland");
        client(port).initiative("sala", "vastmanland");
        client(port).user("auditor", "AUDITOR", "*");
        client(port).user("analyst-sala", "ANALYST", "sala");
        JsonNode first = client(port).importAsAdmin(String.join("\n",
                line("a", "referral", "r1", "2025-01-10", REFERRAL_A),
                line("a", "enrolment", "r2", "2025-01-20", ""),
                line("a", "closure", "r3", "2025-10-01", "\"cause\":\"MEDICAL_REHABILITATION\",\"supportAfter\":\"SICKNESS_BENEFIT\""),
                line("b", "referral", "r1", "2025-02-10", REFERRAL_B),
                line("b", "enrolment", "r2", "2025-02-20", "")));
        String publishedAt = first.path("recordedAt").asText();

        JsonNode published = report(YEAR + "&compare=previous&minPosition=" + first.path("position").asLong());
        String manifestId = published.path("manifest").asText();
        assertThat(manifestId).startsWith("m-");
        assertThat(report(YEAR + "&compare=previous").path("manifest").asText())
                .as("the same question at the same position has one manifest").isEqualTo(manifestId);

        JsonNode manifest = get("auditor", "/api/v1/reports/manifests/" + manifestId);
        assertThat(manifest.path("position").asLong()).isEqualTo(published.path("position").asLong());
        assertThat(manifest.path("definitions").asText()).isEqualTo("2026.1");
        assertThat(manifest.path("eventsHash").asText()).hasSize(64);
        assertThat(manifest.path("events").asInt()).as("every stored record of a and b").isEqualTo(5);
        assertThat(manifest.path("journeys").asInt()).isEqualTo(2);
        assertThat(manifest.path("consistent").asBoolean()).isTrue();
        assertThat(manifest.path("figuresFormat").asText()).isEqualTo("1");
        assertThat(manifest.at("/figures/cells/closures.standardTable.medicalRehabilitation").asText()).isEqualTo("1");
        assertThat(manifest.at("/figures/previousCells/closures.standardTable.medicalRehabilitation").asText())
                .isEqualTo("0");
        assertThat(manifest.at("/scope/initiatives/0").asText()).isEqualTo("fns");

        // Later: an unrelated team's journey, a journey of the next year, a late assessment, and a correction.
        JsonNode later = client(port).importAsAdmin(String.join("\n",
                line("c", "referral", "r1", "2025-03-01", REFERRAL_B.replace("fns", "sala")),
                line("d", "referral", "r1", "2026-02-01", REFERRAL_B),
                line("a", "retraction", "r4", "2026-01-15", "\"retracts\":\"r3\",\"reason\":\"fel avslutsorsak\""),
                line("b", "assessment", "r3", "2025-06-01", "\"instrument\":\"BIP\",\"score\":3")));
        JsonNode today = report(YEAR + "&minPosition=" + later.path("position").asLong());
        assertThat(today.at("/closures/standardTable/medicalRehabilitation").asInt()).isZero();

        JsonNode verified = get("auditor", "/api/v1/reports/manifests/" + manifestId + "/verify");
        assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("figuresIdentical").asBoolean()).isTrue();
        assertThat(verified.path("eventsHashIdentical").asBoolean()).isTrue();
        assertThat(verified.path("eventsHash").asText()).isEqualTo(manifest.path("eventsHash").asText());

        JsonNode restatement = get("auditor", "/api/v1/reports/manifests/" + manifestId + "/restatement");
        JsonNode medical = difference(restatement, "closures.standardTable.medicalRehabilitation");
        assertThat(medical.path("published").asInt()).isEqualTo(1);
        assertThat(medical.path("today").asInt()).isZero();
        assertThat(medical.path("records")).hasSize(1);
        JsonNode retraction = medical.path("records").get(0);
        assertThat(retraction.path("journeyId").asText()).isEqualTo("a");
        assertThat(retraction.path("recordId").asText()).isEqualTo("r4");
        assertThat(retraction.path("type").asText()).isEqualTo("retraction");
        assertThat(retraction.path("retracts").asText()).isEqualTo("r3");
        assertThat(retraction.path("retractedType").asText()).isEqualTo("closure");
        assertThat(retraction.path("reason").asText()).isEqualTo("fel avslutsorsak");
        assertThat(retraction.path("recordedBy").asText()).isEqualTo("admin");
        JsonNode assessed = difference(restatement, "assessments.byInstrument.BIP.count");
        assertThat(assessed.path("records")).hasSize(1);
        assertThat(assessed.at("/records/0/type").asText()).isEqualTo("assessment");
        for (JsonNode difference : restatement.path("differences")) {
            for (JsonNode record : difference.path("records")) {
                assertThat(record.path("journeyId").asText()).as("journeys c and d do not touch fns 2025")
                        .isIn("a", "b");
            }
        }

        String asOf = URLEncoder.encode(java.time.Instant.parse(publishedAt).plusNanos(1).toString(), StandardCharsets.UTF_8);
        String asOfManifest = report(YEAR + "&asOf=" + asOf).path("manifest").asText();
        JsonNode asOfVerified = get("auditor", "/api/v1/reports/manifests/" + asOfManifest + "/verify");
        assertThat(asOfVerified.path("verified").asBoolean()).as("an as-of instant with nanoseconds: " + asOfVerified)
                .isTrue();
        assertThat(get("auditor", "/api/v1/reports/manifests/" + asOfManifest).path("consistent").asBoolean()).isTrue();

        JsonNode sinceInstant = get("auditor", "/api/v1/reports/participants/restatements?" + YEAR + "&asOf="
                + URLEncoder.encode(publishedAt, StandardCharsets.UTF_8));
        assertThat(cells(sinceInstant)).isEqualTo(cells(restatement));

        ServiceClientAccess.Answer otherTeam = client(port).get("analyst-sala", "/api/v1/reports/manifests/" + manifestId);
        assertThat(otherTeam.status()).as("a manifest of fns is not for sala's analyst").isEqualTo(404);
        assertThat(otherTeam.body()).as("as if it did not exist").doesNotContain("fns")
                .contains("there is no report manifest '" + manifestId + "'");
        assertThat(client(port).get("auditor", "/api/v1/reports/manifests/m-nothing").status()).isEqualTo(404);
    }

    @Test
    void aManifestNoLongerVerifiesWhenAContributingPayloadIsEditedInPostgresql() {
        client(port).initiative("vasby", "vastmanland");
        JsonNode imported = client(port).importAsAdmin(String.join("\n",
                line("e", "referral", "r1", "2024-01-10", REFERRAL_A.replace("fns", "vasby")),
                line("e", "enrolment", "r2", "2024-01-20", ""),
                line("e", "closure", "r3", "2024-10-01", "\"cause\":\"DROPOUT\",\"supportAfter\":\"UNKNOWN\"")));
        JsonNode published = report("initiative=vasby&from=2024-01-01&to=2024-12-31&minPosition="
                + imported.path("position").asLong());
        String manifestId = published.path("manifest").asText();
        assertThat(getAsAdmin("/api/v1/reports/manifests/" + manifestId).path("eventsHash").asText()).hasSize(64);

        int edited = jdbc.update("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'DROPOUT', 'WORK'), 'UTF8') WHERE aggregateidentifier = 'e' AND sequencenumber = 2");
        assertThat(edited).isEqualTo(1);

        JsonNode verification = getAsAdmin("/api/v1/reports/manifests/" + manifestId + "/verify");
        assertThat(verification.path("verified").asBoolean()).isFalse();
        assertThat(verification.path("eventsHashIdentical").asBoolean()).isFalse();
        assertThat(verification.path("figuresIdentical").asBoolean()).isFalse();
        List<String> changed = new ArrayList<>();
        verification.path("differences").forEach(d -> changed.add(d.path("cell").asText()));
        assertThat(changed).contains("closures.byCause.DROPOUT", "closures.byCause.WORK");
    }

    @Test
    void journeyViewsLineageAndManifestsAreInTheAppendOnlyReadTrail() {
        client(port).initiative("koping", "vastmanland");
        client(port).user("auditor-trail", "AUDITOR", "*");
        client(port).user("analyst-trail", "ANALYST", "koping");
        JsonNode imported = client(port).importAsAdmin(line("t", "referral", "r1", "2023-03-01",
                REFERRAL_A.replace("fns", "koping")));
        getAsAdmin("/api/v1/journeys/t");
        String cell = "referrals.received";
        ServiceClientAccess.Answer lineage = client(port).get("analyst-trail", "/api/v1/reports/participants/lineage?"
                + "initiative=koping&from=2023-01-01&to=2023-12-31&cell=" + cell + "&minPosition="
                + imported.path("position").asLong());
        assertThat(lineage.status()).as(lineage.body()).isEqualTo(200);

        ServiceClientAccess.Answer csv = client(port).get("analyst-trail", "/api/v1/reports/participants/export.csv?"
                + "initiative=koping&from=2023-01-01&to=2023-12-31&compare=previous");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF# definitions 2026.1").contains("figure;value;previous;change\r\n",
                "\r\nreferrals.received;1;0;1\r\n", "\r\nparticipants.total;0;0;0\r\n");

        JsonNode trail = get("auditor-trail", "/api/v1/audit/reads?limit=1000");
        assertThat(trail.path("entries").findValuesAsText("action")).contains("journey-view", "lineage", "export");
        JsonNode lineageEntry = null;
        for (JsonNode entry : trail.path("entries")) {
            if (entry.path("action").asText().equals("lineage") && entry.path("username").asText().equals("analyst-trail")) {
                lineageEntry = entry;
            }
        }
        assertThat(lineageEntry).as(trail.toString()).isNotNull();
        assertThat(lineageEntry.path("subject").asText()).contains("initiative=koping", "from=2023-01-01");
        assertThat(lineageEntry.at("/detail/cell").asText()).isEqualTo(cell);
        assertThat(get("auditor-trail", "/api/v1/audit/reads?user=admin&action=journey-view").path("entries")
                .findValuesAsText("subject")).contains("t");

        client(port).initiative("ovk", "vastmanland");
        client(port).user("auditor-koping", "AUDITOR", "koping");
        JsonNode other = client(port).importAsAdmin(line("u", "referral", "r1", "2023-03-01",
                REFERRAL_A.replace("fns", "ovk")));
        assertThat(other.path("accepted").asInt()).isEqualTo(1);
        getAsAdmin("/api/v1/journeys/u");
        assertThat(get("auditor-trail", "/api/v1/audit/reads?action=journey-view").path("entries")
                .findValuesAsText("subject")).contains("t", "u");
        assertThat(get("auditor-koping", "/api/v1/audit/reads?action=journey-view").path("entries")
                .findValuesAsText("subject")).as("an auditor of koping sees nothing about ovk").contains("t")
                .doesNotContain("u");
        assertThat(client(port).get("analyst-trail", "/api/v1/audit/reads").status()).isEqualTo(403);
        assertThat(client(port).get("auditor-trail", "/api/v1/audit/reads?limit=0").status()).isEqualTo(400);
        assertThat(client(port).get("auditor-trail", "/api/v1/audit/reads?action=peek").status()).isEqualTo(400);
        assertThat(client(port).get("auditor-trail", "/api/v1/audit/reads?from=yesterday").status()).isEqualTo(400);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM read_audit")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE read_audit SET username = 'nobody'"))
                .hasMessageContaining("append-only");
    }

    /**
     * Reports answered while imports keep writing are still exactly the figures of the events up to their
     * position: every manifest, recomputed from the event table alone, is consistent with what was answered.
     */
    @Test
    void reportsAnsweredDuringImportsAreExactlyTheFiguresOfTheirPosition() throws Exception {
        client(port).initiative("arboga", "vastmanland");
        Thread importer = new Thread(() -> {
            for (int batch = 0; batch < 12; batch++) {
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < 150; i++) {
                    String journey = "w" + batch + "-" + i;
                    String month = String.format("%02d", 1 + (i % 9));
                    lines.append(line(journey, "referral", "r1", "2025-" + month + "-02",
                            (i % 2 == 0 ? REFERRAL_A : REFERRAL_B).replace("fns", "arboga"))).append('\n');
                    lines.append(line(journey, "enrolment", "r2", "2025-" + month + "-10", "")).append('\n');
                    if (i % 3 == 0) {
                        lines.append(line(journey, "closure", "r3", "2025-" + month + "-20",
                                "\"cause\":\"WORK\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\"")).append('\n');
                    }
                    if (i % 5 == 0 && batch > 0) {
                        lines.append(line("w" + (batch - 1) + "-" + i, "retraction", "r9", "2025-11-01",
                                "\"retracts\":\"r2\",\"reason\":\"fel datum\"")).append('\n');
                    }
                }
                client(port).importAsAdmin(lines.toString());
            }
        });
        importer.start();
        List<String> manifests = new ArrayList<>();
        while (importer.isAlive()) {
            manifests.add(report("initiative=arboga&from=2025-01-01&to=2025-12-31&compare=previous")
                    .path("manifest").asText());
        }
        importer.join();
        assertThat(manifests).hasSizeGreaterThan(3);
        for (String id : new java.util.LinkedHashSet<>(manifests)) {
            JsonNode manifest = getAsAdmin("/api/v1/reports/manifests/" + id);
            assertThat(manifest.path("consistent").asBoolean()).as(id + " at " + manifest.path("position")).isTrue();
        }
    }

    private static List<String> cells(JsonNode restatement) {
        List<String> cells = new ArrayList<>();
        restatement.path("differences").forEach(d -> cells.add(d.path("cell").asText() + "=" + d.path("records")));
        return cells;
    }

    private JsonNode report(String query) {
        return getAsAdmin("/api/v1/reports/participants?" + query);
    }

    private JsonNode getAsAdmin(String path) {
        return get("admin", path);
    }

    private JsonNode get(String user, String path) {
        ServiceClientAccess.Answer answer = client(port).get(user, path);
        assertThat(answer.status()).as(path + " → " + answer.body()).isEqualTo(200);
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }
}
