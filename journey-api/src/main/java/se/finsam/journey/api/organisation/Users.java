package se.finsam.journey.api.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The users, in table {@code app_user}; passwords only as hashes. */
@Repository
public class Users {

    private final JdbcTemplate jdbc;

    public Users(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates or replaces; returns whether it was created. Whether the user is switched off is not replaced: that is
     * {@link #switchOff}'s and {@link #switchOn}'s to say, so that sending a user's document again (a migration
     * script, say) never switches a leaver back on.
     */
    public boolean save(User user) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "INSERT INTO app_user (username, password_hash, roles, initiatives) VALUES (?, ?, ?::text[], ?::text[]) "
                        + "ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, "
                        + "roles = excluded.roles, initiatives = excluded.initiatives, updated_at = now() "
                        + "RETURNING (xmax = 0)", Boolean.class, user.username(), user.passwordHash(),
                arrayLiteral(user.roles().stream().map(Role::name).toList()), arrayLiteral(user.initiatives())));
    }

    /** Switches the user off, noting who did; returns whether the user exists. Switching off again changes nothing. */
    public boolean switchOff(String username, String by) {
        return jdbc.update("UPDATE app_user SET disabled_at = coalesce(disabled_at, now()), "
                + "disabled_by = coalesce(disabled_by, ?), updated_at = now() WHERE username = ?", by, username) > 0;
    }

    /** Switches the user on again; returns whether the user exists. */
    public boolean switchOn(String username) {
        return jdbc.update("UPDATE app_user SET disabled_at = NULL, disabled_by = NULL, updated_at = now() "
                + "WHERE username = ?", username) > 0;
    }

    /** Creates the user only if no user of that name exists; returns whether it did. */
    public boolean createIfAbsent(User user) {
        return jdbc.update("INSERT INTO app_user (username, password_hash, roles, initiatives) "
                        + "VALUES (?, ?, ?::text[], ?::text[]) ON CONFLICT (username) DO NOTHING", user.username(),
                user.passwordHash(), arrayLiteral(user.roles().stream().map(Role::name).toList()),
                arrayLiteral(user.initiatives())) > 0;
    }

    /** Replaces the stored hash with a stronger one of the same password, unless it was changed meanwhile. */
    public void replacePasswordHash(String username, String oldHash, String newHash) {
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = ? AND password_hash = ?", newHash, username,
                oldHash);
    }

    public Optional<User> find(String username) {
        if (username.indexOf('\0') >= 0) {
            // PostgreSQL cannot even compare a NUL byte: no stored user has one, and asking would fail the request.
            return Optional.empty();
        }
        return jdbc.query("SELECT username, password_hash, roles, initiatives, disabled_at FROM app_user WHERE username = ?",
                Users::user, username).stream().findFirst();
    }

    public List<User> all() {
        return jdbc.query("SELECT username, password_hash, roles, initiatives, disabled_at FROM app_user ORDER BY username",
                Users::user);
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = strings(rs.getArray("roles")).stream().map(Role::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new User(rs.getString("username"), rs.getString("password_hash"), roles,
                new LinkedHashSet<>(strings(rs.getArray("initiatives"))), rs.getTimestamp("disabled_at") != null);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static String arrayLiteral(java.util.Collection<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
