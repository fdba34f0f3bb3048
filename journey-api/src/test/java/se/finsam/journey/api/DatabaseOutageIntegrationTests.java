package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.finsam.journey.api.web.WebSession;

/**
 * PostgreSQL stopped under a running service, then started again, the service never restarted: health says DOWN
 * within a few seconds (it hung ~25 s), requests get a prompt 503 with Retry-After (problem+json for the API, also
 * while signing in; a Swedish error page for the pages) instead of hanging, and everything works again by itself once
 * the database is back.
 */
class DatabaseOutageIntegrationTests {

    private static final String STAFF = "outage-staff";
    private static final Duration PROMPTLY = Duration.ofSeconds(8);

    @TempDir
    Path folder;

    @Test
    void whileTheDatabaseIsDownHealthIsDownAndRequestsGetA503AndAllRecoversWhenItIsBack() throws Exception {
        EmbeddedPostgres postgres = startPostgres(0);
        int port = postgres.getPort();
        try (ConfigurableApplicationContext service = startService(port)) {
            int http = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
            ServiceClient client = new ServiceClient(http);
            client.initiative("outage", "faults");
            client.user(STAFF, "STAFF", "outage");
            assertThat(client.post(STAFF, "/api/v1/journeys/outage-1/records",
                    ServiceClient.referral("r-1", "outage", "2025-03-01")).status()).isEqualTo(201);
            WebSession pages = WebSession.signedIn(http, STAFF, ServiceClient.PASSWORD);

            postgres.close();

            Timed<ServiceClient.Answer> health = timed(() -> client.get(null, null, "/actuator/health"));
            assertThat(health.took()).isLessThan(Duration.ofSeconds(4));
            assertThat(health.value().status()).isEqualTo(503);
            assertThat(health.value().body()).contains("DOWN");
            assertThat(client.get(null, null, "/actuator/health/readiness").status()).isEqualTo(503);
            assertThat(client.get(null, null, "/actuator/health/liveness").status()).as("a restart cures nothing")
                    .isEqualTo(200);

            Timed<ServiceClient.Answer> record = timed(() -> client.post(STAFF, "/api/v1/journeys/outage-2/records",
                    ServiceClient.referral("r-1", "outage", "2025-03-02")));
            assertThat(record.took()).isLessThan(PROMPTLY);
            assertThat(record.value().status()).as(record.value().body()).isEqualTo(503);
            assertThat(record.value().contentType()).startsWith("application/problem+json");
            assertThat(record.value().header("Retry-After")).matches("\\d+");
            assertThat(record.value().json().path("detail").asText()).contains("database cannot be reached")
                    .contains("nothing was stored");

            Timed<WebSession.Page> page = timed(() -> pages.get("/app/journeys"));
            assertThat(page.took()).isLessThan(PROMPTLY);
            assertThat(page.value().status()).isEqualTo(503);
            assertThat(page.value().body()).contains("Databasen går inte att nå");

            HttpResponse<String> signIn = signInWithTheForm(http);
            assertThat(signIn.statusCode()).isEqualTo(503);
            assertThat(signIn.headers().firstValue("Retry-After")).isPresent();
            assertThat(signIn.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(signIn.body()).contains("Databasen går inte att nå");

            postgres = startPostgres(port);

            awaitHealthUp(client);
            ServiceClient.Answer afterwards = client.post(STAFF, "/api/v1/journeys/outage-2/records",
                    ServiceClient.referral("r-1", "outage", "2025-03-02"));
            assertThat(afterwards.status()).as(afterwards.body()).isEqualTo(201);
            assertThat(client.get(STAFF, "/api/v1/journeys/outage-1").status()).isEqualTo(200);
            assertThat(pages.get("/app/journeys").status()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private EmbeddedPostgres startPostgres(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("postgres"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false)
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
        return (port == 0 ? builder : builder.setPort(port)).start();
    }

    private ConfigurableApplicationContext startService(int databasePort) {
        // As arguments, since default properties would lose to application.properties.
        return new SpringApplicationBuilder(JourneyApplication.class).run("--server.port=0",
                "--journey.db.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "--journey.db.user=postgres", "--journey.db.password=", "--journey.db.pool-size=8",
                "--journey.data-dir=" + folder.resolve("service"),
                "--journey.bootstrap-admin-password=" + ServiceClient.ADMIN_PASSWORD,
                "--management.metrics.use-global-registry=false");
    }

    /** The sign-in form as a browser sends it (asking for HTML), the CSRF token read from the form first. */
    private static HttpResponse<String> signInWithTheForm(int port) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String fields = "username=" + STAFF + "&password=" + URLEncoder.encode(ServiceClient.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(WebSession.csrf(form), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitHealthUp(ServiceClient client) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (client.get(null, null, "/actuator/health").status() != 200) {
            assertThat(System.nanoTime()).as("health UP again within 60 s").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private record Timed<T>(T value, Duration took) {
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> Timed<T> timed(Call<T> call) throws Exception {
        long start = System.nanoTime();
        T value = call.call();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }
}
