package se.finsam.journey.api.storage;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.TransactionSystemException;

/**
 * A request failed because of the database, not because of anything the client sent: it cannot be reached (stopped,
 * restarting, every connection busy for longer than the pool waits), or its disk is full. Such a failure is a
 * {@code 503} with {@code Retry-After}, not a {@code 500}: the client should send the same request again later.
 */
public enum DatabaseTrouble {

    UNREACHABLE(10, "The database cannot be reached just now (it is restarting, stopped or too busy); nothing was "
            + "stored. Send the same request again in a little while."),
    DISK_FULL(60, "The database's disk is full; nothing was stored. Send the same request again once the "
            + "administrator has made room.");

    /** PostgreSQL's disk_full; the others: the server shutting down or restarting, or refusing connections. */
    static final String DISK_FULL_STATE = "53100";
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final String NO_SPACE = "No space left on device";
    /** What the pool (HikariCP) says, without a SQLSTATE, of a connection it dropped because the server went away. */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    private final long retryAfterSeconds;
    private final String detail;

    DatabaseTrouble(long retryAfterSeconds, String detail) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.detail = detail;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** What a team member is told, in English (the API's language). */
    public String detail() {
        return detail;
    }

    /** The trouble behind a failure, looking through its causes; empty when the database is not to blame. */
    public static Optional<DatabaseTrouble> of(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            Optional<DatabaseTrouble> trouble = ofOne(cause);
            if (trouble.isPresent()) {
                return trouble;
            }
            // A failed rollback replaces what made the transaction roll back; that is kept beside it.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure) {
                trouble = of(rollback.getApplicationException());
                if (trouble.isPresent()) {
                    return trouble;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseTrouble> ofOne(Throwable cause) {
        if (cause instanceof SQLException sql) {
            // A JDBC batch (Axon appends events in one) carries the server's error as the next exception.
            int depth = 0;
            for (SQLException next = sql; next != null && depth < 32; next = next.getNextException(), depth++) {
                Optional<DatabaseTrouble> trouble = ofSql(next);
                if (trouble.isPresent()) {
                    return trouble;
                }
            }
            return Optional.empty();
        }
        if (cause instanceof IOException && cause.getMessage() != null && cause.getMessage().contains(NO_SPACE)) {
            return Optional.of(DISK_FULL);
        }
        return cause instanceof ConnectException ? Optional.of(UNREACHABLE) : Optional.empty();
    }

    private static Optional<DatabaseTrouble> ofSql(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals(DISK_FULL_STATE) || (sql.getMessage() != null && sql.getMessage().contains(NO_SPACE))) {
            return Optional.of(DISK_FULL);
        }
        if (sql instanceof SQLTransientConnectionException || state.startsWith("08")
                || UNREACHABLE_STATES.contains(state)
                || (state.isEmpty() && CLOSED_BY_THE_POOL.equals(sql.getMessage()))) {
            return Optional.of(UNREACHABLE);
        }
        return Optional.empty();
    }
}
