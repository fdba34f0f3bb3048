package se.finsam.journey.api.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which storage failures count as a concurrent write (409), not a failure of the service (500). */
class UniqueViolationTest {

    @Test
    void aUniqueViolationInsideABatchFailureIsAConcurrentWrite() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(AxonConfiguration.isUniqueViolation(new IllegalStateException("wrapped", batch))).isTrue();
    }

    @Test
    void aUniqueViolationOnlyInTheNextExceptionIsFound() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(AxonConfiguration.isUniqueViolation(batch)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(AxonConfiguration.isUniqueViolation(new SQLException("foreign key", "23503"))).isFalse();
        assertThat(AxonConfiguration.isUniqueViolation(new IllegalStateException("no database here"))).isFalse();
    }
}
