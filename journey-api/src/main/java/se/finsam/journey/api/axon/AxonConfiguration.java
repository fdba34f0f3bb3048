package se.finsam.journey.api.axon;

import java.time.Clock;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.finsam.journey.journey.Journey;

@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The metadata key naming the request or import a record came from, copied onto its event. */
    public static final String REQUEST_ID = "requestId";

    /**
     * Axon's JDBC engine as its auto-configuration builds it, but reading 1,000 events per query instead of
     * 100: processors catching up (a rebuild, after an import) make ten times fewer round trips.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver resolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactions) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(resolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactions)
                .schema(new EventSchema())
                .batchSize(1000)
                .build();
    }

    @Bean
    ConfigurerModule journeyAggregate() {
        return configurer -> configurer.configureAggregate(Journey.class);
    }

    /** The journey rules read "today" from this clock (handlers get it injected). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider requestOrigin() {
        return new SimpleCorrelationDataProvider(REQUEST_ID);
    }
}
