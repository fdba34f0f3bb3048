package se.finsam.journey.api.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import org.springframework.util.unit.DataSize;
import se.finsam.journey.api.nodes.NodeName;

/**
 * One DataSource for everything (events, tokens, read models), so that a processor's token and its rows
 * commit in one transaction. The embedded database, when used, is a bean the DataSource depends on: Spring
 * closes it only after everything using the DataSource (Axon's processors among them) has stopped.
 *
 * <p>Every wait on the database is bounded, so that a database that is gone makes a prompt 503 rather than a hang:
 * a connection from the pool within {@code JOURNEY_DB_CONNECTION_TIMEOUT}, a new one within two seconds (connect)
 * and three (sign-in), any answer within {@code JOURNEY_DB_SOCKET_TIMEOUT}. Health has checks of its own
 * ({@link DatabaseHealthIndicator}, {@link StorageHealthIndicator}).
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(@Value("${journey.db.url}") String url,
                                            @Value("${journey.data-dir}") String dataDir) {
        return new EmbeddedDatabaseHolder(url.isBlank() ? EmbeddedDatabase.start(Path.of(dataDir)) : null);
    }

    @Bean
    StorageFaults storageFaults(Clock clock, @Value("${journey.storage.disk-full-hold}") Duration hold) {
        return new StorageFaults(clock, hold);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabaseHolder embedded,
                                @Value("${journey.db.url}") String url,
                                @Value("${journey.db.user}") String user,
                                @Value("${journey.db.password}") String password,
                                @Value("${journey.db.pool-size}") int poolSize,
                                @Value("${journey.db.connection-timeout}") Duration connectionTimeout,
                                @Value("${journey.db.socket-timeout}") Duration socketTimeout,
                                NodeName nodeName, StorageFaults faults) {
        HikariConfig config = new HikariConfig();
        if (embedded.database() != null) {
            config.setJdbcUrl(embedded.database().jdbcUrl());
            config.setUsername(embedded.database().serviceUser());
            config.setPassword(embedded.database().servicePassword());
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setPoolName("journey");
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(Math.max(250, Math.min(1000, connectionTimeout.toMillis() / 2)));
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("loginTimeout", "3");
        config.addDataSourceProperty("socketTimeout", Long.toString(Math.max(1, socketTimeout.toSeconds())));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.setExceptionOverride(faults);
        // pgjdbc's messages would quote the statement with its values (a failed batch's first row: journey id and
        // sealed payload) and PostgreSQL's detail (a failing row, a duplicate key); Hikari and Spring log those
        // messages. Without the detail a failure still names its statement's error and SQLSTATE, never a value.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        // Batched inserts become multi-row INSERTs: the bulk import depends on it.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // Every node's connections carry its name, so that pg_stat_activity shows which node holds which.
        config.addDataSourceProperty("ApplicationName", nodeName.applicationName());
        return new HikariDataSource(config);
    }

    /** Replaces Spring Boot's "db" check, which waits on the pool (see {@link DatabaseHealthIndicator}). */
    @Bean
    HealthIndicator dbHealthIndicator(HikariDataSource dataSource) {
        return new DatabaseHealthIndicator(dataSource);
    }

    @Bean
    HealthIndicator storageHealthIndicator(EmbeddedDatabaseHolder embedded, StorageFaults faults,
                                           @Value("${journey.data-dir}") String dataDir,
                                           @Value("${journey.storage.min-free-space}") DataSize minimumFree) {
        return new StorageHealthIndicator(embedded.database() == null ? null : Path.of(dataDir), minimumFree, faults);
    }

    /** Holds the embedded database, or nothing when an external PostgreSQL is configured. */
    public record EmbeddedDatabaseHolder(@Nullable EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
