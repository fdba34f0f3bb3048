package se.finsam.journey.api.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * Health component {@code db}: can the database be reached now? It asks over a connection of its own, not one of
 * the pool's, with one- and two-second timeouts: with the database gone, the pool's connections would each wait for
 * its whole connection timeout (Spring Boot's own check took ~25 s), and under a heavy load a busy pool is no sign of
 * a sick database. So health answers within about two seconds either way.
 */
class DatabaseHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHealthIndicator.class);

    private final String url;
    private final Properties properties = new Properties();
    private Connection connection;
    private Status last = Status.UP;

    DatabaseHealthIndicator(HikariDataSource pool) {
        this.url = pool.getJdbcUrl();
        properties.putAll(pool.getDataSourceProperties());
        properties.setProperty("user", pool.getUsername());
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("loginTimeout", "2");
        properties.setProperty("socketTimeout", "2");
    }

    @Override
    public synchronized Health health() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = new Driver().connect(url, properties);
            }
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(2);
                statement.execute("SELECT 1");
            }
            return noted(Health.up().build(), null);
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            String reason = DatabaseTrouble.of(e).filter(DatabaseTrouble.DISK_FULL::equals).isPresent()
                    ? "the database's disk is full"
                    : "the database cannot be reached (SQLSTATE " + Optional.ofNullable(e instanceof SQLException sql
                    ? sql.getSQLState() : null).orElse("none") + ")";
            return noted(Health.down().withDetail("reason", reason).build(), reason);
        }
    }

    private Health noted(Health health, String reason) {
        if (!health.getStatus().equals(last)) {
            if (reason != null) {
                log.warn("Health: {} is DOWN: {}", "db", reason);
            } else {
                log.info("Health: db is UP again");
            }
            last = health.getStatus();
        }
        return health;
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // it is broken already
        }
        connection = null;
    }
}
