package se.finsam.journey.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.security.Caller;

/**
 * The audit trail of reads: viewing a journey, lineage, manifests, restatements and exports, running an analyst's
 * tables, comparing two cells, and writing a table definition are written down
 * (who, what, when) in {@code read_audit}, which the database keeps append-only. Subjects are pseudonymous
 * journey ids and report questions, never personal data.
 */
@Component
public class ReadAudit {

    /** What was read. */
    public enum Action {
        JOURNEY_VIEW("journey-view"), LINEAGE("lineage"), MANIFEST("manifest"), MANIFEST_VERIFY("manifest-verify"),
        RESTATEMENT("restatement"), EXPORT("export"), PERSONAL_DATA_ERASED("personal-data-erased"),
        DEFINITION_WRITE("definition-write"), TABLES("tables"), DIFFERENCE("difference"),
        LEDGER_VIEW("ledger-view"), LEDGER_REPORT("ledger-report"), PERSONS("persons"),
        PERSON_LINKS("person-links");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ReadAudit(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes down a read of {@code subject}, which concerned {@code initiatives}. */
    public void record(Caller caller, Action action, String subject, Collection<String> initiatives,
                       Map<String, ?> detail) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO read_audit (username, action, subject, detail, "
                    + "initiatives) VALUES (?, ?, ?, ?::jsonb, ?)");
            statement.setString(1, caller.username());
            statement.setString(2, action.wireName());
            statement.setString(3, subject);
            statement.setString(4, toJson(detail));
            statement.setArray(5, connection.createArrayOf("text", new TreeSet<>(initiatives).toArray()));
            return statement;
        });
    }

    /** One entry of the trail. */
    public record Entry(long id, Instant at, String username, String action, String subject,
                        List<String> initiatives, Object detail) {
    }

    /**
     * Entries the reader may see (for a reader of some initiatives only, those that concerned no other), newest
     * first, optionally of one user or action, within instants, at most {@code limit}.
     */
    public List<Entry> entries(Caller reader, String username, String action, Instant from, Instant to, long beforeId,
                               int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, username, action, subject, detail, initiatives "
                + "FROM read_audit WHERE id < ?");
        List<Object> arguments = new ArrayList<>(List.of(beforeId));
        if (!reader.coversEveryInitiative()) {
            sql.append(" AND initiatives <@ string_to_array(?, ',')");
            arguments.add(String.join(",", reader.initiatives()));
        }
        if (username != null) {
            sql.append(" AND username = ?");
            arguments.add(username);
        }
        if (action != null) {
            sql.append(" AND action = ?");
            arguments.add(action);
        }
        if (from != null) {
            sql.append(" AND at >= ?");
            arguments.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND at <= ?");
            arguments.add(Timestamp.from(to));
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getString(3), rs.getString(4), rs.getString(5), List.of((String[]) rs.getArray(7).getArray()),
                fromJson(rs.getString(6))), arguments.toArray());
    }

    private String toJson(Map<String, ?> detail) {
        try {
            return detail == null ? null : json.writeValueAsString(new LinkedHashMap<>(detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry could not be written", e);
        }
    }

    private Object fromJson(String text) {
        try {
            return text == null ? null : json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry could not be read", e);
        }
    }
}
