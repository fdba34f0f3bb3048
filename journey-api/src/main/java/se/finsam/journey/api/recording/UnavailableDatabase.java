package se.finsam.journey.api.recording;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot take writes just now (stopped, unreachable, out of disk or connections) from
 * every other failure, by the exception chain: Spring's and the driver's connection failures, and PostgreSQL's
 * SQLSTATE classes 08 (connection), 53 (insufficient resources: disk full, out of memory, too many
 * connections), 57P (shut down, starting up) and 58 (system or I/O error). The client can send again later.
 */
final class UnavailableDatabase {

    private UnavailableDatabase() {
    }

    static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                        || state.startsWith("58")) {
                    return true;
                }
            }
        }
        return false;
    }
}
