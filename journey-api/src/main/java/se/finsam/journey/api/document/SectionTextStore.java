package se.finsam.journey.api.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.journey.ledger.LedgerId;

/**
 * Every version of every section text in {@code report_section_text}, keyed by whose report (an initiative's or an
 * association's), its period and the section. Rows are only ever inserted (the database refuses anything else).
 */
@Repository
public class SectionTextStore {

    /** The first key of the advisory lock that keeps two writers of one section from taking one number. */
    private static final int WRITE_LOCK = 7317015;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SectionTextStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whose report and which: the owner and the period. */
    public record Report(LedgerId owner, LocalDate from, LocalDate to) {
    }

    /** One stored version of a section's text. */
    public record Version(String section, int version, String text, String writtenBy, Instant writtenAt) {
    }

    /** Stores the text as the section's next version, numbered in turn whichever node writes. */
    Version write(Report report, ReportSection section, String text, String user) {
        return transaction.execute(status -> {
            jdbc.queryForObject("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, hashtext(?))) l", Integer.class,
                    WRITE_LOCK, report.owner().value() + "/" + report.from() + "/" + report.to() + "/" + section.key());
            Integer latest = jdbc.queryForObject("SELECT max(version) FROM report_section_text WHERE owner_kind = ? "
                    + "AND owner_code = ? AND period_from = ? AND period_to = ? AND section = ?", Integer.class,
                    report.owner().owner().word(), report.owner().code(), report.from(), report.to(), section.key());
            return jdbc.queryForObject("INSERT INTO report_section_text (owner_kind, owner_code, period_from, "
                            + "period_to, section, version, text, written_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
                    SectionTextStore::version, report.owner().owner().word(), report.owner().code(), report.from(),
                    report.to(), section.key(), latest == null ? 1 : latest + 1, text, user);
        });
    }

    /** Every version of the section's text, oldest first. */
    List<Version> versions(Report report, ReportSection section) {
        return jdbc.query("SELECT * FROM report_section_text WHERE owner_kind = ? AND owner_code = ? AND period_from = ? "
                        + "AND period_to = ? AND section = ? ORDER BY version", SectionTextStore::version,
                report.owner().owner().word(), report.owner().code(), report.from(), report.to(), section.key());
    }

    Optional<Version> version(Report report, ReportSection section, int version) {
        return jdbc.query("SELECT * FROM report_section_text WHERE owner_kind = ? AND owner_code = ? AND period_from = ? "
                        + "AND period_to = ? AND section = ? AND version = ?", SectionTextStore::version,
                report.owner().owner().word(), report.owner().code(), report.from(), report.to(), section.key(),
                version).stream().findFirst();
    }

    /** The latest version of each section that has one. */
    List<Version> latest(Report report) {
        return jdbc.query("SELECT DISTINCT ON (section) * FROM report_section_text WHERE owner_kind = ? AND owner_code = ? "
                        + "AND period_from = ? AND period_to = ? ORDER BY section, version DESC", SectionTextStore::version,
                report.owner().owner().word(), report.owner().code(), report.from(), report.to());
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        return new Version(rs.getString("section"), rs.getInt("version"), rs.getString("text"),
                rs.getString("written_by"), rs.getTimestamp("written_at").toInstant());
    }
}
