package se.finsam.journey.api.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
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
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties database, DataDirectoryProperties dataDir) {
        return new EmbeddedDatabaseHolder(database.external() ? null : EmbeddedDatabase.start(dataDir.path()));
    }

    @Bean
    StorageFaults storageFaults(Clock clock, StorageProperties storage) {
        return new StorageFaults(clock, storage.diskFullHold());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabaseHolder embedded, DatabaseProperties database, NodeName nodeName,
                                StorageFaults faults) {
        Duration connectionTimeout = database.connectionTimeout();
        HikariConfig config = new HikariConfig();
        if (embedded.database() != null) {
            config.setJdbcUrl(embedded.database().jdbcUrl());
            config.setUsername(embedded.database().serviceUser());
            config.setPassword(embedded.database().servicePassword());
        } else {
            config.setJdbcUrl(database.url());
            config.setUsername(database.user());
            config.setPassword(database.password());
        }
        config.setPoolName("journey");
        config.setMaximumPoolSize(database.poolSize());
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(Math.max(250, Math.min(1000, connectionTimeout.toMillis() / 2)));
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("loginTimeout", "3");
        config.addDataSourceProperty("socketTimeout", Long.toString(Math.max(1, database.socketTimeout().toSeconds())));
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
                                           DataDirectoryProperties dataDir, StorageProperties storage) {
        return new StorageHealthIndicator(embedded.database() == null ? null : dataDir.path(), storage.minFreeSpace(),
                faults);
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
