package se.finsam.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.finsam.journey.api.personal.MasterKeyException;
import se.finsam.journey.api.storage.StorageConfiguration.EmbeddedDatabaseHolder;

/**
 * The service as started by the README's command (embedded PostgreSQL, no key settings): a dump of the database
 * holds no personal-data key in cleartext, the master key file it made is 0600 and outside the cluster folder
 * (so no copy of the database holds it), and once used the service does not start without it.
 */
class PersonalDataKeysAtRestIntegrationTests {

    private static final Pattern BYTEA = Pattern.compile("\\\\x([0-9a-f]{16,})");

    @TempDir
    Path dataDir;

    @Test
    void aDumpOfTheDefaultServicesDatabaseHoldsNoKeyInCleartextAndItsKeyFileIsRequiredOnceUsed() throws Exception {
        String dump;
        try (ConfigurableApplicationContext service = start()) {
            ServiceClient client = new ServiceClient(Integer.parseInt(
                    service.getEnvironment().getProperty("local.server.port")));
            client.initiative("rest", "keys");
            client.user("rest-staff", "STAFF", "rest");
            ObjectNode referral = ServiceClient.referral("r-1", "rest", "2025-03-01");
            ((ObjectNode) referral.get("person")).put("personalIdentityNumber", "191212121212").put("name", "Tolvan");
            ServiceClient.Answer stored = client.post("rest-staff", "/api/v1/journeys/rest-0001/records", referral);
            assertThat(stored.status()).as(stored.body()).isEqualTo(201);

            dump = pgDump(service.getBean(EmbeddedDatabaseHolder.class).database().jdbcUrl());
        }

        assertThat(dump).contains("rest-0001").contains("master-key");
        List<byte[]> values = BYTEA.matcher(dump).results()
                .map(m -> HexFormat.of().parseHex(m.group(1))).toList();
        assertThat(values).as("the keyset is in the dump").isNotEmpty();
        assertThat(values).allSatisfy(value -> assertThatThrownBy(() ->
                TinkProtoKeysetFormat.parseKeyset(value, InsecureSecretKeyAccess.get())).as("a keyset in cleartext")
                .isInstanceOf(Exception.class));
        Path keyFile = dataDir.resolve("master-key.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(keyFile.toRealPath().startsWith(dataDir.resolve("postgres").toRealPath())).isFalse();

        Files.delete(keyFile);
        assertThatThrownBy(this::start).hasRootCauseInstanceOf(MasterKeyException.class)
                .rootCause().hasMessageContaining("master-key.json is missing");
    }

    private ConfigurableApplicationContext start() {
        // As arguments, since default properties would lose to application.properties.
        return new SpringApplicationBuilder(JourneyApplication.class).run("--server.port=0",
                "--journey.data-dir=" + dataDir.toAbsolutePath(), "--journey.db.url=",
                "--journey.bootstrap-admin-password=" + ServiceClient.ADMIN_PASSWORD,
                "--management.metrics.use-global-registry=false");
    }

    /** Debian's pg_dump of table person_key, as the superuser with the password kept in the data directory. */
    private String pgDump(String jdbcUrl) throws Exception {
        String port = jdbcUrl.replaceAll(".*:(\\d+)/.*", "$1");
        ProcessBuilder builder = new ProcessBuilder("pg_dump", "-h", "localhost", "-p", port, "-U", "postgres",
                "--data-only", "--table=person_key", "postgres").redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", Files.readString(dataDir.resolve("database-password")).strip());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
