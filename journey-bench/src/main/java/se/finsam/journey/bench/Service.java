package se.finsam.journey.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The real service jar started as a process of its own, against the benchmark's database, spoken to over HTTP with
 * keep-alive, and watched from outside: resident memory from {@code /proc/<pid>/status}, heap from the service's
 * own {@code jvm.memory.used} metric.
 */
final class Service implements AutoCloseable {

    static final String PASSWORD = "bench-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final HttpClient http = client();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    Service(Path jar, String jdbcUrl, List<String> jvmOptions, Path log) throws Exception {
        port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("JOURNEY_DB_URL", jdbcUrl);
        builder.environment().put("JOURNEY_DB_USER", "postgres");
        builder.environment().put("JOURNEY_DB_PASSWORD", "postgres");
        // The master key file the service makes at its first start goes beside the log, not into the working folder.
        builder.environment().put("JOURNEY_DATA_DIR", log.resolveSibling("service-data").toString());
        builder.environment().put("JOURNEY_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        process = builder.start();
        awaitHealthy(log);
    }

    /** A plain keep-alive connection for the single-record clients (see {@link KeepAliveConnection}). */
    KeepAliveConnection connect() throws IOException {
        return new KeepAliveConnection(port, authorization);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    long pid() {
        return process.pid();
    }

    private void awaitHealthy(Path log) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped while starting; see " + log);
            }
            try {
                if (http.send(request("/actuator/health").build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not become healthy within 2 minutes; see " + log);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", authorization)
                .timeout(Duration.ofMinutes(30));
    }

    HttpResponse<String> send(HttpClient client, String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String method, String path, String contentType, String body) throws Exception {
        HttpResponse<String> response = send(http, method, path, contentType, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    JsonNode get(String path) throws Exception {
        return json("GET", path, null, null);
    }

    /** Heap in use now, in bytes (the service's own jvm.memory.used over every heap pool). */
    long heapUsed() throws Exception {
        return get("/actuator/metrics/jvm.memory.used?tag=area:heap").path("measurements").get(0).path("value").asLong();
    }

    /** A field of /proc/<pid>/status in bytes, e.g. VmRSS (resident now) or VmHWM (peak resident). */
    long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no " + field + " in /proc/" + pid() + "/status");
    }

    /** Resets the peak resident size (VmHWM) to the current one, so a later read is the peak of what follows. */
    void resetPeakResident() {
        try {
            Files.writeString(Path.of("/proc", Long.toString(pid()), "clear_refs"), "5");
        } catch (IOException e) {
            // Not permitted here: the peak then covers the service's whole life so far, which the report says.
        }
    }

    /** Runs a full garbage collection in the service (jcmd), so that the heap in use afterwards is what is live. */
    void collectGarbage() throws Exception {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
        new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
