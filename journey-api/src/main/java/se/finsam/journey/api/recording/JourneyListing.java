package se.finsam.journey.api.recording;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.BadRequestException;

/**
 * The journeys of one initiative for staff to find one: by id (a part of it) and by status, a page at a time.
 * Reads the journey facts read model ({@code journey_fact}, one row per journey with the dates that decide its
 * status), so it may trail the newest record by the moment the facts processor needs; the journey page itself
 * reads the event stream and is never behind. Only initiatives whose journeys the caller may read.
 */
@Component
public class JourneyListing {

    /** The statuses of DOMAIN.md as staff filter by them. */
    public enum Status {
        WAITING("NOT is_void AND enrolment_date IS NULL AND withdrawal_date IS NULL"),
        ACTIVE("NOT is_void AND enrolment_date IS NOT NULL AND closure_date IS NULL"),
        CLOSED("NOT is_void AND closure_date IS NOT NULL"),
        WITHDRAWN("NOT is_void AND enrolment_date IS NULL AND withdrawal_date IS NOT NULL"),
        VOID("is_void");

        private final String condition;

        Status(String condition) {
            this.condition = condition;
        }
    }

    /** One journey as the list shows it. */
    public record Row(String journeyId, String status, String referringParty, LocalDate referralDate,
                      LocalDate enrolmentDate, LocalDate closureDate) {
    }

    /** A page of rows, and whether there are more after it. */
    public record Page(List<Row> rows, int page, int size, boolean more) {
    }

    private final JdbcTemplate jdbc;

    public JourneyListing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page list(String initiative, Status status, String idContains, int page, int size, Caller caller) {
        caller.requireJourneyReading(initiative);
        if (page < 0 || size < 1 || size > 500) {
            throw new BadRequestException("page must be 0 or more and size 1–500");
        }
        StringBuilder sql = new StringBuilder("SELECT journey_id, is_void, enrolment_date, withdrawal_date, "
                + "closure_date, referral_date, facts->>'referringParty' FROM journey_fact WHERE initiative = ?");
        List<Object> args = new ArrayList<>(List.of(initiative));
        if (status != null) {
            sql.append(" AND ").append(status.condition);
        }
        if (idContains != null && !idContains.isBlank()) {
            sql.append(" AND lower(journey_id) LIKE ? ESCAPE '\\'");
            args.add("%" + idContains.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY referral_date DESC NULLS LAST, journey_id LIMIT ? OFFSET ?");
        args.add(size + 1);
        args.add((long) page * size);
        List<Row> rows = jdbc.query(sql.toString(), (rs, n) -> new Row(rs.getString(1),
                status(rs.getBoolean(2), rs.getDate(3), rs.getDate(4), rs.getDate(5)), rs.getString(7),
                local(rs.getDate(6)), local(rs.getDate(3)), local(rs.getDate(5))), args.toArray());
        boolean more = rows.size() > size;
        return new Page(more ? rows.subList(0, size) : rows, page, size, more);
    }

    /** The same names as {@code JourneyViews.status}, from the facts' dates. */
    private static String status(boolean isVoid, Date enrolment, Date withdrawal, Date closure) {
        if (isVoid) {
            return "VOID";
        }
        if (closure != null) {
            return "CLOSED";
        }
        if (enrolment != null) {
            return "ACTIVE";
        }
        return withdrawal != null ? "WITHDRAWN" : "WAITING";
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
