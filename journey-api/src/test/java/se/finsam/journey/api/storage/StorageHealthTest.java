package se.finsam.journey.api.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.util.unit.DataSize;
import se.finsam.journey.api.MutableClock;

/**
 * Which failures are the database's (a 503, not a 500), and readiness under a full disk. The full disk is simulated
 * here as PostgreSQL reports it (SQLSTATE 53100, "could not extend file …: No space left on device"), passed to the
 * pool's exception hook as Hikari would; a real full file system is in {@code DiskFullIntegrationTests}.
 */
class StorageHealthTest {

    private static final SQLException DISK_FULL = new SQLException(
            "ERROR: could not extend file \"base/5/16384\": No space left on device", "53100");

    @TempDir
    Path dataDirectory;

    @Test
    void aDatabaseThatCannotBeReachedOrIsFullIsTroubleWhateverWrapsIt() {
        assertThat(DatabaseTrouble.of(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("journey - Connection is not available"))))
                .contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(new DataAccessResourceFailureException("gone",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
                .contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(new IllegalStateException(new SQLException("terminating connection due to "
                + "administrator command", "57P01")))).contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(new RuntimeException(new ConnectException("Connection refused"))))
                .contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(new UncategorizedSQLException("insert", "INSERT …", DISK_FULL)))
                .contains(DatabaseTrouble.DISK_FULL);
        assertThat(DatabaseTrouble.of(new IOException("No space left on device"))).contains(DatabaseTrouble.DISK_FULL);
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "", new int[0]);
        batch.setNextException(new SQLException("could not extend file", "53100"));
        assertThat(DatabaseTrouble.of(new IllegalStateException(batch))).as("the server's error in a batch")
                .contains(DatabaseTrouble.DISK_FULL);
    }

    @Test
    void aFailureOfTheRequestItselfIsNoTroubleOfTheDatabase() {
        assertThat(DatabaseTrouble.of(new SQLException("duplicate key value violates unique constraint", "23505")))
                .isEmpty();
        assertThat(DatabaseTrouble.of(new IllegalArgumentException("bad input"))).isEmpty();
        assertThat(DatabaseTrouble.of(new IOException("Broken pipe"))).isEmpty();
    }

    @Test
    void aWriteFailingForLackOfDiskSpaceMakesStorageDownUntilNoneHasFailedForTheHold() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        StorageFaults faults = new StorageFaults(clock, Duration.ofSeconds(30));
        StorageHealthIndicator storage = new StorageHealthIndicator(dataDirectory, DataSize.ofBytes(1), faults);
        assertThat(storage.health().getStatus()).isEqualTo(Status.UP);

        assertThat(faults.adjudicate(DISK_FULL)).as("Hikari's own decision stands")
                .isEqualTo(SQLExceptionOverride.Override.CONTINUE_EVICT);

        assertThat(storage.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(storage.health().getDetails().get("reason").toString()).contains("disk is full");
        clock.advance(Duration.ofSeconds(29));
        assertThat(storage.health().getStatus()).isEqualTo(Status.DOWN);
        clock.advance(Duration.ofSeconds(2));
        assertThat(storage.health().getStatus()).as("recovered by itself").isEqualTo(Status.UP);
    }

    @Test
    void otherSqlErrorsLeaveStorageUp() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        StorageFaults faults = new StorageFaults(clock, Duration.ofSeconds(30));
        faults.adjudicate(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(new StorageHealthIndicator(null, DataSize.ofBytes(1), faults).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void lessFreeSpaceThanTheThresholdWhereTheDatabaseKeepsItsDataMakesStorageDown() {
        StorageFaults faults = new StorageFaults(new MutableClock(Instant.parse("2026-03-01T10:00:00Z")), Duration.ofSeconds(30));

        var health = new StorageHealthIndicator(dataDirectory, DataSize.ofTerabytes(1_000_000), faults).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("reason").toString()).contains("MB free where the database keeps its data");
    }
}
