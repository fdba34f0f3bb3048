package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.ADMIN;
import static se.finsam.journey.api.ServiceClient.assertProblem;
import static se.finsam.journey.api.ServiceClient.closure;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.line;
import static se.finsam.journey.api.ServiceClient.record;
import static se.finsam.journey.api.ServiceClient.referral;
import static se.finsam.journey.api.ServiceClient.retraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClient.Answer;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.journey.Person;
import se.finsam.journey.journey.Sealed;
import se.finsam.journey.journey.events.ParticipantReferred;

/**
 * Erasure on request ({@code DELETE /api/v1/journeys/{id}/personal-data}) and consent records, over real HTTP:
 * who may erase, what the journey shows afterwards, and that withdrawing consent erases the same way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataIntegrationTests {

    private static final String STAFF = "staff-fns";
    private static final String OTHER_STAFF = "staff-sala";
    private static final String ANALYST = "analyst-fns";
    private static final String AUDITOR = "auditor-fns";
    private static final String IDENTITY_NUMBER = "198112189876";
    private static final String NAME = "Ingrid Eriksdotter";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClient.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    ApplicationContext context;

    ServiceClient service;

    @BeforeEach
    void twoInitiativesWithTheirUsers() {
        service = new ServiceClient(port);
        service.initiative("fns", "vastmanland");
        service.initiative("sala", "vastmanland");
        service.user(STAFF, "STAFF", "fns");
        service.user(OTHER_STAFF, "STAFF", "sala");
        service.user(ANALYST, "ANALYST", "fns");
        service.user(AUDITOR, "AUDITOR", "fns");
    }

    @Test
    void staffOfTheInitiativeEraseTheIdentityNumberAndNameAndTheJourneyShowsThemNoMore() {
        recordJourneyWithPersonalData("erase-1");
        assertThat(view(STAFF, "erase-1").path("personalData").path("name").asText()).isEqualTo(NAME);

        Answer answer = service.delete(STAFF, "/api/v1/journeys/erase-1/personal-data");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode erasure = answer.json();
        assertThat(erasure.path("status").asText()).isEqualTo("ERASED");
        assertThat(erasure.path("type").asText()).isEqualTo("personal-data-erased");
        assertThat(erasure.path("detail").asText()).contains("erased for good");
        assertThat(erasure.path("position").asLong()).isEqualTo(headPosition());
        assertProblem(service.get(ANALYST, "/api/v1/journeys/erase-1"), 403, "may not read journeys");
        for (String reader : List.of(STAFF, ADMIN)) {
            Answer journey = service.get(reader, "/api/v1/journeys/erase-1");
            assertThat(journey.body()).as(reader).doesNotContain(IDENTITY_NUMBER, IDENTITY_NUMBER.substring(2), "Ingrid",
                    "Eriksdotter", "raderad");
            assertThat(journey.json().path("personalDataErased").path("recordId").asText())
                    .isEqualTo(erasure.path("recordId").asText());
        }
        JsonNode journey = view(STAFF, "erase-1");
        assertThat(journey.path("personalData").isEmpty()).isTrue();
        JsonNode person = journey.path("records").get(0).path("person");
        assertThat(person.has("personalIdentityNumber")).isFalse();
        assertThat(person.has("name")).isFalse();
        assertThat(person.path("personalDataErased").asBoolean()).isTrue();
        assertThat(person.path("gender").asText()).isEqualTo("WOMAN");
        JsonNode last = journey.path("records").get(2);
        assertThat(last.path("type").asText()).isEqualTo("personal-data-erased");
        assertThat(last.path("recordedBy").asText()).isEqualTo(STAFF);
        assertThat(journey.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT keyset IS NULL AND erased_at IS NOT NULL FROM person_key "
                + "WHERE journey_id = 'erase-1'", Boolean.class)).isTrue();
    }

    @Test
    void erasingAgainIsHarmlessAndNamesTheEarlierErasure() {
        recordJourneyWithPersonalData("erase-2");
        Answer first = service.delete(ADMIN, "/api/v1/journeys/erase-2/personal-data");
        int events = eventsOf("erase-2");

        Answer again = service.delete(STAFF, "/api/v1/journeys/erase-2/personal-data");

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("ALREADY_ERASED");
        assertThat(again.json().path("recordId").asText()).isEqualTo(first.json().path("recordId").asText());
        assertThat(again.json().path("position").asLong()).isEqualTo(first.json().path("position").asLong());
        assertThat(again.json().path("detail").asText()).contains("already erased");
        assertThat(eventsOf("erase-2")).isEqualTo(events);
    }

    @Test
    void onlyAdministratorsAndStaffOfTheJourneysInitiativeMayErase() {
        recordJourneyWithPersonalData("erase-3");

        for (String user : List.of(ANALYST, AUDITOR)) {
            assertProblem(service.delete(user, "/api/v1/journeys/erase-3/personal-data"), 403,
                    "may not erase the personal data");
        }
        // Staff of another initiative are answered as for a journey that does not exist.
        assertProblem(service.delete(OTHER_STAFF, "/api/v1/journeys/erase-3/personal-data"), 404,
                "journey 'erase-3' does not exist");
        assertThat(view(STAFF, "erase-3").path("personalData").path("name").asText()).isEqualTo(NAME);
        assertThat(service.send(null, null, "DELETE", "/api/v1/journeys/erase-3/personal-data", "application/json", "")
                .status()).isEqualTo(401);
        assertThat(service.delete(ADMIN, "/api/v1/journeys/erase-3/personal-data").status()).isEqualTo(200);
    }

    @Test
    void erasingAJourneyThatDoesNotExistIsNotFound() {
        assertProblem(service.delete(STAFF, "/api/v1/journeys/nobody-1/personal-data"), 404, "does not exist");

        Answer shapedLikeANumber = service.delete(STAFF, "/api/v1/journeys/" + IDENTITY_NUMBER + "/personal-data");

        assertProblem(shapedLikeANumber, 404, "shaped like a personal identity number");
        assertThat(shapedLikeANumber.body()).doesNotContain(IDENTITY_NUMBER);
    }

    @Test
    void withdrawingConsentErasesThePersonalDataAndTheJourneyGoesOnWithoutIt() {
        recordJourneyWithPersonalData("consent-1");
        assertThat(post("consent-1", record("consent", "c1", "2024-01-12").put("purpose", "uppföljning")).status())
                .isEqualTo(201);

        Answer withdrawal = post("consent-1", record("consent-withdrawn", "c2", "2024-03-01")
                .put("reason", "vill inte längre"));

        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(201);
        JsonNode journey = view(STAFF, "consent-1");
        assertThat(journey.path("personalDataErased").path("type").asText()).isEqualTo("consent-withdrawn");
        assertThat(journey.toString()).doesNotContain(IDENTITY_NUMBER, "Ingrid");
        assertThat(journey.path("records").get(2).path("purpose").asText()).isEqualTo("uppföljning");
        assertThat(jdbc.queryForObject("SELECT keyset IS NULL FROM person_key WHERE journey_id = 'consent-1'",
                Boolean.class)).isTrue();
        assertThat(post("consent-1", closure("c3", "2024-06-28", "STUDIES")).status()).isEqualTo(201);
        ObjectNode newName = record("profile-update", "c4", "2024-07-01");
        newName.putObject("person").put("name", NAME);
        assertProblem(post("consent-1", newName), 409, "can no longer be recorded");
        assertProblem(post("consent-1", retraction("c5", "2024-07-01", "c2", "fel")), 409, "cannot be retracted");
        assertThat(service.delete(STAFF, "/api/v1/journeys/consent-1/personal-data").json().path("status").asText())
                .isEqualTo("ALREADY_ERASED");
    }

    @Test
    void consentAndItsWithdrawalImportedErasesTooAndTheSameFileImportedAgainIsOnlyDuplicates() {
        ObjectNode referral = withPersonalData(referral("r", "fns", "2024-01-10"));
        String file = String.join("\n", line("imported-1", referral),
                line("imported-1", record("consent", "c", "2024-01-10").put("purpose", "samordnad rehabilitering")),
                line("imported-1", enrolment("e", "2024-01-20")),
                line("imported-1", record("consent-withdrawn", "w", "2024-02-01")));

        Answer first = service.importLines(STAFF, file);
        Answer again = service.importLines(STAFF, file);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("accepted").asInt()).isEqualTo(4);
        assertThat(view(STAFF, "imported-1").path("personalDataErased").path("recordId").asText()).isEqualTo("w");
        assertThat(view(STAFF, "imported-1").toString()).doesNotContain(IDENTITY_NUMBER, "Ingrid");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(4);
        assertThat(eventsOf("imported-1")).isEqualTo(4);
    }

    @Test
    void consentRecordsAreCheckedLikeEveryOtherRecord() {
        recordJourneyWithPersonalData("consent-2");

        assertProblem(post("consent-2", record("consent", "c1", "2024-01-12")), 422, "field 'purpose' is missing");
        assertProblem(post("consent-2", record("consent", "c1", "2024-01-12").put("purpose", "x".repeat(201))), 422,
                "at most 200");
        assertProblem(post("consent-2", record("consent-withdrawn", "c1", "2024-01-12").put("room", "B")), 422,
                "field 'room' is not a field of a consent-withdrawn");
        assertProblem(post("consent-2", record("personal-data-erased", "c1", "2024-01-12")), 422,
                "DELETE /api/v1/journeys/{journeyId}/personal-data");
        Answer byAnalyst = service.post(ANALYST, "/api/v1/journeys/consent-2/records",
                record("consent-withdrawn", "c1", "2024-01-12"));
        assertProblem(byAnalyst, 403, "may not record");
        assertThat(view(STAFF, "consent-2").path("personalData").path("name").asText()).isEqualTo(NAME);
    }

    @Test
    void aReferralWithPersonalDataSealedBeforeTheKeyFormatChangedIsAHarmlessDuplicateWhenSentAgain() {
        // A journey of the first release: its key a pre-Tink secret (converted at start), its referral sealed with it.
        byte[] secret = HexFormat.of().parseHex("030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3"
                + "eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bc");
        jdbc.update("INSERT INTO person_key (journey_id, legacy_secret) VALUES ('legacy-1', ?)", (Object) secret);
        ((SmartInitializingSingleton) context.getBean("personKeyMaintenance")).afterSingletonsInstantiated();
        ParticipantReferred sealedTheOldWay = new ParticipantReferred("legacy-1", "r", LocalDate.of(2024, 1, 10),
                STAFF, "fns", ReferringParty.SOCIAL_INSURANCE_AGENCY, null, new Person(Gender.WOMAN, 1985, "1980",
                new Sealed("NBSf7QcqygL5ibPLGb+lsq7kiDpmMnU4DqosM8rkt7X489weIEGDNw=="),
                new Sealed("2euHuU7VhaHVxUwM2K7eWvyX4rvohegg6E24mZO2DRpolYPPfeOv8g3S/Mex")),
                SupportSource.SICKNESS_BENEFIT, new BigDecimal("4.5"));
        eventStore.publish(new GenericDomainEventMessage<>("Journey", "legacy-1", 0, sealedTheOldWay));
        ObjectNode referral = referral("r", "fns", "2024-01-10");
        ((ObjectNode) referral.get("person")).put("personalIdentityNumber", "191212121212")
                .put("name", "Tolvan Tolvansson");

        Answer again = service.post(STAFF, "/api/v1/journeys/legacy-1/records", referral);
        Answer imported = service.importLines(STAFF, line("legacy-1", referral));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("duplicates").asInt()).isEqualTo(1);
        ((ObjectNode) referral.get("person")).put("name", "Någon Annan");
        assertProblem(service.post(STAFF, "/api/v1/journeys/legacy-1/records", referral), 409, "already used");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = 'legacy-1'",
                Integer.class)).isEqualTo(1);
        assertThat(view(STAFF, "legacy-1").path("personalData").path("name").asText()).isEqualTo("Tolvan Tolvansson");
    }

    @Test
    void aRecordRefusedBeforeItIsStoredLeavesNoKeyForItsJourney() {
        // Another initiative's referral, a reader without the recording role, a rule breach found only after parsing
        // (an age out of range), a field error, and a profile update for another initiative's journey that has no key.
        assertProblem(post(STAFF, "nokey-1", withPersonalData(referral("r1", "sala", "2024-01-10"))), 403,
                "may not record");
        assertProblem(post(ANALYST, "nokey-2", withPersonalData(referral("r1", "fns", "2024-01-10"))), 403,
                "may not record");
        ObjectNode tooYoung = withPersonalData(referral("r1", "fns", "2024-01-10"));
        ((ObjectNode) tooYoung.get("person")).put("birthYear", 2015);
        assertProblem(post(STAFF, "nokey-3", tooYoung), 422, "participants must be");
        ObjectNode badGender = withPersonalData(referral("r1", "fns", "2024-01-10"));
        ((ObjectNode) badGender.get("person")).put("gender", "SOMETIMES");
        assertProblem(post(STAFF, "nokey-4", badGender), 422, "is not a gender");
        assertThat(post(OTHER_STAFF, "nokey-5", referral("r1", "sala", "2024-01-10")).status()).isEqualTo(201);
        ObjectNode newName = record("profile-update", "p1", "2024-02-01");
        newName.putObject("person").put("name", NAME);
        assertThat(post(STAFF, "nokey-5", newName).status()).isEqualTo(404);

        assertThat(keysOf("nokey-%")).isZero();
        assertThat(post(STAFF, "nokey-6", withPersonalData(referral("r1", "fns", "2024-01-10"))).status())
                .isEqualTo(201);
        assertThat(keysOf("nokey-%")).isOne();
    }

    @Test
    void anImportedLineRefusedBeforeItIsStoredLeavesNoKeyWhileAnAcceptedOneMakesOne() {
        ObjectNode tooYoung = withPersonalData(referral("r1", "fns", "2024-01-10"));
        ((ObjectNode) tooYoung.get("person")).put("birthYear", 2015);
        ObjectNode badGender = withPersonalData(referral("r1", "fns", "2024-01-10"));
        ((ObjectNode) badGender.get("person")).put("gender", "SOMETIMES");
        String file = String.join("\n", line("import-nokey-1", withPersonalData(referral("r1", "sala", "2024-01-10"))),
                line("import-nokey-2", tooYoung), line("import-nokey-3", badGender),
                line("import-nokey-4", withPersonalData(referral("r1", "fns", "2024-01-10"))),
                line("import-nokey-4", withPersonalData(referral("r1", "fns", "2024-01-10"))));

        Answer answer = service.importLines(STAFF, file);

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.json().path("accepted").asInt()).isOne();
        assertThat(answer.json().path("duplicates").asInt()).isOne();
        assertThat(answer.json().path("rejected").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT journey_id FROM person_key WHERE journey_id LIKE 'import-nokey-%'",
                String.class)).containsExactly("import-nokey-4");
        assertProblem(service.importLines(ANALYST, line("import-nokey-5", withPersonalData(referral("r1", "fns",
                "2024-01-10")))), 403, "may not record");
        assertThat(keysOf("import-nokey-5")).isZero();
    }

    private int keysOf(String journeyIds) {
        return jdbc.queryForObject("SELECT count(*) FROM person_key WHERE journey_id LIKE ?", Integer.class, journeyIds);
    }

    private Answer post(String user, String journeyId, ObjectNode record) {
        return service.post(user, "/api/v1/journeys/" + journeyId + "/records", record);
    }

    private void recordJourneyWithPersonalData(String journeyId) {
        assertThat(post(journeyId, withPersonalData(referral("r1", "fns", "2024-01-10"))).status()).isEqualTo(201);
        assertThat(post(journeyId, enrolment("e1", "2024-01-20")).status()).isEqualTo(201);
    }

    private static ObjectNode withPersonalData(ObjectNode referral) {
        ((ObjectNode) referral.get("person")).put("personalIdentityNumber", IDENTITY_NUMBER).put("name", NAME);
        return referral;
    }

    private Answer post(String journeyId, ObjectNode record) {
        return service.post(STAFF, "/api/v1/journeys/" + journeyId + "/records", record);
    }

    private JsonNode view(String user, String journeyId) {
        Answer answer = service.get(user, "/api/v1/journeys/" + journeyId);
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
