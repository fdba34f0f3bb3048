package se.finsam.journey.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.test.context.DynamicPropertyRegistry;

/** {@link ServiceClient} for test classes in other packages. */
public final class ServiceClientAccess {

    private final ServiceClient client;

    private ServiceClientAccess(int port) {
        this.client = new ServiceClient(port);
    }

    public static ServiceClientAccess client(int port) {
        return new ServiceClientAccess(port);
    }

    public static void ownDatabase(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    public record Answer(int status, String body, String contentType) {

        public JsonNode json() {
            try {
                return ServiceClient.JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new AssertionError("the answer is not JSON: " + body, e);
            }
        }
    }

    public void initiative(String code, String association) {
        client.initiative(code, association);
    }

    public void user(String username, String role, String... initiatives) {
        client.user(username, role, initiatives);
    }

    /** Creates or replaces a user with several roles, as the bootstrap admin. */
    public void userWithRoles(String username, java.util.List<String> roles, String... initiatives) {
        com.fasterxml.jackson.databind.node.ObjectNode request = ServiceClient.JSON.createObjectNode()
                .put("password", ServiceClient.PASSWORD);
        roles.forEach(request.putArray("roles")::add);
        var scope = request.putArray("initiatives");
        for (String initiative : initiatives) {
            scope.add(initiative);
        }
        Answer answer = put(ServiceClient.ADMIN, "/api/v1/users/" + username, request.toString());
        if (answer.status() != 200 && answer.status() != 201) {
            throw new AssertionError(answer.body());
        }
    }

    public JsonNode importAsAdmin(String ndjson) {
        return client.importLines(ServiceClient.ADMIN, ndjson).json();
    }

    public JsonNode getAsAdmin(String path) {
        return client.get(ServiceClient.ADMIN, path).json();
    }

    public Answer get(String user, String path) {
        ServiceClient.Answer answer = client.get(user, path);
        return answer(answer);
    }

    public Answer postAsAdmin(String path) {
        ServiceClient.Answer answer = client.post(ServiceClient.ADMIN, path, "");
        return answer(answer);
    }

    public Answer postRecord(String user, String journeyId, Object record) {
        ServiceClient.Answer answer = client.post(user, "/api/v1/journeys/" + journeyId + "/records", record);
        return answer(answer);
    }

    public Answer put(String user, String path, String json) {
        return answer(client.send(user, passwordOf(user), "PUT", path, "application/json", json));
    }

    /** Sends as given; a null user sends no credentials. */
    public Answer send(String user, String method, String path, String contentType, String body) {
        return answer(client.send(user, passwordOf(user), method, path, contentType, body));
    }

    private static Answer answer(ServiceClient.Answer answer) {
        return new Answer(answer.status(), answer.body(), answer.contentType());
    }

    private static String passwordOf(String user) {
        return ServiceClient.ADMIN.equals(user) ? ServiceClient.ADMIN_PASSWORD : ServiceClient.PASSWORD;
    }

    /** Asserts an RFC 9457 problem with the status, a detail naming the problem, and no stack trace. */
    public static void assertProblem(Answer answer, int status, String detailNames) {
        ServiceClient.assertProblem(new ServiceClient.Answer(answer.status(), answer.contentType(), answer.body(),
                null), status, detailNames);
    }

    /** The position of the newest stored event, for a test that recorded through a page and has no position. */
    public long storeHead() {
        return client.storeHead();
    }

    /** Waits until the read model includes every event up to {@code position} (see {@link ServiceClient}). */
    public void awaitReadModel(long position) {
        client.awaitReadModel(position);
    }

    /** One NDJSON line of a record: its type, journey, record id and date, then its own fields as JSON. */
    public static String line(String journeyId, String type, String recordId, String date, String fields) {
        return "{\"type\":\"" + type + "\",\"journeyId\":\"" + journeyId + "\",\"recordId\":\"" + recordId
                + "\",\"date\":\"" + date + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    public static String password() {
        return ServiceClient.PASSWORD;
    }

    public static String adminUser() {
        return ServiceClient.ADMIN;
    }

    public static String adminPassword() {
        return ServiceClient.ADMIN_PASSWORD;
    }
}
