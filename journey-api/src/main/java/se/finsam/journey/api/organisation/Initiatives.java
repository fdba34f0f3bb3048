package se.finsam.journey.api.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The initiatives, few and rarely changed, in table {@code initiative}. */
@Repository
public class Initiatives {

    private final JdbcTemplate jdbc;

    public Initiatives(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates or renames; returns whether it was created. */
    public boolean save(Initiative initiative) {
        return jdbc.queryForObject("INSERT INTO initiative (code, name, association) VALUES (?, ?, ?) "
                        + "ON CONFLICT (code) DO UPDATE SET name = excluded.name, association = excluded.association, "
                        + "updated_at = now() RETURNING (xmax = 0)", Boolean.class,
                initiative.code(), initiative.name(), initiative.association());
    }

    public List<Initiative> all() {
        return jdbc.query("SELECT code, name, association FROM initiative ORDER BY association, code",
                (rs, n) -> new Initiative(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public Optional<Initiative> find(String code) {
        return jdbc.query("SELECT code, name, association FROM initiative WHERE code = ?",
                (rs, n) -> new Initiative(rs.getString(1), rs.getString(2), rs.getString(3)), code).stream().findFirst();
    }

    public List<String> codesOfAssociation(String association) {
        return jdbc.queryForList("SELECT code FROM initiative WHERE association = ? ORDER BY code", String.class,
                association);
    }
}
