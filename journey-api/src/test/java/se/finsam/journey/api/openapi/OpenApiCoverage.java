package se.finsam.journey.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an OpenAPI document against the contract's endpoints ({@link ContractEndpoints}) and names everything it
 * lacks, one line each: an endpoint that is not in it, a parameter that is missing, has no description or is
 * required where the contract says optional, an error answer of the contract that is not described, and an
 * endpoint without a summary. Sign-in refusals (401, 403) must be problem+json, as the contract says every error
 * is. Path templates are compared by their shape ({@code /a/{id}} and {@code /a/{code}} are one path): a client
 * never sees the names inside the braces.
 */
final class OpenApiCoverage {

    private static final String PROBLEM_JSON = "application/problem+json";

    private OpenApiCoverage() {
    }

    /** What the document lacks; empty when it describes every endpoint of the contract as the contract gives it. */
    static List<String> problems(List<ContractEndpoints.Endpoint> contract, JsonNode document) {
        List<String> problems = new ArrayList<>();
        for (ContractEndpoints.Endpoint endpoint : contract) {
            Optional<Operation> found = operation(document, endpoint);
            if (found.isEmpty()) {
                problems.add(endpoint.name() + ": not in the OpenAPI document");
                continue;
            }
            Operation operation = found.get();
            String name = endpoint.name();
            if (operation.node().path("summary").asText().isBlank()) {
                problems.add(name + ": has no summary");
            }
            parameters(document, endpoint, operation, problems);
            errorAnswers(document, endpoint, operation, problems);
        }
        return problems;
    }

    private record Operation(JsonNode node, List<JsonNode> parameters) {
    }

    private static Optional<Operation> operation(JsonNode document, ContractEndpoints.Endpoint endpoint) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode operation = path.getValue().path(endpoint.method().toLowerCase());
            if (shape(path.getKey()).equals(shape(endpoint.path())) && operation.isObject()) {
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(p -> parameters.add(resolve(document, p)));
                operation.path("parameters").forEach(p -> parameters.add(resolve(document, p)));
                return Optional.of(new Operation(operation, parameters));
            }
        }
        return Optional.empty();
    }

    private static void parameters(JsonNode document, ContractEndpoints.Endpoint endpoint, Operation operation,
                                   List<String> problems) {
        String name = endpoint.name();
        List<JsonNode> inPath = operation.parameters().stream().filter(p -> p.path("in").asText().equals("path")).toList();
        if (inPath.size() != endpoint.in("path").size()) {
            problems.add(name + ": describes " + inPath.size() + " path parameters, the path has "
                    + endpoint.in("path").size());
        }
        inPath.stream().filter(p -> p.path("description").asText().isBlank()).forEach(p ->
                problems.add(name + ": path parameter '" + p.path("name").asText() + "' has no description"));
        for (ContractEndpoints.Parameter parameter : endpoint.in("query")) {
            Optional<JsonNode> described = operation.parameters().stream()
                    .filter(p -> p.path("in").asText().equals("query") && p.path("name").asText().equals(parameter.name()))
                    .findFirst();
            if (described.isEmpty()) {
                problems.add(name + ": query parameter '" + parameter.name() + "' is missing");
                continue;
            }
            if (described.get().path("description").asText().isBlank()) {
                problems.add(name + ": query parameter '" + parameter.name() + "' has no description");
            }
            if (parameter.optional() && described.get().path("required").asBoolean(false)) {
                problems.add(name + ": query parameter '" + parameter.name() + "' is required, but the contract "
                        + "says optional");
            }
        }
    }

    private static void errorAnswers(JsonNode document, ContractEndpoints.Endpoint endpoint, Operation operation,
                                     List<String> problems) {
        String name = endpoint.name();
        JsonNode responses = operation.node().path("responses");
        for (ContractEndpoints.Refusal refusal : endpoint.refusals()) {
            JsonNode response = resolve(document, responses.path(Integer.toString(refusal.status())));
            if (response.isMissingNode()) {
                problems.add(name + ": error answer " + refusal.status() + " (" + refusal.why() + ") is not described");
            } else if ((refusal.status() == 401 || refusal.status() == 403)
                    && !response.path("content").has(PROBLEM_JSON)) {
                problems.add(name + ": error answer " + refusal.status() + " is not " + PROBLEM_JSON);
            }
        }
        if (ContractEndpoints.takesInput(endpoint) && !responses.has("400") && !responses.has("422")) {
            problems.add(name + ": neither 400 nor 422 (bad input) is described");
        }
    }

    /** A {@code $ref} to a component, followed; anything else as it is. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        return document.at(ref.substring(1));
    }

    private static String shape(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
