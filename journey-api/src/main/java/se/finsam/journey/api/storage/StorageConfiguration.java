package se.finsam.journey.api.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;
import se.finsam.journey.api.nodes.NodeName;

/**
 * One DataSource for everything (events, tokens, read models), so that a processor's token and its rows
 * commit in one transaction. The embedded database, when used, is a bean the DataSource depends on: Spring
 * closes it only after everything using the DataSource (Axon's processors among them) has stopped.
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(@Value("${journey.db.url}") String url,
                                            @Value("${journey.data-dir}") String dataDir) {
        return new EmbeddedDatabaseHolder(url.isBlank() ? EmbeddedDatabase.start(Path.of(dataDir)) : null);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabaseHolder embedded,
                          @Value("${journey.db.url}") String url,
                          @Value("${journey.db.user}") String user,
                          @Value("${journey.db.password}") String password,
                          @Value("${journey.db.pool-size}") int poolSize,
                          NodeName nodeName) {
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
        // Batched inserts become multi-row INSERTs: the bulk import depends on it.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // Every node's connections carry its name, so that pg_stat_activity shows which node holds which.
        config.addDataSourceProperty("ApplicationName", nodeName.applicationName());
        return new HikariDataSource(config);
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
