package se.finsam.journey.api.personal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One embedded PostgreSQL per test class, and for each test a database of its own with the service's migrations:
 * for tests of the personal-data classes without a Spring context. Register it as a static
 * {@code @RegisterExtension} field and call {@link #fresh()} before each test.
 */
final class MigratedDatabases implements BeforeAllCallback, AfterAllCallback {

    private final String prefix;
    private final AtomicInteger databases = new AtomicInteger();
    private EmbeddedPostgres postgres;

    MigratedDatabases(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        postgres.close();
    }

    /** A new, migrated database. */
    JdbcTemplate fresh() {
        String name = prefix + "_" + databases.incrementAndGet();
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE " + name);
        var dataSource = postgres.getDatabase("postgres", name);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
