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
import se.finsam.journey.journey.JourneyStatus;

/**
 * The journeys of one initiative for staff to find one: by id (a part of it) and by status, a page at a time.
 * Reads the journey facts read model ({@code journey_fact}, one row per journey with its {@link JourneyStatus} as the
 * facts processor wrote it), so it may trail the newest record by the moment the facts processor needs; the journey page itself
 * reads the event stream and is never behind. Only initiatives whose journeys the caller may read.
 */
@Component
public class JourneyListing {

    /** One journey as the list shows it. */
    public record Row(String journeyId, JourneyStatus status, String referringParty, LocalDate referralDate,
                      LocalDate enrolmentDate, LocalDate closureDate) {
    }

    /** A page of rows, and whether there are more after it. */
    public record Page(List<Row> rows, int page, int size, boolean more) {
    }

    private final JdbcTemplate jdbc;

    public JourneyListing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page list(String initiative, JourneyStatus status, String idContains, int page, int size, Caller caller) {
        caller.requireJourneyReading(initiative);
        if (page < 0 || size < 1 || size > 500) {
            throw new BadRequestException("page must be 0 or more and size 1–500");
        }
        StringBuilder sql = new StringBuilder("SELECT journey_id, status, enrolment_date, closure_date, referral_date, "
                + "facts->>'referringParty' FROM journey_fact WHERE initiative = ?");
        List<Object> args = new ArrayList<>(List.of(initiative));
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
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
                JourneyStatus.valueOf(rs.getString(2)), rs.getString(6), local(rs.getDate(5)), local(rs.getDate(3)),
                local(rs.getDate(4))), args.toArray());
        boolean more = rows.size() > size;
        return new Page(more ? rows.subList(0, size) : rows, page, size, more);
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
