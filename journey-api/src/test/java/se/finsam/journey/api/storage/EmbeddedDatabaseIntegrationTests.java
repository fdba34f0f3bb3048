package se.finsam.journey.api.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL of the default mode: one service per data directory, and data kept across restarts. */
class EmbeddedDatabaseIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStartOnTheSameDataDirectoryIsRefusedNamingTheDirectory() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                    .isInstanceOf(EmbeddedDatabase.DataDirectoryInUseException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().normalize().toString());

            assertThat(query(first, "SELECT 1")).as("the first keeps running").isEqualTo("1");
            assertThat(anotherProcess("probe")).as("the first keeps its lock").isEqualTo("in use");
        }
    }

    @Test
    void aStartWhileAnotherProcessHoldsTheDataDirectoryIsRefused() throws Exception {
        Process holder = otherProcess("hold").start();
        try {
            assertThat(holder.inputReader().readLine()).isEqualTo("held");

            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                    .isInstanceOf(EmbeddedDatabase.DataDirectoryInUseException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().normalize().toString());
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRestartOnTheSameDataDirectoryStillHoldsWhatWasWrittenBefore() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            execute(first, "CREATE TABLE kept (id INT PRIMARY KEY, note TEXT)");
            execute(first, "INSERT INTO kept VALUES (1, 'written before the restart')");
        }

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir)) {
            assertThat(query(restarted, "SELECT note FROM kept WHERE id = 1")).isEqualTo("written before the restart");
        }
    }

    @Test
    void everyCommitIsWrittenDurablyToDisk() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            assertThat(query(database, "SHOW fsync")).isEqualTo("on");
            assertThat(query(database, "SHOW synchronous_commit")).isEqualTo("on");
        }
    }

    /** What another process finds when it probes the data directory's lock, or after it took it ("held"). */
    private String anotherProcess(String mode) throws Exception {
        Process process = otherProcess(mode).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.inputReader().readLine();
    }

    private ProcessBuilder otherProcess(String mode) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OtherProcess.class.getName(),
                dataDir.resolve("journey.lock").toString(), mode).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    /** A second process, as another journey service would be: it takes the lock file's lock, or probes it. */
    public static final class OtherProcess {
        public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
                System.out.println(lock == null ? "in use" : "hold".equals(args[1]) ? "held" : "free");
                if (lock != null && "hold".equals(args[1])) {
                    Thread.sleep(60_000);
                }
            }
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.serviceUser(),
                database.servicePassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
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
