package se.finsam.journey.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;

/**
 * The OpenAPI document the service publishes, fetched over real HTTP, against the published contract: every
 * endpoint of {@code ../shared/contract/API.md} is in it with its parameters and its error answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    ServiceClientAccess service;
    JsonNode document;
    List<ContractEndpoints.Endpoint> contract;

    @BeforeAll
    void theServicesOwnDescription() {
        service = ServiceClientAccess.client(port);
        document = service.getAsAdmin("/v3/api-docs");
        contract = ContractEndpoints.ofTheContract();
    }

    @Test
    void everyEndpointOfTheContractIsDescribedWithItsParametersAndErrorAnswers() {
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(OpenApiCoverage.problems(contract, document)).as("what the OpenAPI document lacks").isEmpty();
    }

    @Test
    void whatIsTakenOutOfTheServicesOwnDocumentIsNamed() {
        ObjectNode cut = document.deepCopy();
        ((ObjectNode) cut.path("paths")).remove("/api/v1/reports/participants/lineage");
        ArrayNode reportParameters = (ArrayNode) cut.at("/paths/~1api~1v1~1reports~1participants/get/parameters");
        for (int i = reportParameters.size() - 1; i >= 0; i--) {
            if (reportParameters.get(i).path("name").asText().equals("minPosition")) {
                reportParameters.remove(i);
            }
        }
        ((ObjectNode) cut.at("/paths/~1api~1v1~1journeys~1{journeyId}/get/responses")).remove("404");

        assertThat(OpenApiCoverage.problems(contract, cut)).containsExactlyInAnyOrder(
                "GET /api/v1/reports/participants/lineage: not in the OpenAPI document",
                "GET /api/v1/reports/participants: query parameter 'minPosition' is missing",
                "GET /api/v1/journeys/{journeyId}: error answer 404 (an unknown resource) is not described");
    }

    @Test
    void onlyTheApiIsDescribedSignedInWithBasicWhileSingleSignOnIsOff() {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).isNotEmpty().allMatch(path -> path.startsWith("/api/v1/"));
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.has("bearer")).isFalse();
        assertThat(document.path("security").toString()).isEqualTo("[{\"basic\":[]}]");
    }

    @Test
    void theDescriptionAndTheReferencePageAreForSignedInUsersOnly() {
        service.initiative("alpha", "north");
        service.user("analyst-alpha", "ANALYST", "alpha");
        assertThat(service.get("analyst-alpha", "/v3/api-docs").status()).isEqualTo(200);
        assertThat(service.get("analyst-alpha", "/swagger-ui/index.html").status()).isEqualTo(200);

        ServiceClientAccess.Answer anonymous = service.get(null, "/v3/api-docs");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Sign in");
        // A browser that is not signed in is sent to the sign-in page, and back after it.
        assertThat(service.get(null, "/swagger-ui/index.html").status()).isEqualTo(302);
    }
}
