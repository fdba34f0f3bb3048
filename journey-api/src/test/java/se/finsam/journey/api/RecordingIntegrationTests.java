package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.assertProblem;
import static se.finsam.journey.api.ServiceClient.assessment;
import static se.finsam.journey.api.ServiceClient.closure;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.referral;
import static se.finsam.journey.api.ServiceClient.retraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;

/**
 * API.md, "Recording": staff record a journey one record at a time and read it back, over real HTTP. The service's
 * clock runs a year behind the host's, so that a recorded time taken from any other clock shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RecordingIntegrationTests {

    @TestConfiguration
    static class AYearBehind {
        @Bean
        @Primary
        Clock aYearBehind() {
            return Clock.offset(Clock.systemUTC(), Duration.ofDays(-365));
        }
    }

    private static final String STAFF = "staff-fns";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    ServiceClient service;

    @BeforeEach
    void anInitiativeWithOneStaffUser() {
        service = new ServiceClient(port);
        service.initiative("fns", "vastmanland");
        service.user(STAFF, "STAFF", "fns");
    }

    @Test
    void staffRecordAWholeJourneyOneRecordAtATimeAndEachGetsALaterPosition() {
        List<ObjectNode> records = List.of(referral("ref", "fns", "2024-01-10"), enrolment("enr", "2024-01-22"),
                assessment("ass", "2024-03-01", "SELF_RATED_STEP", 4.5), closure("clo", "2024-06-28", "STUDIES"));
        long previous = headPosition();
        for (ObjectNode record : records) {
            Answer answer = service.post(STAFF, "/api/v1/journeys/whole-1/records", record);

            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            assertThat(answer.json().path("recordId").asText()).isEqualTo(record.get("recordId").asText());
            assertThat(answer.json().has("duplicate")).isFalse();
            long position = answer.json().path("position").asLong();
            assertThat(position).isGreaterThan(previous).isEqualTo(headPosition());
            previous = position;
        }
        assertThat(eventsOf("whole-1")).isEqualTo(4);
    }

    @Test
    void aRecordWithoutRecordIdGetsOneGenerated() {
        ObjectNode referral = referral("ignored", "fns", "2024-02-01");
        referral.remove("recordId");

        Answer answer = service.post(STAFF, "/api/v1/journeys/generated-1/records", referral);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String recordId = answer.json().path("recordId").asText();
        assertThat(recordId).matches("[A-Za-z0-9._-]{1,64}");
        assertThat(view("generated-1").path("records").get(0).path("recordId").asText()).isEqualTo(recordId);
    }

    @Test
    void theJourneyViewShowsEveryRecordInOrderWithWhenAndByWhomAndWhatWasRetracted() {
        Instant before = clock.instant();
        for (ObjectNode record : List.of(referral("ref", "fns", "2024-01-10"), enrolment("enr", "2024-01-22"),
                assessment("ass", "2024-03-01", "BIP", 2.5), closure("clo", "2024-06-28", "WORK"),
                retraction("fix", "2024-07-01", "ass", "scored on the wrong instrument"))) {
            assertThat(service.post(STAFF, "/api/v1/journeys/viewed-1/records", record).status()).isEqualTo(201);
        }
        Instant after = clock.instant();

        JsonNode journey = view("viewed-1");

        assertThat(journey.path("journeyId").asText()).isEqualTo("viewed-1");
        assertThat(journey.path("initiative").asText()).isEqualTo("fns");
        assertThat(journey.path("status").asText()).isEqualTo("CLOSED");
        List<String> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<Boolean> retracted = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (JsonNode record : journey.path("records")) {
            ids.add(record.path("recordId").asText());
            types.add(record.path("type").asText());
            dates.add(record.path("date").asText());
            retracted.add(record.path("retracted").asBoolean());
            assertThat(record.path("recordedBy").asText()).isEqualTo(STAFF);
            Instant recordedAt = Instant.parse(record.path("recordedAt").asText());
            assertThat(recordedAt).isBetween(before.minusMillis(1), after.plusMillis(1))
                    .isAfterOrEqualTo(previous);
            previous = recordedAt;
        }
        assertThat(ids).containsExactly("ref", "enr", "ass", "clo", "fix");
        assertThat(types).containsExactly("referral", "enrolment", "assessment", "closure", "retraction");
        assertThat(dates).containsExactly("2024-01-10", "2024-01-22", "2024-03-01", "2024-06-28", "2024-07-01");
        assertThat(retracted).containsExactly(false, false, true, false, false);
        assertThat(journey.path("records").get(2).path("retractedBy").asText()).isEqualTo("fix");
        assertThat(journey.path("current").path("assessments")).isEmpty();
    }

    @Test
    void aRecordSentAgainUnchangedIsAHarmlessDuplicateThatStoresNothingNew() {
        service.post(STAFF, "/api/v1/journeys/resent-1/records", referral("ref", "fns", "2024-01-10"));
        Answer first = service.post(STAFF, "/api/v1/journeys/resent-1/records", enrolment("enr", "2024-01-22"));
        long head = headPosition();

        Answer again = service.post(STAFF, "/api/v1/journeys/resent-1/records", enrolment("enr", "2024-01-22"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(again.json().path("recordId").asText()).isEqualTo("enr");
        assertThat(again.json().path("position").asLong()).isEqualTo(first.json().path("position").asLong());
        assertThat(headPosition()).isEqualTo(head);
        assertThat(eventsOf("resent-1")).isEqualTo(2);
        assertThat(view("resent-1").path("records")).hasSize(2);
    }

    @Test
    void aRecordIdSentAgainWithOtherContentIsAConflictAndStoresNothing() {
        service.post(STAFF, "/api/v1/journeys/reused-1/records", referral("ref", "fns", "2024-01-10"));
        service.post(STAFF, "/api/v1/journeys/reused-1/records", enrolment("enr", "2024-01-22"));

        Answer otherDate = service.post(STAFF, "/api/v1/journeys/reused-1/records", enrolment("enr", "2024-01-23"));
        Answer otherType = service.post(STAFF, "/api/v1/journeys/reused-1/records",
                assessment("enr", "2024-02-01", "BIP", 3));

        assertProblem(otherDate, 409, "recordId 'enr' is already used");
        assertProblem(otherType, 409, "recordId 'enr' is already used");
        assertThat(eventsOf("reused-1")).isEqualTo(2);
        assertThat(view("reused-1").path("records").get(1).path("date").asText()).isEqualTo("2024-01-22");
    }

    private JsonNode view(String journeyId) {
        Answer answer = service.get(STAFF, "/api/v1/journeys/" + journeyId);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private long headPosition() {
        return jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
    }

    private int eventsOf(String journeyId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Integer.class, journeyId);
    }
}
