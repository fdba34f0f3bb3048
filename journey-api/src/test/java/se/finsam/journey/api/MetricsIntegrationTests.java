package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service's own measures reach Prometheus, and only an administrator may read them. (Spring Boot turns
 * metrics export off in tests unless asked, hence {@code @AutoConfigureObservability}.)
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void recordsImportsReportsAndTheReadModelsLagAreMeasured() {
        ServiceClient service = new ServiceClient(port);
        service.initiative("fns", "vastmanland");
        service.user("analyst-metrics", "ANALYST", "fns");
        ServiceClient.Answer stored = service.post(ServiceClient.ADMIN, "/api/v1/journeys/m1/records",
                ServiceClient.referral("r1", "fns", "2025-02-01"));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        service.post(ServiceClient.ADMIN, "/api/v1/journeys/m1/records", ServiceClient.enrolment("r1", "2025-02-02"));
        service.importLines(ServiceClient.ADMIN, ServiceClient.line("m2", ServiceClient.referral("r1", "fns", "2025-03-01")));
        assertThat(service.get(ServiceClient.ADMIN, "/api/v1/reports/participants?initiative=fns&from=2025-01-01"
                + "&to=2025-12-31").status()).isEqualTo(200);

        ServiceClient.Answer scraped = service.get(ServiceClient.ADMIN, "/actuator/prometheus");
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("journey_commands_seconds_count{outcome=\"stored\"} 1",
                "journey_commands_seconds_count{outcome=\"refused\"} 1",
                "journey_import_records_total{result=\"accepted\"} 1",
                "journey_events_appended_total{source=\"import\"} 1",
                "journey_events_appended_total{source=\"request\"} 1",
                "journey_report_duration_seconds_count{asOf=\"false\",scope=\"initiative\"} 1",
                "journey_processor_lag_events", "journey_store_head");
        assertThat(scraped.body()).as("the caches, measured").contains(
                "cache_gets_total{cache=\"verified-credentials\",result=\"hit\"}",
                "cache_gets_total{cache=\"journey-initiatives\",result=\"hit\"}",
                "cache_size{cache=\"report-manifests-stored\"} 1", "cache_size{cache=\"unwrapped-personal-data-keys\"}",
                "cache_size{cache=\"sign-in-failures\"}", "cache_size{cache=\"page-imports\"}");
        assertThat(service.get("analyst-metrics", "/actuator/prometheus").status()).isEqualTo(403);
    }
}
