package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.ADMIN;
import static se.finsam.journey.api.ServiceClient.assertProblem;
import static se.finsam.journey.api.ServiceClient.assessment;
import static se.finsam.journey.api.ServiceClient.closure;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.line;
import static se.finsam.journey.api.ServiceClient.record;
import static se.finsam.journey.api.ServiceClient.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;

/** API.md, "Recording": NDJSON imports, applied line by line in chunks of 500 records. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "journey.import.chunk-size=500")
class ImportIntegrationTests {

    private static final String STAFF = "staff-fns";
    private static final String ANALYST = "analyst-fns";
    private static final String IDENTITY_NUMBER = "191212121212";
    private static final String NAME = "Tolvan Tolvansson";

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
    void twoInitiativesWithTheirUsers() {
        service = new ServiceClient(port);
        service.initiative("fns", "vastmanland");
        service.initiative("sala", "vastmanland");
        service.user(STAFF, "STAFF", "fns");
        service.user(ANALYST, "ANALYST", "fns");
    }

    @Test
    void aMixedImportKeepsTheValidLinesAndReportsEveryInvalidOneByLine() {
        String file = String.join("\n",
                line("mixed-a", referral("a1", "fns", "2024-01-10")),
                line("mixed-a", enrolment("a2", "2024-01-20")),
                "{\"type\": \"enrolment\", \"journeyId\": \"mixed-a\", ",
                line("mixed-a", enrolment("a3", "2024-02-01")),
                line("mixed-b", spoilt(referral("b1", "fns", "2024-01-10"), "FEMALE")),
                idsFirst("mixed-c", referral("c1", "fns", "2024-01-10").put("referringUnit", "x".repeat(64 * 1024))),
                line("mixed-a", assessment("a4", "2024-03-01", "WORK_ABILITY", 40)));
        Instant before = clock.instant();

        Answer answer = service.importLines(STAFF, file);

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        JsonNode result = answer.json();
        assertThat(result.path("accepted").asInt()).isEqualTo(3);
        assertThat(result.path("duplicates").asInt()).isZero();
        assertThat(result.path("rejected").asInt()).isEqualTo(4);
        assertLineError(result.path("errors").get(0), 3, null, null, "not valid JSON");
        assertLineError(result.path("errors").get(1), 4, "mixed-a", "a3", "already enrolled");
        assertLineError(result.path("errors").get(2), 5, "mixed-b", "b1", "'FEMALE' is not a gender");
        assertLineError(result.path("errors").get(3), 6, "mixed-c", "c1", "longer than 64 KiB");
        assertThat(result.path("errors")).hasSize(4);
        assertThat(result.path("position").asLong()).isEqualTo(headPosition());
        Instant recordedAt = Instant.parse(result.path("recordedAt").asText());
        assertThat(recordedAt).isAfterOrEqualTo(before.minusMillis(1)).isBeforeOrEqualTo(clock.instant());
        JsonNode journey = view(STAFF, "mixed-a");
        assertThat(recordIds(journey)).containsExactly("a1", "a2", "a4");
        journey.path("records").forEach(r -> assertThat(Instant.parse(r.path("recordedAt").asText()))
                .isBeforeOrEqualTo(recordedAt));
        assertThat(service.get(STAFF, "/api/v1/journeys/mixed-b").status()).isEqualTo(404);
        assertThat(service.get(STAFF, "/api/v1/journeys/mixed-c").status()).isEqualTo(404);

        Answer again = service.importLines(STAFF, file);

        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.json().path("accepted").asInt()).isZero();
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(3);
        assertThat(again.json().path("rejected").asInt()).isEqualTo(4);
        assertThat(again.json().path("position").asLong()).isEqualTo(result.path("position").asLong());
        assertThat(recordIds(view(STAFF, "mixed-a"))).containsExactly("a1", "a2", "a4");
    }

    @Test
    void aValidImportSentTwiceIsAcceptedOnceAndOnlyDuplicatesTheSecondTime() {
        String file = String.join("\n", line("twice-a", referral("r", "fns", "2024-01-10")),
                line("twice-a", enrolment("e", "2024-01-20")), line("twice-b", referral("r", "fns", "2024-01-11")))
                + "\n";

        Answer first = service.importLines(STAFF, file);
        Answer second = service.importLines(STAFF, file);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("accepted").asInt()).isEqualTo(3);
        assertThat(first.json().path("errors")).isEmpty();
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("accepted").asInt()).isZero();
        assertThat(second.json().path("duplicates").asInt()).isEqualTo(3);
        assertThat(second.json().path("rejected").asInt()).isZero();
        assertThat(second.json().path("position").asLong()).isEqualTo(first.json().path("position").asLong())
                .isEqualTo(headPosition());
        assertThat(eventsOf("twice-%")).isEqualTo(3);
    }

    @Test
    void identityNumbersAndNamesAreSealedInTheEventStoreAndShownOnlyToThoseAllowed() {
        ObjectNode referral = referral("r", "fns", "2024-01-10");
        ((ObjectNode) referral.get("person")).put("personalIdentityNumber", IDENTITY_NUMBER).put("name", NAME);

        Answer answer = service.importLines(STAFF, line("personal-1", referral));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> stored = jdbc.queryForList("SELECT concat_ws(' ', aggregateidentifier, payloadtype, "
                + "convert_from(payload, 'UTF8'), convert_from(metadata, 'UTF8')) FROM domainevententry", String.class);
        assertThat(stored).anySatisfy(row -> assertThat(row).contains("personal-1", "ciphertext", "WOMAN"));
        assertThat(stored).noneSatisfy(row -> assertThat(row).containsAnyOf(IDENTITY_NUMBER,
                IDENTITY_NUMBER.substring(2), "Tolvan"));
        for (String reader : List.of(ADMIN, STAFF)) {
            JsonNode person = view(reader, "personal-1").path("records").get(0).path("person");
            assertThat(person.path("personalIdentityNumber").asText()).as(reader).isEqualTo(IDENTITY_NUMBER);
            assertThat(person.path("name").asText()).as(reader).isEqualTo(NAME);
        }
        Answer analystView = service.get(ANALYST, "/api/v1/journeys/personal-1");
        assertThat(analystView.status()).as("journeys are staff's to read").isEqualTo(403);
        assertThat(analystView.body()).doesNotContain(IDENTITY_NUMBER, IDENTITY_NUMBER.substring(2), "Tolvan");
    }

    @Test
    void staffImportingLinesOfAnInitiativeOutsideTheirScopeHaveThoseLinesRejected() {
        assertThat(service.post(ADMIN, "/api/v1/journeys/theirs-1/records", referral("r", "sala", "2024-01-10"))
                .status()).isEqualTo(201);
        String file = String.join("\n", line("theirs-2", referral("r", "sala", "2024-01-10")),
                line("theirs-1", enrolment("e", "2024-01-20")), line("ours-1", referral("r", "fns", "2024-01-10")));

        Answer answer = service.importLines(STAFF, file);

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(1);
        assertLineError(answer.json().path("errors").get(0), 1, "theirs-2", "r",
                "may not record journeys of initiative 'sala'");
        // A journey of another initiative is refused as one that does not exist: its initiative is not named.
        assertLineError(answer.json().path("errors").get(1), 2, "theirs-1", "e", "journey 'theirs-1' has no referral");
        assertThat(eventsOf("theirs-%")).isEqualTo(1);
        assertThat(eventsOf("ours-1")).isEqualTo(1);
    }

    @Test
    void anImportOfThousandsOfRecordsAcrossManyChunksIsStoredInFull() {
        int journeys = 350;
        List<ObjectNode> steps = new ArrayList<>();
        steps.add(referral("ref", "fns", "2023-01-02"));
        steps.add(enrolment("enr", "2023-01-16"));
        for (int week = 0; week < 9; week++) {
            String date = LocalDate.of(2023, 2, 1).plusWeeks(week).toString();
            steps.add(assessment("ass-" + week, date, "SELF_RATED_STEP", week));
        }
        steps.add(record("work-training-started", "wts", "2023-05-02").put("trainingId", "t1")
                .put("sector", "PRIVATE").put("hoursPerWeek", 20));
        steps.add(record("work-training-ended", "wte", "2023-06-30").put("trainingId", "t1"));
        steps.add(closure("clo", "2023-08-31", "WORK").put("subsidisedEmployment", true));
        // Step by step across all journeys, so every chunk continues journeys that earlier chunks began.
        StringBuilder file = new StringBuilder();
        for (ObjectNode step : steps) {
            for (int j = 0; j < journeys; j++) {
                file.append(line("bulk-" + j, step)).append('\n');
            }
        }
        int records = journeys * steps.size();

        Answer answer = service.importLines(STAFF, file.toString());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(records).isEqualTo(4900);
        assertThat(answer.json().path("rejected").asInt()).isZero();
        assertThat(answer.json().path("position").asLong()).isEqualTo(headPosition());
        assertThat(eventsOf("bulk-%")).isEqualTo(records);
        JsonNode last = view(STAFF, "bulk-" + (journeys - 1));
        assertThat(last.path("status").asText()).isEqualTo("CLOSED");
        assertThat(recordIds(last)).hasSize(steps.size()).startsWith("ref", "enr").endsWith("wte", "clo");
    }

    @Test
    void aLineOfManyMegabytesIsOneErrorNamingItsIdsAndTheLinesAroundItAreStored() {
        String huge = idsFirst("huge-1", referral("h1", "fns", "2024-01-10").put("referringUnit", "x".repeat(20_000_000)));
        String file = String.join("\n", line("huge-0", referral("h0", "fns", "2024-01-10")), huge,
                line("huge-2", referral("h2", "fns", "2024-01-10")));

        Answer answer = service.importLines(STAFF, file);

        assertThat(answer.status()).as(answer.body().substring(0, Math.min(500, answer.body().length()))).isEqualTo(422);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(2);
        assertThat(answer.json().path("errors")).hasSize(1);
        assertLineError(answer.json().path("errors").get(0), 2, "huge-1", "h1", "longer than 64 KiB");
        assertThat(eventsOf("huge-%")).isEqualTo(2);
    }

    @Test
    void onlyTheFirstThousandRejectedLinesAreListedAndTheOthersAreCounted() {
        StringBuilder file = new StringBuilder(line("many-0", referral("r", "fns", "2024-01-10"))).append('\n');
        for (int i = 1; i <= 1500; i++) {
            file.append(line("many-bad-" + i, referral("r", "fns", "2024-01-10").put("initiative", "nowhere")))
                    .append('\n');
        }
        file.append(line("many-1", referral("r", "fns", "2024-01-10"))).append('\n');

        Answer answer = service.importLines(STAFF, file.toString());

        assertThat(answer.status()).isEqualTo(422);
        JsonNode result = answer.json();
        assertThat(result.path("accepted").asInt()).isEqualTo(2);
        assertThat(result.path("rejected").asInt()).isEqualTo(1500);
        assertThat(result.path("errors")).hasSize(1000);
        assertThat(result.path("errorsOmitted").asInt()).isEqualTo(500);
        assertLineError(result.path("errors").get(0), 2, "many-bad-1", "r", "may not record journeys of initiative 'nowhere'");
        assertLineError(result.path("errors").get(999), 1001, "many-bad-1000", "r", "may not record journeys of initiative 'nowhere'");
        assertThat(eventsOf("many-_")).isEqualTo(2);
    }

    @Test
    void anImportTheDatabaseStopsTakingMidwaySaysHowFarItGotAndTheRestCanBeSentAgain() {
        // The database refuses the 1,100th line's record as a full disk does (SQLSTATE 53100), in the third chunk.
        jdbc.execute("CREATE FUNCTION refuse_as_if_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.aggregateidentifier = 'midway-1099' THEN RAISE EXCEPTION 'could not extend file' "
                + "USING ERRCODE = 'disk_full'; END IF; RETURN NEW; END $$");
        jdbc.execute("CREATE TRIGGER refuse_as_if_full BEFORE INSERT ON domainevententry FOR EACH ROW "
                + "EXECUTE FUNCTION refuse_as_if_full()");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            lines.add(line("midway-" + i, referral("r", "fns", "2024-01-10")));
        }
        lines.set(10, line("midway-bad", referral("r", "fns", "2024-01-10").put("initiative", "nowhere")));
        try {
            Answer stopped = service.importLines(STAFF, String.join("\n", lines));

            assertProblem(stopped, 503, "stopped at line 1001");
            assertThat(stopped.header("Retry-After")).isNotNull();
            JsonNode problem = stopped.json();
            assertThat(problem.path("detail").asText()).contains("database", "Lines 1–1000 are done",
                    "nothing from line 1001 on was stored");
            assertThat(problem.path("accepted").asInt()).isEqualTo(999);
            assertThat(problem.path("rejected").asInt()).isEqualTo(1);
            assertLineError(problem.path("errors").get(0), 11, "midway-bad", "r", "may not record journeys of initiative 'nowhere'");
            assertThat(problem.path("lastStoredLine").asInt()).isEqualTo(1000);
            assertThat(problem.path("resendFromLine").asInt()).isEqualTo(1001);
            assertThat(problem.path("position").asLong()).isEqualTo(headPosition());
            assertThat(eventsOf("midway-%")).isEqualTo(999);
        } finally {
            jdbc.execute("DROP TRIGGER refuse_as_if_full ON domainevententry");
            jdbc.execute("DROP FUNCTION refuse_as_if_full()");
        }

        Answer rest = service.importLines(STAFF, String.join("\n", lines.subList(1000, lines.size())));

        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        assertThat(rest.json().path("accepted").asInt()).isEqualTo(500);
        assertThat(eventsOf("midway-%")).isEqualTo(1499);
        Answer whole = service.importLines(STAFF, String.join("\n", lines));
        assertThat(whole.json().path("duplicates").asInt()).isEqualTo(1499);
        assertThat(whole.json().path("accepted").asInt()).isZero();
    }

    @Test
    void anImportWhoseDatabaseConnectionIsCutMidwayIsAnsweredWithAServiceUnavailableThatSaysHowFarItGot() {
        // The database ends the import's own session at the 600th line, as a database that goes away does.
        jdbc.execute("CREATE FUNCTION cut_connection() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.aggregateidentifier = 'cut-599' THEN PERFORM pg_terminate_backend(pg_backend_pid()); "
                + "END IF; RETURN NEW; END $$");
        jdbc.execute("CREATE TRIGGER cut_connection BEFORE INSERT ON domainevententry FOR EACH ROW "
                + "EXECUTE FUNCTION cut_connection()");
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 800; i++) {
            file.append(line("cut-" + i, referral("r", "fns", "2024-01-10"))).append('\n');
        }
        try {
            Answer stopped = service.importLines(STAFF, file.toString());

            assertProblem(stopped, 503, "stopped at line 501");
            assertThat(stopped.json().path("accepted").asInt()).isEqualTo(500);
            assertThat(stopped.json().path("lastStoredLine").asInt()).isEqualTo(500);
            assertThat(stopped.json().path("resendFromLine").asInt()).isEqualTo(501);
            assertThat(eventsOf("cut-%")).isEqualTo(500);
        } finally {
            jdbc.execute("DROP TRIGGER cut_connection ON domainevententry");
            jdbc.execute("DROP FUNCTION cut_connection()");
        }
    }

    /**
     * A line whose ids come first: a line too long to read is named by the ids found before it is cut off (after
     * 64 KiB), so the test puts them where a client's serializer usually does.
     */
    private static String idsFirst(String journeyId, ObjectNode record) {
        ObjectNode line = ServiceClient.JSON.createObjectNode().put("journeyId", journeyId)
                .put("recordId", record.path("recordId").asText());
        line.setAll(record);
        return line.toString();
    }

    private static ObjectNode spoilt(ObjectNode referral, String gender) {
        ((ObjectNode) referral.get("person")).put("gender", gender);
        return referral;
    }

    private static void assertLineError(JsonNode error, int line, String journeyId, String recordId, String message) {
        assertThat(error.path("line").asInt()).as(error.toString()).isEqualTo(line);
        assertThat(error.path("journeyId").isMissingNode() ? null : error.path("journeyId").asText())
                .as(error.toString()).isEqualTo(journeyId);
        assertThat(error.path("recordId").isMissingNode() ? null : error.path("recordId").asText())
                .as(error.toString()).isEqualTo(recordId);
        assertThat(error.path("message").asText()).contains(message);
    }

    private JsonNode view(String user, String journeyId) {
        Answer answer = service.get(user, "/api/v1/journeys/" + journeyId);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> recordIds(JsonNode journey) {
        List<String> ids = new ArrayList<>();
        journey.path("records").forEach(r -> ids.add(r.path("recordId").asText()));
        return ids;
    }

    private long headPosition() {
        return jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
    }

    private int eventsOf(String journeyIdPattern) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE ?",
                Integer.class, journeyIdPattern);
    }
}
