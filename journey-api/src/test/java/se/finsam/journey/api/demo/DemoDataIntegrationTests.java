package se.finsam.journey.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.api.JourneyApplication;
import se.finsam.journey.journey.Journey;

/**
 * JOURNEY_DEMO_DATA=true on a real service and a real (embedded) PostgreSQL: the first start fills an empty store so
 * that reports show figures at once; a second start on the same data imports nothing more.
 */
class DemoDataIntegrationTests {

    private static final String PASSWORD = "demo-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEmptyStoreGetsDemoJourneysOnceAndReportsShowThem() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "integration-data")), "demo-");
        long events;
        try (ConfigurableApplicationContext service = start(dataDir)) {
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
            assertThat(events).isGreaterThan(500);
            assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry", Long.class))
                    .isGreaterThan(50);
            long position = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
            int lastYear = LocalDate.now(service.getBean(Clock.class).withZone(Journey.SWEDEN)).getYear() - 1;
            JsonNode report = get(service, "/api/v1/reports/participants?association=vastmanland&from=" + lastYear
                    + "-01-01&to=" + lastYear + "-12-31&minPosition=" + position);
            assertThat(report.path("participants").path("total").asInt()).isGreaterThan(20);
            assertThat(report.path("closures").path("total").asInt()).isPositive();
            assertThat(report.path("participants").path("byGender").path("WOMAN").asInt())
                    .isGreaterThan(report.path("participants").path("byGender").path("MAN").asInt() / 2);
            JsonNode initiatives = get(service, "/api/v1/initiatives");
            assertThat(initiatives.toString()).contains("vastmanland-1", "vastmanland-4");
        }
        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertThat(again.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domainevententry", Long.class))
                    .isEqualTo(events);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // As arguments, since default properties would lose to application.properties.
        return new SpringApplicationBuilder(JourneyApplication.class).run("--server.port=0",
                "--journey.data-dir=" + dataDir.toAbsolutePath(), "--journey.db.url=", "--journey.demo-data=true",
                "--journey.bootstrap-admin-password=" + PASSWORD);
    }

    private static JsonNode get(ConfigurableApplicationContext service, String path) throws Exception {
        String port = service.getEnvironment().getProperty("local.server.port");
        String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
