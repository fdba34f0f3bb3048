package se.finsam.journey.api.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL asks every connection for a password: another OS user (tried as {@code nobody}, with
 * Debian's psql, as the attacker did) gets nowhere, the service's own role is no superuser, and a data
 * directory written by the release before (which trusted every local connection) is upgraded at its next start.
 */
class EmbeddedDatabaseAuthenticationIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void anotherOsUserCannotConnectWithoutThePasswordOverTcpOrTheUnixSocket() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            String socketDirectory;
            try (Connection superuser = superuser(database); Statement statement = superuser.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "SELECT split_part(current_setting('unix_socket_directories'), ',', 1)")) {
                assertThat(rs.next()).isTrue();
                socketDirectory = rs.getString(1);
            }

            Psql overTcp = psqlAsNobody(database, "localhost", "postgres");
            Psql overSocket = psqlAsNobody(database, socketDirectory, "postgres");
            Psql asTheServiceRole = psqlAsNobody(database, "localhost", "journey");

            assertThat(overTcp.exitCode()).as(overTcp.output()).isNotZero();
            assertThat(overTcp.output()).contains("password");
            assertThat(overSocket.exitCode()).as(overSocket.output()).isNotZero();
            assertThat(asTheServiceRole.exitCode()).as(asTheServiceRole.output()).isNotZero();
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "")
                    .close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres")
                    .close()).isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void theServiceRoleIsNoSuperuserAndCannotRunShellCommands() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            assertThat(query(database, "SELECT current_user")).isEqualTo("journey");
            assertThat(query(database, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"))
                    .isEqualTo("false");

            // 42501: insufficient_privilege
            assertThatThrownBy(() -> query(database, "COPY (SELECT 1) TO PROGRAM 'true'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> query(database, "SELECT pg_read_file('PG_VERSION')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void theSuperuserPasswordIsKeptOwnerOnlyBesideTheClusterFolderAndOpensIt() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            Path secret = dataDir.resolve("database-password");

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
            assertThat(secret.toRealPath().startsWith(dataDir.resolve("postgres").toRealPath())).isFalse();
            try (Connection superuser = superuser(database)) {
                assertThat(superuser.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void aDataDirectoryOfTheEarlierReleaseThatTrustedEveryoneIsUpgradedInPlace() throws Exception {
        // What the release before wrote: zonky's trusting cluster, its tables, a trigger function, owned by postgres.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection connection = earlier.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id BIGSERIAL PRIMARY KEY, note TEXT)");
            statement.execute("INSERT INTO kept (note) VALUES ('written by the earlier release')");
            statement.execute("CREATE FUNCTION kept_note() RETURNS text LANGUAGE sql AS 'SELECT note FROM kept LIMIT 1'");
        }
        assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(dataDir)) {
            Psql nobody = psqlAsNobody(upgraded, "localhost", "postgres");

            assertThat(nobody.exitCode()).as(nobody.output()).isNotZero();
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
            assertThat(query(upgraded, "SELECT kept_note()")).isEqualTo("written by the earlier release");
            assertThat(query(upgraded, "INSERT INTO kept (note) VALUES ('and by this one') RETURNING id")).isEqualTo("2");
            assertThat(query(upgraded, "SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables "
                    + "WHERE schemaname = 'public'")).isEqualTo("journey");
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir)) {
            assertThat(query(again, "SELECT count(*) FROM kept")).as("a second start finds it upgraded").isEqualTo("2");
        }
    }

    private record Psql(int exitCode, String output) {
    }

    /** Debian's psql as the OS user nobody, never asking for a password ({@code -w}), as the attacker did. */
    private static Psql psqlAsNobody(EmbeddedDatabase database, String host, String user) throws Exception {
        int port = Integer.parseInt(database.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"));
        Process process = new ProcessBuilder(List.of("runuser", "-u", "nobody", "--", "psql", "-w", "-h", host,
                "-p", Integer.toString(port), "-U", user, "-d", "postgres", "-c", "SELECT 1"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        if (output.contains("No such file or directory") && output.contains("psql")) {
            throw new IOException("Debian's psql is needed for this test (apt-get install postgresql-client): " + output);
        }
        return new Psql(process.exitValue(), output);
    }

    private Connection superuser(EmbeddedDatabase database) throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), "postgres",
                Files.readString(dataDir.resolve("database-password"), StandardCharsets.US_ASCII).strip());
    }

    private static String query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.serviceUser(),
                database.servicePassword());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
