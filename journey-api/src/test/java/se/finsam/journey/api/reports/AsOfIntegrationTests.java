package se.finsam.journey.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.client;
import static se.finsam.journey.api.ServiceClientAccess.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;

/**
 * {@code asOf}: a report as it was first published stays reproducible after later corrections, and every
 * wrong report request is a 4xx that says what is wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AsOfIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YEAR = "initiative=fns&from=2025-01-01&to=2025-12-31";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void aReportAsOfItsPublicationIgnoresTheCorrectionsRecordedAfterIt() {
        client(port).initiative("fns", "vastmanland");
        JsonNode published = client(port).importAsAdmin(String.join("\n",
                line("a", "referral", "r1", "2025-01-10", "\"initiative\":\"fns\",\"referringParty\":\"REGION\","
                        + "\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1990},\"supportBefore\":\"SICKNESS_BENEFIT\""),
                line("a", "enrolment", "r2", "2025-01-20", ""),
                line("a", "closure", "r3", "2025-10-01", "\"cause\":\"MEDICAL_REHABILITATION\",\"supportAfter\":\"SICKNESS_BENEFIT\""),
                line("b", "referral", "r1", "2025-02-10", "\"initiative\":\"fns\",\"referringParty\":\"SELF\","
                        + "\"person\":{\"gender\":\"MAN\",\"birthYear\":1980},\"supportBefore\":\"UNKNOWN\""),
                line("b", "enrolment", "r2", "2025-02-20", "")));
        String publishedAt = published.path("recordedAt").asText();

        JsonNode corrected = client(port).importAsAdmin(String.join("\n",
                line("a", "retraction", "r4", "2026-01-15", "\"retracts\":\"r3\",\"reason\":\"fel avslutsorsak\""),
                line("a", "closure", "r5", "2025-10-01", "\"cause\":\"WORK\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\""),
                line("b", "retraction", "r3", "2026-01-15", "\"retracts\":\"r1\",\"reason\":\"fel person\"")));
        long position = corrected.path("position").asLong();

        JsonNode today = report(YEAR + "&minPosition=" + position);
        JsonNode asPublished = report(YEAR + "&minPosition=" + position + "&asOf="
                + URLEncoder.encode(publishedAt, StandardCharsets.UTF_8));

        assertThat(asPublished.path("asOf").asText()).isEqualTo(publishedAt);
        assertThat(asPublished.at("/participants/total").asInt()).isEqualTo(2);
        assertThat(asPublished.at("/closures/standardTable/medicalRehabilitation").asInt()).isEqualTo(1);
        assertThat(asPublished.at("/closures/standardTable/work").asInt()).isZero();
        assertThat(today.at("/participants/total").asInt()).isEqualTo(1);
        assertThat(today.at("/closures/standardTable/medicalRehabilitation").asInt()).isZero();
        assertThat(today.at("/closures/standardTable/work").asInt()).isEqualTo(1);
    }

    @Test
    void wrongReportRequestsAreClientErrorsThatSayWhatIsWrong() {
        client(port).initiative("sala", "vastmanland");
        client(port).initiative("fns", "vastmanland");
        client(port).user("analyst-sala", "ANALYST", "sala");
        String report = "/api/v1/reports/participants?";
        assertError(report + "initiative=sala&to=2025-12-31", 400, "'from' is missing");
        assertError(report + "initiative=sala&from=2025-12-31&to=2025-01-01", 400, "ends");
        assertError(report + "initiative=sala&from=2025-13-01&to=2025-12-31", 400, "not a date");
        assertError(report + "from=2025-01-01&to=2025-12-31", 400, "scope");
        assertError(report + "initiative=sala&association=vastmanland&from=2025-01-01&to=2025-12-31", 400, "scope");
        assertError(report + "initiative=nowhere&from=2025-01-01&to=2025-12-31", 404, "does not exist");
        assertError(report + "association=nowhere&from=2025-01-01&to=2025-12-31", 404, "no initiatives");
        assertError(report + "initiative=sala&from=2025-01-01&to=2025-12-31&compare=next", 400, "previous");
        assertError(report + "initiative=sala&from=2025-01-01&to=2025-12-31&asOf=yesterday", 400, "asOf");
        assertError(report + "initiative=sala&from=2025-01-01&to=2025-12-31&minPosition=-3", 400, "minPosition");
        assertError("/api/v1/reports/participants/lineage?initiative=sala&from=2025-01-01&to=2025-12-31", 400, "'cell' is missing");
        assertError("/api/v1/reports/participants/lineage?initiative=sala&from=2025-01-01&to=2025-12-31&cell=participants.nothing", 400,
                "not a figure");
        ServiceClientAccess.Answer otherTeam = client(port).get("analyst-sala",
                report + "initiative=fns&from=2025-01-01&to=2025-12-31");
        assertThat(otherTeam.status()).isEqualTo(403);
        ServiceClientAccess.Answer ownTeam = client(port).get("analyst-sala",
                report + "initiative=sala&from=2025-01-01&to=2025-12-31");
        assertThat(ownTeam.status()).as(ownTeam.body()).isEqualTo(200);
    }

    private void assertError(String path, int status, String detail) {
        ServiceClientAccess.Answer answer = client(port).get("admin", path);
        assertThat(answer.status()).as(path + " → " + answer.body()).isEqualTo(status);
        try {
            assertThat(JSON.readTree(answer.body()).path("detail").asText()).as(path).contains(detail);
        } catch (java.io.IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    private JsonNode report(String query) {
        return client(port).getAsAdmin("/api/v1/reports/participants?" + query);
    }
}
