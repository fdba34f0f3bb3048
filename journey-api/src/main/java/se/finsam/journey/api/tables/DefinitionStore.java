package se.finsam.journey.api.tables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The versions of every table definition in {@code table_definition}: the canonical JSON of each version's
 * content and its SHA-256, who stored it and when. Rows are only ever inserted (the database refuses anything
 * else); a new version is stored only when the content differs from the latest.
 */
@Repository
public class DefinitionStore {

    /** The first key of the advisory lock that keeps two writers of one definition from taking one number. */
    private static final int WRITE_LOCK = 7317013;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public DefinitionStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One stored version: its content is canonical JSON, {@code sha256} is taken over its UTF-8 bytes. */
    public record Version(String id, int version, String title, String content, String sha256, String createdBy,
                          Instant createdAt) {
    }

    /** What a write did: stored {@code version} as a new one, or found it already the latest. */
    public record Written(Version version, boolean created) {
    }

    /**
     * Stores the content as the definition's next version, unless the latest version has the same SHA-256; under
     * a transaction-level advisory lock on the id, so that writers on any node take distinct numbers in turn.
     */
    public Written write(String id, String title, String content, String sha256, String user) {
        return transaction.execute(status -> {
            jdbc.queryForObject("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, hashtext(?))) l", Integer.class,
                    WRITE_LOCK, id);
            Optional<Version> latest = latest(id);
            if (latest.isPresent() && latest.get().sha256().equals(sha256)) {
                return new Written(latest.get(), false);
            }
            int next = latest.map(v -> v.version() + 1).orElse(1);
            Version stored = jdbc.queryForObject("INSERT INTO table_definition (id, version, title, content, sha256, "
                    + "created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING *", DefinitionStore::version, id, next, title,
                    content, sha256, user);
            return new Written(stored, true);
        });
    }

    public Optional<Version> latest(String id) {
        return jdbc.query("SELECT * FROM table_definition WHERE id = ? ORDER BY version DESC LIMIT 1",
                DefinitionStore::version, id).stream().findFirst();
    }

    public Optional<Version> version(String id, int version) {
        return jdbc.query("SELECT * FROM table_definition WHERE id = ? AND version = ?", DefinitionStore::version,
                id, version).stream().findFirst();
    }

    /** Every version of the definition, oldest first; empty for an unknown one. */
    public List<Version> versions(String id) {
        return jdbc.query("SELECT * FROM table_definition WHERE id = ? ORDER BY version", DefinitionStore::version, id);
    }

    /** Every version of every definition, by id, oldest first. */
    public List<Version> everyVersion() {
        return jdbc.query("SELECT * FROM table_definition ORDER BY id, version", DefinitionStore::version);
    }

    /** The latest version of every definition, by id. */
    public List<Version> latestOfEach() {
        return jdbc.query("SELECT DISTINCT ON (id) * FROM table_definition ORDER BY id, version DESC",
                DefinitionStore::version);
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        return new Version(rs.getString("id"), rs.getInt("version"), rs.getString("title"), rs.getString("content"),
                rs.getString("sha256").trim(), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
