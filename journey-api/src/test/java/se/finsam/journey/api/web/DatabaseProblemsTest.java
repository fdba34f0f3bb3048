package se.finsam.journey.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A failure of the database inside a controller (it went away after the caller was signed in) is a 503 with
 * Retry-After and a detail that says nothing was stored, never the 500 "something went wrong on our side".
 */
class DatabaseProblemsTest {

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfter() {
        ResponseEntity<ProblemDetail> answer = new ProblemAdvice().unexpected(new CannotGetJdbcConnectionException(
                "no connection", new SQLTransientConnectionException("journey - Connection is not available")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(answer.getBody().getDetail()).contains("cannot be reached").contains("nothing was stored");
    }

    @Test
    void aFullDiskIsA503SayingSo() {
        ResponseEntity<ProblemDetail> answer = new ProblemAdvice().unexpected(new UncategorizedSQLException("insert",
                "INSERT", new SQLException("could not extend file: No space left on device", "53100")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("60");
        assertThat(answer.getBody().getDetail()).contains("disk is full");
    }

    /** What the fault suite saw from requests in flight when PostgreSQL was stopped hard (docs/reliability.md). */
    @Test
    void aConnectionTheDatabaseDroppedMidRequestIsA503() {
        SQLException closed = new SQLException("Connection is closed");
        ResponseEntity<ProblemDetail> read = new ProblemAdvice().unexpected(new UncategorizedSQLException(
                "ConnectionCallback", null, closed));
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", closed);
        rollback.initApplicationException(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        ResponseEntity<ProblemDetail> write = new ProblemAdvice().unexpected(rollback);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(write.getHeaders().getFirst("Retry-After")).isEqualTo("10");
    }

    @Test
    void anythingElseUnexpectedIsStillA500() {
        assertThat(new ProblemAdvice().unexpected(new IllegalStateException("a bug")).getStatusCode())
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
