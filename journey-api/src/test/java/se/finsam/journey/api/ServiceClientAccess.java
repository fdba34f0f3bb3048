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

    public record Answer(int status, String body) {
    }

    public void initiative(String code, String association) {
        client.initiative(code, association);
    }

    public void user(String username, String role, String... initiatives) {
        client.user(username, role, initiatives);
    }

    public JsonNode importAsAdmin(String ndjson) {
        return client.importLines(ServiceClient.ADMIN, ndjson).json();
    }

    public JsonNode getAsAdmin(String path) {
        return client.get(ServiceClient.ADMIN, path).json();
    }

    public Answer get(String user, String path) {
        ServiceClient.Answer answer = client.get(user, path);
        return new Answer(answer.status(), answer.body());
    }

    public Answer postAsAdmin(String path) {
        ServiceClient.Answer answer = client.post(ServiceClient.ADMIN, path, "");
        return new Answer(answer.status(), answer.body());
    }

    public Answer postRecord(String user, String journeyId, Object record) {
        ServiceClient.Answer answer = client.post(user, "/api/v1/journeys/" + journeyId + "/records", record);
        return new Answer(answer.status(), answer.body());
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

    public static String adminPassword() {
        return ServiceClient.ADMIN_PASSWORD;
    }
}
