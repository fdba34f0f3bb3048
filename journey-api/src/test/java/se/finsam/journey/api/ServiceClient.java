package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Talks to a running service over real HTTP with Basic credentials, as its clients do, and builds the records
 * the tests send. Every user the tests create has {@link #PASSWORD}; the bootstrap admin has its own.
 */
final class ServiceClient {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "bootstrap-admin-secret";
    static final String PASSWORD = "a-long-enough-password";
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ServiceClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Each Spring context gets an embedded PostgreSQL of its own, in a fresh directory under target/. */
    static void ownDatabase(DynamicPropertyRegistry registry) {
        try {
            Path target = Files.createDirectories(Path.of("target", "integration-data"));
            String dataDir = Files.createTempDirectory(target, "journey-").toAbsolutePath().toString();
            registry.add("journey.data-dir", () -> dataDir);
            registry.add("journey.db.url", () -> "");
            registry.add("journey.bootstrap-admin-password", () -> ADMIN_PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        /** The header's first value, or null when the answer has none. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("the answer is not JSON: " + body, e);
            }
        }
    }

    Answer get(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user, passwordOf(user));
    }

    Answer post(String user, String path, Object json) {
        return send(user, passwordOf(user), "POST", path, "application/json", json.toString());
    }

    Answer put(String user, String path, Object json) {
        return send(user, passwordOf(user), "PUT", path, "application/json", json.toString());
    }

    Answer delete(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), user, passwordOf(user));
    }

    /** Sends as given, with extra headers (name, value, name, value, …); a null user sends no credentials. */
    Answer get(String user, String password, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(headers.length == 0 ? request : request.headers(headers), user, password);
    }

    Answer importLines(String user, String ndjson) {
        return send(user, passwordOf(user), "POST", "/api/v1/imports", "application/x-ndjson", ndjson);
    }

    /** Sends as given; a null user sends no credentials at all. */
    Answer send(String user, String password, String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), user, password);
    }

    private Answer send(HttpRequest.Builder request, String user, String password) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String passwordOf(String user) {
        return ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD;
    }

    /** Creates (or renames) an initiative as the bootstrap admin. */
    void initiative(String code, String association) {
        Answer answer = put(ADMIN, "/api/v1/initiatives/" + code,
                JSON.createObjectNode().put("name", "Team " + code).put("association", association));
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
    }

    /**
     * Creates a user with one role, scoped to the given initiatives, or replaces one that differs. A user that
     * already exists as asked is left alone: every test user has {@link #PASSWORD}, and hashing it again (bcrypt,
     * cost 12) would only cost time.
     */
    void user(String username, String role, String... initiatives) {
        Answer existing = get(ADMIN, "/api/v1/users");
        assertThat(existing.status()).as(existing.body()).isEqualTo(200);
        for (JsonNode user : existing.json()) {
            if (user.path("username").asText().equals(username) && texts(user.path("roles")).equals(java.util.Set.of(role))
                    && texts(user.path("initiatives")).equals(java.util.Set.of(initiatives))) {
                return;
            }
        }
        ObjectNode request = JSON.createObjectNode().put("password", PASSWORD);
        request.putArray("roles").add(role);
        var scope = request.putArray("initiatives");
        for (String initiative : initiatives) {
            scope.add(initiative);
        }
        Answer answer = put(ADMIN, "/api/v1/users/" + username, request);
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
    }

    /** The position of the newest stored event, as the read models' administration reports it. */
    long storeHead() {
        Answer answer = get(ADMIN, "/api/v1/admin/read-models");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get(0).path("head").asLong();
    }

    /**
     * Waits until the read model behind the journey list and the reports includes every event up to
     * {@code position} (every segment of its processor has handled it: the {@code position} of
     * {@code /api/v1/admin/read-models}). Tests that read a page served from the read model wait here, on the position
     * their records were stored at, never on text appearing in the page: text can be there for other reasons (a
     * filter's option named like a status), and then the page is read before the journeys are in it.
     */
    void awaitReadModel(long position) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        long reached = readModelPosition();
        while (reached < position) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("the read model did not reach position " + position + " within 30 s (it is at "
                        + reached + ")");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the read model", e);
            }
            reached = readModelPosition();
        }
    }

    private long readModelPosition() {
        Answer answer = get(ADMIN, "/api/v1/admin/read-models");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get(0).path("position").asLong();
    }

    private static java.util.Set<String> texts(JsonNode array) {
        java.util.Set<String> texts = new java.util.HashSet<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /** Asserts an RFC 9457 problem with the status, a detail naming the problem, and no stack trace. */
    static void assertProblem(Answer answer, int status, String detailNames) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("detail").asText()).containsIgnoringCase(detailNames);
        assertNoStackTrace(answer);
    }

    static void assertNoStackTrace(Answer answer) {
        assertThat(answer.body()).doesNotContain("Exception", "at se.finsam", "at org.");
    }

    // The records of API.md, as mutable JSON objects so that a test can spoil one field.

    static ObjectNode referral(String recordId, String initiative, String date) {
        ObjectNode record = record("referral", recordId, date).put("initiative", initiative)
                .put("referringParty", "SOCIAL_INSURANCE_AGENCY").put("supportBefore", "SICKNESS_BENEFIT")
                .put("yearsInPublicSupport", 4.5);
        record.putObject("person").put("gender", "WOMAN").put("birthYear", 1985).put("homeMunicipality", "1980");
        return record;
    }

    static ObjectNode enrolment(String recordId, String date) {
        return record("enrolment", recordId, date);
    }

    static ObjectNode assessment(String recordId, String date, String instrument, double score) {
        return record("assessment", recordId, date).put("instrument", instrument).put("score", score);
    }

    static ObjectNode closure(String recordId, String date, String cause) {
        return record("closure", recordId, date).put("cause", cause).put("supportAfter", "NO_PUBLIC_SUPPORT");
    }

    static ObjectNode retraction(String recordId, String date, String retracts, String reason) {
        return record("retraction", recordId, date).put("retracts", retracts).put("reason", reason);
    }

    static ObjectNode record(String type, String recordId, String date) {
        return JSON.createObjectNode().put("type", type).put("recordId", recordId).put("date", date);
    }

    /** The same record as one NDJSON line of the given journey. */
    static String line(String journeyId, ObjectNode record) {
        return record.deepCopy().put("journeyId", journeyId).toString();
    }
}
