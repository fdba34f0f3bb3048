package se.finsam.journey.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Which failures of a chunk mean "the database cannot take writes now" (503), by their exception chain. */
class UnavailableDatabaseTest {

    @Test
    void aFullDiskAShutDownServerALostConnectionAndAnEmptyPoolAreTheDatabaseBeingUnavailable() {
        assertThat(UnavailableDatabase.isCauseOf(new EventStoreException("append failed",
                new SQLException("could not extend file", "53100")))).isTrue();
        assertThat(UnavailableDatabase.isCauseOf(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(UnavailableDatabase.isCauseOf(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(UnavailableDatabase.isCauseOf(new SQLException("could not write block", "58030"))).isTrue();
        assertThat(UnavailableDatabase.isCauseOf(new CannotGetJdbcConnectionException("pool timed out"))).isTrue();
    }

    @Test
    void aBrokenRuleOfTheSchemaOrAFaultOfOursIsNot() {
        assertThat(UnavailableDatabase.isCauseOf(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(UnavailableDatabase.isCauseOf(new IllegalStateException("a bug"))).isFalse();
        assertThat(UnavailableDatabase.isCauseOf(new SQLException("no state"))).isFalse();
    }
}
