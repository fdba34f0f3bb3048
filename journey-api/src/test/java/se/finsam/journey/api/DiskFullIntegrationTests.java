package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real full disk: the database's tables live on a small tmpfs (a tablespace made the database's default before the
 * service creates its tables; the write-ahead log stays on a disk with room, so PostgreSQL answers "could not extend
 * file" with SQLSTATE 53100 instead of stopping). When it fills, a write is answered 503 with Retry-After and a
 * detail saying the disk is full, readiness goes DOWN with that reason, and once room is made both come back by
 * themselves. Mounting needs root: elsewhere the test is skipped, saying so, unless JOURNEY_FAULT_TESTS=required.
 */
class DiskFullIntegrationTests {

    private static final String STAFF = "disk-staff";

    @TempDir
    Path folder;
    private Path small;
    private EmbeddedPostgres postgres;

    @BeforeEach
    void aSmallFileSystemForTheTables() throws Exception {
        small = Files.createDirectories(folder.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes());
        boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        if (!mounted && !"required".equals(System.getenv("JOURNEY_FAULT_TESTS"))) {
            Assumptions.abort("Skipped: a small tmpfs cannot be mounted here (" + output.strip() + "); it needs root. "
                    + "Set JOURNEY_FAULT_TESTS=required to make this a failure.");
        }
        assertThat(mounted).as("mounting a tmpfs: " + output).isTrue();
        postgres = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("postgres")).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLESPACE small LOCATION '" + small + "'");
            statement.execute("ALTER DATABASE postgres SET default_tablespace = small");
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
        new ProcessBuilder("umount", small.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void aFullDiskIsA503AndReadinessDownWithTheReasonUntilThereIsRoomAgain() throws Exception {
        try (ConfigurableApplicationContext service = startService()) {
            ServiceClient client = new ServiceClient(Integer.parseInt(
                    service.getEnvironment().getProperty("local.server.port")));
            client.initiative("disk", "faults");
            client.user(STAFF, "STAFF", "disk");
            assertThat(client.get(null, null, "/actuator/health/readiness").status()).isEqualTo(200);

            Path filler = small.resolve("filler");
            fillUp(filler);
            ServiceClient.Answer refused = null;
            for (int i = 1; i <= 2000 && refused == null; i++) {
                ServiceClient.Answer answer = client.post(STAFF, "/api/v1/journeys/disk-" + i + "/records",
                        ServiceClient.referral("r-1", "disk", "2025-03-01"));
                assertThat(answer.status()).as(answer.body()).isIn(201, 503);
                refused = answer.status() == 503 ? answer : null;
            }

            assertThat(refused).as("a write refused once the tables' disk is full").isNotNull();
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).matches("\\d+");
            assertThat(refused.json().path("detail").asText()).contains("disk is full").contains("nothing was stored");
            ServiceClient.Answer readiness = client.get(ServiceClient.ADMIN, "/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.body()).contains("disk is full");

            Files.delete(filler);

            awaitReady(client);
            ServiceClient.Answer stored = client.post(STAFF, "/api/v1/journeys/disk-after/records",
                    ServiceClient.referral("r-1", "disk", "2025-03-01"));
            assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        }
    }

    private ConfigurableApplicationContext startService() {
        // As arguments, since default properties would lose to application.properties.
        return new SpringApplicationBuilder(JourneyApplication.class).run("--server.port=0",
                "--journey.db.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "--journey.db.user=postgres", "--journey.db.password=", "--journey.db.pool-size=8",
                "--journey.data-dir=" + folder.resolve("service"), "--journey.storage.disk-full-hold=3s",
                "--journey.bootstrap-admin-password=" + ServiceClient.ADMIN_PASSWORD,
                "--management.metrics.use-global-registry=false");
    }

    /** Writes until the file system has no room left. */
    private static void fillUp(Path filler) {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left on device");
        }
    }

    private static void awaitReady(ServiceClient client) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (client.get(null, null, "/actuator/health/readiness").status() != 200) {
            assertThat(System.nanoTime()).as("ready again within 60 s").isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
