package se.finsam.journey.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.facts.JourneyFactsProjection;

/**
 * Issue 14, defect 1: the read model's processor is held back (shut down), as it is while a node's segments wait
 * for their claim timeout or a long import runs ahead of it. An as-of report, its lineage, its manifest (sealed and
 * verified), a restatement and a report that must include a position all answer at once, with the figures of the
 * events at the position they name; none of them may take its journeys from the lagging read model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsWhileTheReadModelLagsIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YEAR = "initiative=fns&from=2025-01-01&to=2025-12-31";
    private static final String REFERRAL = "\"initiative\":\"fns\",\"referringParty\":\"REGION\","
            + "\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1990},\"supportBefore\":\"SICKNESS_BENEFIT\"";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(JourneyFactsProjection.PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow();
    }

    @AfterEach
    void releaseTheProcessor() {
        if (!processor().isRunning()) {
            processor().start();
        }
    }

    @Test
    void asOfReportsTheirLineageManifestsAndRestatementsAreExactWhileTheReadModelIsHeldBack() {
        client(port).initiative("fns", "vastmanland");
        client(port).user("auditor", "AUDITOR", "fns");
        processor().shutDown();

        // Both ways in: single records through the aggregate, and an import.
        for (String record : List.of(line("d", "referral", "r1", "2025-04-01", REFERRAL),
                line("d", "enrolment", "r2", "2025-04-02", ""))) {
            ServiceClientAccess.Answer stored = client(port).postRecord("admin", "d", record);
            assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        }
        JsonNode first = client(port).importAsAdmin(String.join("\n",
                line("a", "referral", "r1", "2025-01-10", REFERRAL),
                line("a", "enrolment", "r2", "2025-01-20", ""),
                line("a", "closure", "r3", "2025-10-01", "\"cause\":\"WORK\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\""),
                line("b", "referral", "r1", "2025-02-10", REFERRAL),
                line("b", "enrolment", "r2", "2025-02-20", ""),
                line("c", "referral", "r1", "2025-03-01", REFERRAL)));
        String asOf = URLEncoder.encode(first.path("recordedAt").asText(), StandardCharsets.UTF_8);
        long imported = first.path("position").asLong();

        long started = System.nanoTime();
        JsonNode report = get("auditor", "/api/v1/reports/participants?" + YEAR + "&asOf=" + asOf
                + "&minPosition=" + imported);
        assertThat((System.nanoTime() - started) / 1_000_000).as("answered without waiting out the 30 s for the "
                + "processor").isLessThan(20_000);
        assertThat(report.path("position").asLong()).isGreaterThanOrEqualTo(imported);
        assertThat(report.at("/participants/total").asInt()).isEqualTo(3);
        assertThat(report.at("/closures/standardTable/work").asInt()).isEqualTo(1);
        assertThat(report.at("/referrals/received").asInt()).isEqualTo(4);
        assertThat(report.at("/referrals/waitingAtEnd").asInt()).isEqualTo(1);

        JsonNode lineage = get("auditor", "/api/v1/reports/participants/lineage?" + YEAR + "&asOf=" + asOf
                + "&minPosition=" + imported + "&cell=closures.standardTable.work");
        assertThat(lineage.path("value").asInt()).isEqualTo(1);
        assertThat(lineage.at("/journeys/0/journeyId").asText()).isEqualTo("a");

        String manifestId = report.path("manifest").asText();
        JsonNode verified = get("auditor", "/api/v1/reports/manifests/" + manifestId + "/verify");
        assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
        JsonNode manifest = get("auditor", "/api/v1/reports/manifests/" + manifestId);
        assertThat(manifest.path("consistent").asBoolean()).isTrue();
        assertThat(manifest.path("journeys").asInt()).isEqualTo(4);
        assertThat(manifest.at("/figures/cells/participants.total").asText()).isEqualTo("3");

        // A correction while the read model still lags: today's report includes it at once, and both
        // restatements (since the manifest, and since the instant) name the retraction that changed the figure.
        JsonNode correction = client(port).importAsAdmin(String.join("\n",
                line("a", "retraction", "r4", "2025-10-02", "\"retracts\":\"r3\",\"reason\":\"fel avslutsorsak\""),
                line("a", "closure", "r5", "2025-10-01", "\"cause\":\"STUDIES\",\"supportAfter\":\"STUDENT_FINANCE\""),
                line("c", "enrolment", "r2", "2025-03-05", "")));
        JsonNode today = get("auditor", "/api/v1/reports/participants?" + YEAR + "&minPosition="
                + correction.path("position").asLong());
        assertThat(today.path("position").asLong()).isGreaterThanOrEqualTo(correction.path("position").asLong());
        assertThat(today.at("/participants/total").asInt()).isEqualTo(4);
        assertThat(today.at("/closures/standardTable/work").asInt()).isZero();
        assertThat(today.at("/closures/standardTable/studies").asInt()).isEqualTo(1);

        for (String restatement : List.of("/api/v1/reports/manifests/" + manifestId + "/restatement",
                "/api/v1/reports/participants/restatements?" + YEAR + "&asOf=" + asOf)) {
            JsonNode answer = get("auditor", restatement);
            JsonNode work = difference(answer, "closures.standardTable.work");
            assertThat(work.path("published").asInt()).as(restatement).isEqualTo(1);
            assertThat(work.path("today").asInt()).as(restatement).isZero();
            List<String> records = new ArrayList<>();
            work.path("records").forEach(r -> records.add(r.path("journeyId").asText() + "/" + r.path("recordId").asText()));
            assertThat(records).as(restatement).containsExactly("a/r4", "a/r5");
            assertThat(cells(answer)).as(restatement).contains("participants.total", "closures.standardTable.studies");
        }
    }

    @Test
    void aReferralsInitiativeIsPlacedInItsOwnTransactionWhateverTheReadModelDoes() {
        client(port).initiative("sala", "vastmanland");
        processor().shutDown();

        ServiceClientAccess.Answer single = client(port).postRecord("admin", "placed-1",
                line("placed-1", "referral", "r1", "2025-04-01", REFERRAL.replace("fns", "sala")));
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        JsonNode imported = client(port).importAsAdmin(String.join("\n",
                line("placed-2", "referral", "r1", "2025-04-01", REFERRAL.replace("fns", "sala")),
                line("placed-2", "enrolment", "r2", "2025-04-02", ""),
                line("placed-3", "referral", "r1", "2025-04-01", REFERRAL.replace("fns", "sala"))));
        long last = imported.path("position").asLong();

        assertThat(jdbc.queryForList("SELECT journey_id || '@' || referral_position FROM journey_initiative "
                + "WHERE initiative = 'sala' ORDER BY journey_id", String.class))
                .as("written with the referral, while the read model's processor stands still")
                .containsExactly("placed-1@" + single.json().path("position").asLong(), "placed-2@" + (last - 2),
                        "placed-3@" + last);
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

    private static List<String> cells(JsonNode restatement) {
        List<String> cells = new ArrayList<>();
        restatement.path("differences").forEach(d -> cells.add(d.path("cell").asText()));
        return cells;
    }
}
