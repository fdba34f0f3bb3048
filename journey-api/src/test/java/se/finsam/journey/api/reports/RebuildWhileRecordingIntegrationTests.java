package se.finsam.journey.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.client;
import static se.finsam.journey.api.ServiceClientAccess.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.facts.JourneyFactsProjection;
import se.finsam.journey.facts.JourneyFactsRebuild;
import se.finsam.journey.facts.ProcessorPosition;

/**
 * Records made while a rebuild runs — after its bulk read, before its switch — are in the rebuilt read model:
 * the switch folds again every journey changed since the bulk read began.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RebuildWhileRecordingIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YEAR = "initiative=fns&from=2025-01-01&to=2025-12-31";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JourneyFactsRebuild rebuild;
    @Autowired
    ProcessorPosition positions;

    @Test
    void recordsMadeDuringARebuildAreInTheRebuiltReadModel() {
        client(port).initiative("fns", "vastmanland");
        client(port).importAsAdmin(String.join("\n",
                line("a", "referral", "r1", "2025-01-10", "\"initiative\":\"fns\",\"referringParty\":\"REGION\","
                        + "\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1990},\"supportBefore\":\"SICKNESS_BENEFIT\""),
                line("a", "enrolment", "r2", "2025-01-20", ""),
                line("a", "closure", "r3", "2025-10-01", "\"cause\":\"WORK\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\"")));
        long[] position = new long[1];
        rebuild.afterBulkFold(() -> {
            post("a", "{\"type\":\"retraction\",\"recordId\":\"r4\",\"date\":\"2025-11-01\",\"retracts\":\"r3\","
                    + "\"reason\":\"fel orsak\"}");
            post("a", "{\"type\":\"closure\",\"recordId\":\"r5\",\"date\":\"2025-10-01\",\"cause\":\"STUDIES\","
                    + "\"supportAfter\":\"STUDENT_FINANCE\"}");
            post("b", "{\"type\":\"referral\",\"recordId\":\"r1\",\"date\":\"2025-02-01\",\"initiative\":\"fns\","
                    + "\"referringParty\":\"SELF\",\"person\":{\"gender\":\"MAN\",\"birthYear\":1985},"
                    + "\"supportBefore\":\"UNKNOWN\"}");
            position[0] = post("b", "{\"type\":\"enrolment\",\"recordId\":\"r2\",\"date\":\"2025-02-15\"}");
            awaitLiveProcessor(position[0]);
        });

        assertThat(rebuild.runNow()).isTrue();
        rebuild.afterBulkFold(() -> { });

        JsonNode report = client(port).getAsAdmin("/api/v1/reports/participants?" + YEAR + "&minPosition=" + position[0]);
        assertThat(report.at("/participants/total").asInt()).isEqualTo(2);
        assertThat(report.at("/closures/standardTable/studies").asInt()).isEqualTo(1);
        assertThat(report.at("/closures/standardTable/work").asInt()).isZero();
        assertThat(rebuild.progress().state()).isEqualTo("DONE");
    }

    /** Until the live processor has written the new records into the table the rebuild is about to replace. */
    private void awaitLiveProcessor(long position) {
        for (int i = 0; i < 300 && !positions.includes(JourneyFactsProjection.PROCESSOR, position); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertThat(positions.includes(JourneyFactsProjection.PROCESSOR, position)).isTrue();
    }

    private long post(String journeyId, String record) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(record);
            ServiceClientAccess.Answer answer = client(port).postRecord("admin", journeyId, body);
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            return JSON.readTree(answer.body()).path("position").asLong();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
