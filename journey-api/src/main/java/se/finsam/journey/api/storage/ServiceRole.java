package se.finsam.journey.api.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The role the service connects to its embedded PostgreSQL as: {@value #NAME}, the owner of the database and of
 * everything in it, but no superuser, so that even with its password nobody can run shell commands
 * ({@code COPY … TO PROGRAM}), read the server's files or change other roles. Its password is made anew at every
 * start and lives only in the service's memory. Objects made by an earlier release (owned by the superuser) are
 * handed to it at start.
 */
final class ServiceRole {

    static final String NAME = "journey";
    private static final String HAND_OVER = """
            DO $$
            DECLARE
                thing record;
            BEGIN
                FOR thing IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                        AND c.relowner <> 'journey'::regrole LOOP
                    EXECUTE format(CASE thing.relkind WHEN 'v' THEN 'ALTER VIEW %s OWNER TO journey'
                            WHEN 'm' THEN 'ALTER MATERIALIZED VIEW %s OWNER TO journey'
                            WHEN 'f' THEN 'ALTER FOREIGN TABLE %s OWNER TO journey'
                            ELSE 'ALTER TABLE %s OWNER TO journey' END, thing.name);
                END LOOP;
                -- Sequences of serial columns moved with their tables; these are the ones of their own.
                FOR thing IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> 'journey'::regrole LOOP
                    EXECUTE format('ALTER SEQUENCE %s OWNER TO journey', thing.name);
                END LOOP;
                FOR thing IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                        JOIN pg_namespace n ON n.oid = p.pronamespace
                        WHERE n.nspname = 'public' AND p.proowner <> 'journey'::regrole LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO journey', thing.name);
                END LOOP;
                FOR thing IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                        WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'r') AND t.typowner <> 'journey'::regrole LOOP
                    EXECUTE format('ALTER TYPE %s OWNER TO journey', thing.name);
                END LOOP;
            END
            $$""";

    private ServiceRole() {
    }

    /** Makes sure the role exists, owns everything and has a new password; returns that password. */
    static String prepare(DataSource superuser) {
        String password = ScramVerifier.newPassword();
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + NAME + "') THEN "
                    + "CREATE ROLE " + NAME + "; END IF; END $$");
            statement.execute("ALTER ROLE " + NAME + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS PASSWORD '" + ScramVerifier.of(password) + "'");
            statement.execute("ALTER DATABASE postgres OWNER TO " + NAME);
            statement.execute("ALTER SCHEMA public OWNER TO " + NAME);
            statement.execute(HAND_OVER);
            return password;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the embedded PostgreSQL's role " + NAME + ": "
                    + e.getMessage(), e);
        }
    }
}
