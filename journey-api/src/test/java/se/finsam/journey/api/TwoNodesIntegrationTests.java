package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClient.assessment;
import static se.finsam.journey.api.ServiceClient.closure;
import static se.finsam.journey.api.ServiceClient.enrolment;
import static se.finsam.journey.api.ServiceClient.referral;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.api.ServiceClient.Answer;
import se.finsam.journey.api.nodes.SegmentClaims;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;
import se.finsam.journey.facts.JourneyFactsProjection;

/**
 * Issue 7, "Several nodes": one PostgreSQL, two service instances (two Spring contexts in this JVM, each with its
 * own web server on a random port), everything over real HTTP. Both nodes record and report, they share the read
 * model processor's segments, a concurrent write to one journey on both nodes is one success and one clear
 * conflict, and when node A stops, node B takes over every segment and nothing is lost or counted twice; each
 * node lists who holds which segment, and logs every claim and release with its reason. The tests run in order:
 * the last one stops node A.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIntegrationTests {

    private static final String STAFF = "staff-two";
    private static final String REPORT = "/api/v1/reports/participants?initiative=two&from=2024-01-01&to=2024-12-31";
    private static final String REBUILD = "/api/v1/admin/read-models/journey-facts/rebuild";
    private static final Set<Integer> ALL_SEGMENTS = Set.of(0, 1, 2, 3);

    private EmbeddedPostgres postgres;
    private JdbcTemplate database;
    private Node a;
    private Node b;
    /** Every record a node answered 201 to, so that the store and the read model can be counted against it. */
    private final List<String> accepted = new ArrayList<>();
    private final Set<String> journeys = new TreeSet<>();

    private record Node(String name, ConfigurableApplicationContext context, ServiceClient client) {

        int port() {
            return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        }

        Set<Integer> segments() {
            return context.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(JourneyFactsProjection.PROCESSOR, StreamingEventProcessor.class)
                    .orElseThrow().processingStatus().keySet();
        }
    }

    /** What the nodes log about claiming and releasing segments (attached once logging is set up by node A). */
    private final ListAppender<ILoggingEvent> claims = new ListAppender<>();
    /** Both nodes share one master key file, as nodes on one database must. */
    @TempDir
    static Path sharedKeys;

    @BeforeAll
    void onePostgresAndTwoNodes() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").start();
        database = new JdbcTemplate(postgres.getPostgresDatabase());
        a = start("node-a");
        claims.start();
        ((Logger) LoggerFactory.getLogger(SegmentClaims.class)).addAppender(claims);
        b = start("node-b");
        a.client().initiative("two", "nodes");
        a.client().user(STAFF, "STAFF", "two");
    }

    private Node start(String name) {
        // Arguments, not default properties: application.properties would override those.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JourneyApplication.class).run(
                "--server.port=0",
                "--journey.db.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--journey.db.user=postgres",
                "--journey.db.password=",
                "--journey.db.pool-size=8",
                "--journey.personal-data.master-key-file=" + sharedKeys.resolve("master-key.json"),
                "--journey.node.name=" + name,
                "--journey.node.balance-interval-ms=1000",
                "--journey.bootstrap-admin-password=" + ServiceClient.ADMIN_PASSWORD,
                "--management.metrics.use-global-registry=false");
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        return new Node(name, context, new ServiceClient(port));
    }

    @AfterAll
    void stop() throws IOException {
        ((Logger) LoggerFactory.getLogger(SegmentClaims.class)).detachAppender(claims);
        for (Node node : new Node[]{b, a}) {
            if (node != null && node.context().isActive()) {
                node.context().close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void theNodesShareTheSegmentsOfTheReadModelProcessor() {
        await("both nodes hold segments", () -> !a.segments().isEmpty() && !b.segments().isEmpty()
                && a.segments().size() + b.segments().size() == ALL_SEGMENTS.size());

        assertThat(a.segments()).doesNotContainAnyElementsOf(b.segments());
        Set<Integer> together = new TreeSet<>(a.segments());
        together.addAll(b.segments());
        assertThat(together).isEqualTo(ALL_SEGMENTS);
        assertThat(owners()).containsOnlyKeys(0, 1, 2, 3).containsValues("node-a", "node-b");

        // Issue 14, defect 13: every node says who holds which segment, and the log says how it came about.
        for (Node node : List.of(a, b)) {
            JsonNode readModel = node.client().get(ServiceClient.ADMIN, "/api/v1/admin/read-models").json().get(0);
            assertThat(segmentOwners(readModel)).as(node.name()).isEqualTo(owners());
            assertThat(texts(readModel.path("nodes"))).containsExactly("node-a", "node-b");
            for (JsonNode segment : readModel.path("segments")) {
                assertThat(segment.path("ownerConnected").asBoolean()).as(segment.toString()).isTrue();
                assertThat(segment.path("claimRenewedAt").asText()).as(segment.toString()).isNotBlank();
                assertThat(segment.has("position")).isTrue();
            }
        }
        await("node B's claims are logged", () -> owners().entrySet().stream()
                .filter(owner -> owner.getValue().equals("node-b"))
                .allMatch(owner -> logged("Node node-b claimed segment " + owner.getKey() + " of journey-facts")));
        assertThat(claimLog()).anyMatch(line -> line.startsWith("Node node-a released segment ")
                && line.contains("fair share: 2 nodes process the 4 segments"));
    }

    @Test
    @Order(2)
    void bothNodesRecordAndAnswerReportsWithTheSameFigures() {
        long position = 0;
        for (int i = 1; i <= 3; i++) {
            position = Math.max(position, journey(a, "on-a-" + i, "2024-02-0" + i));
            position = Math.max(position, journey(b, "on-b-" + i, "2024-03-0" + i));
        }

        JsonNode fromA = report(a, position);
        JsonNode fromB = report(b, position);

        assertThat(fromA.path("participants").path("total").asInt()).isEqualTo(6);
        assertThat(fromA.path("position").asLong()).isGreaterThanOrEqualTo(position)
                .isEqualTo(fromB.path("position").asLong());
        for (String section : List.of("participants", "closures", "throughputTime")) {
            assertThat(fromB.path(section)).as(section).isEqualTo(fromA.path(section));
        }
        assertThat(fromB.path("manifest").asText()).isEqualTo(fromA.path("manifest").asText());
        await("the manifest is sealed once, consistent", () -> b.client().get(ServiceClient.ADMIN,
                "/api/v1/reports/manifests/" + fromA.path("manifest").asText()).json().path("consistent").asBoolean());
    }

    @Test
    @Order(3)
    void concurrentWritesToOneJourneyOnBothNodesAreOneSuccessAndOneConflict() throws Exception {
        journey(a, "raced", "2024-04-01");
        ObjectNode first = assessment("race-a", "2024-05-01", "SELF_RATED_STEP", 3);
        ObjectNode second = assessment("race-b", "2024-05-02", "SELF_RATED_STEP", 4);
        List<Answer> answers = new ArrayList<>();
        List<ObjectNode> sent = List.of(first, second);

        // Holding back every insert into the event table until both nodes have decided the record on the same
        // history makes the race certain: both try to store sequence number 2 of the journey.
        try (Connection gate = postgres.getPostgresDatabase().getConnection()) {
            gate.setAutoCommit(false);
            try (Statement statement = gate.createStatement()) {
                statement.execute("LOCK TABLE domainevententry IN SHARE MODE");
            }
            CompletableFuture<Answer> onA = CompletableFuture.supplyAsync(() -> a.client().post(STAFF,
                    "/api/v1/journeys/raced/records", first));
            CompletableFuture<Answer> onB = CompletableFuture.supplyAsync(() -> b.client().post(STAFF,
                    "/api/v1/journeys/raced/records", second));
            await("both inserts wait", () -> database.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE "
                    + "wait_event_type = 'Lock' AND query ILIKE 'insert into domainevententry%'", Integer.class) == 2);
            gate.commit();
            answers.add(onA.get());
            answers.add(onB.get());
        }

        assertThat(answers.stream().map(Answer::status).sorted().toList()).isEqualTo(List.of(201, 409));
        int lost = answers.get(0).status() == 409 ? 0 : 1;
        Answer conflict = answers.get(lost);
        ServiceClient.assertProblem(conflict, 409, "changed by another request at the same moment");
        accepted.add("raced/" + sent.get(1 - lost).path("recordId").asText());

        Answer again = (lost == 0 ? a : b).client().post(STAFF, "/api/v1/journeys/raced/records", sent.get(lost));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        accepted.add("raced/" + sent.get(lost).path("recordId").asText());

        assertThat(database.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = 'raced'",
                Integer.class)).isEqualTo(4);
        assertThat(a.client().get(STAFF, "/api/v1/journeys/raced").json().path("records")).hasSize(4);
    }

    @Test
    @Order(4)
    void aUserSwitchedOffOnOneNodeIsRefusedOnTheOtherAtOnceInItsOpenSessionAndOverBasic() {
        a.client().user("leaver", "STAFF", "two");
        WebSession onB = WebSession.signedIn(b.port(), "leaver", ServiceClient.PASSWORD);
        assertThat(onB.get("/app/journeys?initiative=two").status()).isEqualTo(200);
        assertThat(b.client().get("leaver", "/api/v1/me").status()).isEqualTo(200);

        Answer off = a.client().post(ServiceClient.ADMIN, "/api/v1/users/leaver/disable", "");

        assertThat(off.status()).as(off.body()).isEqualTo(200);
        Page page = onB.get("/app/journeys?initiative=two");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login?ended");
        ServiceClient.assertProblem(b.client().get("leaver", "/api/v1/me"), 401, "switched off");
    }

    @Test
    @Order(5)
    void aRebuildAskedOfOneNodeRunsOnceAcrossBothAndEveryNodeReadsTheRebuiltModel() throws Exception {
        try (Connection other = postgres.getPostgresDatabase().getConnection();
             Statement statement = other.createStatement()) {
            // As if node A were rebuilding: it holds the rebuild lock for as long as it runs.
            statement.execute("SELECT pg_advisory_lock(7317003)");
            Answer refused = b.client().post(ServiceClient.ADMIN, REBUILD, "{}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().path("detail").asText()).contains("another node");
            statement.execute("SELECT pg_advisory_unlock(7317003)");
        }
        JsonNode figuresBefore = report(a, headPosition());

        Answer started = b.client().post(ServiceClient.ADMIN, REBUILD, "{}");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        await("the rebuild on node B is done", () -> "DONE".equals(b.client().get(ServiceClient.ADMIN,
                "/api/v1/admin/read-models").json().get(0).path("rebuild").path("state").asText()));
        JsonNode onA = report(a, headPosition());
        for (String section : List.of("participants", "closures", "throughputTime")) {
            assertThat(onA.path(section)).as(section).isEqualTo(figuresBefore.path(section));
        }
    }

    @Test
    @Order(6)
    void whenNodeADiesNodeBTakesOverEverySegmentAndNothingIsLostOrCountedTwice() {
        for (int i = 1; i <= 3; i++) {
            journey(a, "last-on-a-" + i, "2024-06-0" + i);
        }
        a.context().close();
        // As if node A had died instead: its claims stay in the token table, fresh, until the claim timeout (unless
        // node B was quicker and claimed a released segment already; then it loses it here and claims it again).
        database.update("UPDATE tokenentry SET owner = 'node-a', timestamp = ? WHERE processorname = ?",
                Instant.now().toString(), JourneyFactsProjection.PROCESSOR);

        await("node B holds every segment", () -> b.segments().equals(ALL_SEGMENTS)
                && Set.copyOf(owners().values()).equals(Set.of("node-b")));
        assertThat(claimLog()).anyMatch(line -> line.startsWith("Node node-a released segment ")
                && line.endsWith("this node is shutting down"));
        assertThat(claimLog()).anyMatch(line -> line.startsWith("Node node-b claimed segment ")
                && line.contains("node node-a is gone: it last renewed its claim"));
        JsonNode readModel = b.client().get(ServiceClient.ADMIN, "/api/v1/admin/read-models").json().get(0);
        assertThat(segmentOwners(readModel)).isEqualTo(Map.of(0, "node-b", 1, "node-b", 2, "node-b", 3, "node-b"));
        assertThat(texts(readModel.path("nodes"))).containsExactly("node-b");
        long position = 0;
        for (int i = 1; i <= 3; i++) {
            position = journey(b, "after-a-" + i, "2024-07-0" + i);
        }

        JsonNode report = report(b, position);
        assertThat(report.path("participants").path("total").asInt()).isEqualTo(journeys.size()).isEqualTo(13);
        assertThat(report.path("closures").path("total").asInt()).isEqualTo(journeys.size() - 1);
        assertThat(database.queryForObject("SELECT count(*) FROM domainevententry", Integer.class))
                .isEqualTo(accepted.size());
        Map<String, Long> acceptedPerJourney = accepted.stream().collect(java.util.stream.Collectors.groupingBy(
                record -> record.substring(0, record.indexOf('/')), java.util.stream.Collectors.counting()));
        Map<String, Long> storedPerJourney = new java.util.HashMap<>();
        database.query("SELECT aggregateidentifier, count(DISTINCT sequencenumber) FROM domainevententry "
                + "GROUP BY aggregateidentifier", rs -> {
            storedPerJourney.put(rs.getString(1), rs.getLong(2));
        });
        assertThat(storedPerJourney).isEqualTo(acceptedPerJourney);
        assertThat(database.queryForList("SELECT journey_id FROM journey_fact ORDER BY journey_id", String.class))
                .containsExactlyElementsOf(journeys);
        Answer chain = b.client().get(ServiceClient.ADMIN, "/api/v1/audit/verify");
        assertThat(chain.json().path("valid").asBoolean()).as(chain.body()).isTrue();
    }

    /** A referral, enrolment and closure on the node; returns the position of the last. */
    private long journey(Node node, String journeyId, String date) {
        long position = 0;
        List<ObjectNode> records = new ArrayList<>(List.of(referral(journeyId + "-ref", "two", date),
                enrolment(journeyId + "-enr", date)));
        if (!journeyId.equals("raced")) {
            records.add(closure(journeyId + "-clo", date.substring(0, 5) + "11" + date.substring(7), "STUDIES"));
        }
        for (ObjectNode record : records) {
            Answer answer = node.client().post(STAFF, "/api/v1/journeys/" + journeyId + "/records", record);
            assertThat(answer.status()).as(node.name() + ": " + answer.body()).isEqualTo(201);
            accepted.add(journeyId + "/" + record.path("recordId").asText());
            position = answer.json().path("position").asLong();
        }
        journeys.add(journeyId);
        return position;
    }

    private JsonNode report(Node node, long minPosition) {
        Answer answer = node.client().get(STAFF, REPORT + "&minPosition=" + minPosition);
        assertThat(answer.status()).as(node.name() + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    private long headPosition() {
        return database.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
    }

    /** Segment → owner, as {@code GET /api/v1/admin/read-models} lists them. */
    private static Map<Integer, String> segmentOwners(JsonNode readModel) {
        Map<Integer, String> owners = new java.util.TreeMap<>();
        readModel.path("segments").forEach(s -> owners.put(s.path("segment").asInt(), s.path("owner").asText()));
        return owners;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private List<String> claimLog() {
        synchronized (claims.list) {
            return claims.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    private boolean logged(String start) {
        return claimLog().stream().anyMatch(line -> line.startsWith(start));
    }

    /** Segment → owner of the processor's tokens, as the token table says. */
    private Map<Integer, String> owners() {
        Map<Integer, String> owners = new java.util.TreeMap<>();
        database.query("SELECT segment, owner FROM tokenentry WHERE processorname = ?", rs -> {
            owners.put(rs.getInt(1), rs.getString(2));
        }, JourneyFactsProjection.PROCESSOR);
        return owners;
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s in vain until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what);
            }
        }
    }
}
