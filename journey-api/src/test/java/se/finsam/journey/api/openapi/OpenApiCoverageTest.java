package se.finsam.journey.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coverage check on a small contract and a document made for it, whole and with one thing taken out. */
class OpenApiCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONTRACT = """
            ## Things
            - `GET /api/v1/things/{id}` → the thing.
            - `PUT /api/v1/things/{id}` with `{"name": "…"}` creates or renames it (`id`: `[a-z]{2,8}`).

            `GET /api/v1/reports/things` with
            - scope: one or more `initiative=CODE`;
            - `from`, `to`: ISO dates, inclusive;
            - optional `minPosition`: first wait (up to 30 s, else `503`) until `position` is reached.

            The answer holds `things`.
            """;

    private static final String PROBLEM = """
            {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}""";

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/api/v1/things/{code}": {
                "get": {"summary": "A thing",
                  "parameters": [{"name": "code", "in": "path", "required": true, "description": "Its code."}],
                  "responses": {"200": {"description": "It."}, "401": %1$s, "403": %1$s,
                                "404": {"$ref": "#/components/responses/NotFound"}}},
                "put": {"summary": "Create or rename a thing",
                  "parameters": [{"name": "code", "in": "path", "required": true, "description": "Its code."}],
                  "responses": {"200": {"description": "Renamed."}, "400": %1$s, "401": %1$s, "403": %1$s}}},
              "/api/v1/reports/things": {
                "get": {"summary": "The things of a scope",
                  "parameters": [
                    {"name": "initiative", "in": "query", "description": "The scope."},
                    {"name": "from", "in": "query", "required": true, "description": "The first day."},
                    {"name": "to", "in": "query", "required": true, "description": "The last day."},
                    {"name": "minPosition", "in": "query", "description": "Wait for this position."}],
                  "responses": {"200": {"description": "Them."}, "400": %1$s, "401": %1$s, "403": %1$s, "503": %1$s}}},
              "/api/v1/more": {"get": {"summary": "More than the contract names"}}},
             "components": {"responses": {"NotFound": %1$s}}}
            """.formatted(PROBLEM);

    private final List<ContractEndpoints.Endpoint> contract = ContractEndpoints.parse(CONTRACT);

    @Test
    void theContractsEndpointsParametersAndErrorAnswersAreReadFromItsText() {
        assertThat(contract).extracting(ContractEndpoints.Endpoint::name).containsExactly(
                "GET /api/v1/things/{id}", "PUT /api/v1/things/{id}", "GET /api/v1/reports/things");
        ContractEndpoints.Endpoint report = contract.get(2);
        assertThat(report.parameters()).containsExactly(
                new ContractEndpoints.Parameter("initiative", "query", false),
                new ContractEndpoints.Parameter("from", "query", false),
                new ContractEndpoints.Parameter("to", "query", false),
                new ContractEndpoints.Parameter("minPosition", "query", true));
        assertThat(report.refusals()).extracting(ContractEndpoints.Refusal::status).containsExactly(401, 403, 503);
        assertThat(contract.get(0).refusals()).extracting(ContractEndpoints.Refusal::status).containsExactly(401, 403, 404);
        assertThat(contract.get(1).parameters()).containsExactly(new ContractEndpoints.Parameter("id", "path", false));
    }

    @Test
    void aDocumentThatDescribesEverythingHasNoProblems() throws Exception {
        assertThat(OpenApiCoverage.problems(contract, JSON.readTree(DOCUMENT))).isEmpty();
    }

    @Test
    void aMissingEndpointIsNamed() throws Exception {
        ObjectNode document = document();
        ((ObjectNode) document.path("paths").path("/api/v1/things/{code}")).remove("get");
        assertThat(OpenApiCoverage.problems(contract, document))
                .containsExactly("GET /api/v1/things/{id}: not in the OpenAPI document");
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        ObjectNode document = document();
        parameters(document).remove(3);
        assertThat(OpenApiCoverage.problems(contract, document))
                .containsExactly("GET /api/v1/reports/things: query parameter 'minPosition' is missing");
    }

    @Test
    void aParameterWithoutADescriptionOrRequiredAgainstTheContractIsNamed() throws Exception {
        ObjectNode document = document();
        ((ObjectNode) parameters(document).get(1)).remove("description");
        ((ObjectNode) parameters(document).get(3)).put("required", true);
        ((ObjectNode) document.at("/paths/~1api~1v1~1things~1{code}/get/parameters/0")).remove("description");
        assertThat(OpenApiCoverage.problems(contract, document)).containsExactly(
                "GET /api/v1/things/{id}: path parameter 'code' has no description",
                "GET /api/v1/reports/things: query parameter 'from' has no description",
                "GET /api/v1/reports/things: query parameter 'minPosition' is required, but the contract says optional");
    }

    @Test
    void aMissingErrorAnswerIsNamed() throws Exception {
        ObjectNode document = document();
        ((ObjectNode) document.at("/paths/~1api~1v1~1reports~1things/get/responses")).remove("503");
        ((ObjectNode) document.at("/paths/~1api~1v1~1things~1{code}/get/responses")).remove("404");
        assertThat(OpenApiCoverage.problems(contract, document)).containsExactly(
                "GET /api/v1/things/{id}: error answer 404 (an unknown resource) is not described",
                "GET /api/v1/reports/things: error answer 503 (minPosition: not caught up within 30 s) is not described");
    }

    @Test
    void badInputWithoutAnAnswerAndARefusalThatIsNotAProblemAreNamed() throws Exception {
        ObjectNode document = document();
        ((ObjectNode) document.at("/paths/~1api~1v1~1things~1{code}/put/responses")).remove("400");
        ((ObjectNode) document.at("/paths/~1api~1v1~1reports~1things/get/responses")).set("401",
                JSON.readTree("{\"content\": {\"application/json\": {}}}"));
        assertThat(OpenApiCoverage.problems(contract, document)).containsExactly(
                "PUT /api/v1/things/{id}: neither 400 nor 422 (bad input) is described",
                "GET /api/v1/reports/things: error answer 401 is not application/problem+json");
    }

    @Test
    void anEndpointWithoutASummaryIsNamed() throws Exception {
        ObjectNode document = document();
        ((ObjectNode) document.at("/paths/~1api~1v1~1things~1{code}/put")).remove("summary");
        assertThat(OpenApiCoverage.problems(contract, document))
                .containsExactly("PUT /api/v1/things/{id}: has no summary");
    }

    private static ObjectNode document() throws Exception {
        return (ObjectNode) JSON.readTree(DOCUMENT);
    }

    private static ArrayNode parameters(ObjectNode document) {
        return (ArrayNode) document.at("/paths/~1api~1v1~1reports~1things/get/parameters");
    }

    @Test
    void thePublishedContractIsReadAsItIsWritten() {
        List<ContractEndpoints.Endpoint> published = ContractEndpoints.ofTheContract();
        assertThat(published).extracting(ContractEndpoints.Endpoint::name).containsExactly(
                "PUT /api/v1/initiatives/{code}", "GET /api/v1/initiatives", "PUT /api/v1/users/{username}",
                "POST /api/v1/journeys/{journeyId}/records", "POST /api/v1/imports", "GET /api/v1/journeys/{journeyId}",
                "GET /api/v1/reports/participants", "GET /api/v1/reports/participants/lineage",
                "PUT /api/v1/definitions/{id}", "GET /api/v1/definitions", "GET /api/v1/definitions/{id}",
                "GET /api/v1/definitions/{id}/versions/{n}", "GET /api/v1/reports/tables",
                "GET /api/v1/reports/tables/lineage", "GET /api/v1/reports/tables/difference");
        assertThat(query(published, "GET /api/v1/reports/participants")).containsExactlyInAnyOrder(
                "initiative", "association", "from", "to", "asOf (optional)", "compare (optional)",
                "minPosition (optional)");
        assertThat(query(published, "GET /api/v1/reports/participants/lineage")).containsExactlyInAnyOrder(
                "initiative", "association", "from", "to", "asOf (optional)", "compare (optional)",
                "minPosition (optional)", "cell");
        assertThat(query(published, "GET /api/v1/reports/tables")).containsExactlyInAnyOrder("definition",
                "version (optional)", "initiative (optional)", "association (optional)", "from", "to", "asOf",
                "compare", "minPosition", "suppress");
        assertThat(query(published, "GET /api/v1/reports/tables/lineage")).contains("definition", "minPosition",
                "table", "cell");
        assertThat(query(published, "GET /api/v1/reports/tables/difference")).containsExactlyInAnyOrder(
                "initiative (optional)", "association (optional)", "from", "to", "asOf", "definition", "version",
                "table", "cell", "against", "againstVersion", "againstTable", "againstCell");
        assertThat(query(published, "PUT /api/v1/users/{username}")).isEmpty();
        assertThat(query(published, "GET /api/v1/definitions/{id}/versions/{n}")).isEmpty();
        assertThat(statuses(published, "POST /api/v1/journeys/{journeyId}/records")).containsExactly(401, 403, 409);
        assertThat(statuses(published, "POST /api/v1/imports")).containsExactly(401, 403, 422);
        assertThat(statuses(published, "GET /api/v1/journeys/{journeyId}")).containsExactly(401, 403, 404);
        assertThat(statuses(published, "GET /api/v1/reports/participants")).containsExactly(401, 403, 503);
        assertThat(statuses(published, "GET /api/v1/reports/tables/lineage")).containsExactly(401, 403, 503);
        assertThat(statuses(published, "PUT /api/v1/definitions/{id}")).containsExactly(401, 403, 422);
    }

    private static List<String> query(List<ContractEndpoints.Endpoint> endpoints, String name) {
        return endpoint(endpoints, name).in("query").stream()
                .map(p -> p.name() + (p.optional() ? " (optional)" : "")).toList();
    }

    private static List<Integer> statuses(List<ContractEndpoints.Endpoint> endpoints, String name) {
        return endpoint(endpoints, name).refusals().stream().map(ContractEndpoints.Refusal::status).toList();
    }

    private static ContractEndpoints.Endpoint endpoint(List<ContractEndpoints.Endpoint> endpoints, String name) {
        return endpoints.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
