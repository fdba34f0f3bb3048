package se.finsam.journey.api.axon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.finsam.journey.api.nodes.NodeName;
import se.finsam.journey.api.nodes.NodeProperties;
import se.finsam.journey.api.nodes.SegmentClaims;
import se.finsam.journey.journey.AddRecord;
import se.finsam.journey.journey.Journey;

@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The metadata key naming the request or import a record came from, copied onto its event. */
    public static final String REQUEST_ID = "requestId";
    private static final int AGGREGATE_AND_TRACKING_BATCH = 1000;

    /**
     * Axon's JDBC engine as its auto-configuration builds it, with four changes:
     * <ul>
     *   <li>it reads 1,000 events per query instead of 100, so processors catching up (a rebuild, after an import)
     *   make ten times fewer round trips;</li>
     *   <li>it reads a journey's events in one query. Axon asks again until a query comes back empty (by default
     *   it cannot know the last batch was the last), which for journeys of a few records was a second, empty query
     *   on every single record; a journey's sequence numbers have no gaps, so a short batch is the last;</li>
     *   <li>each event's timestamp is parsed once ({@link ParsedTimestamp});</li>
     *   <li>it never looks for a snapshot. No snapshotter is configured (a journey has about seven records, cheaper
     *   to replay than a snapshot to read), so the snapshot table is always empty, yet Axon asked it first every
     *   time a journey was loaded: one query more on every single record.</li>
     * </ul>
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver resolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactions) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(resolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactions)
                .schema(new EventSchema())
                .batchSize(AGGREGATE_AND_TRACKING_BATCH)
                .finalAggregateBatchPredicate(batch -> batch.size() < AGGREGATE_AND_TRACKING_BATCH);
        return new JdbcEventStorageEngine(builder) {
            @Override
            protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
                return Stream.empty();
            }

            @Override
            protected DomainEventData<?> getDomainEventData(ResultSet row) throws SQLException {
                return new ParsedTimestamp<>(super.getDomainEventData(row));
            }

            @Override
            protected TrackedEventData<?> getTrackedEventData(ResultSet row, GapAwareTrackingToken previous)
                    throws SQLException {
                TrackedEventData<?> stored = super.getTrackedEventData(row, previous);
                return stored instanceof TrackedDomainEventData<?> tracked
                        ? new TrackedDomainEventData<>(tracked.trackingToken(), new ParsedTimestamp<>(tracked))
                        : stored;
            }
        };
    }

    /**
     * Axon's JDBC token store, but claiming segments under this node's own name. Axon's default owner is the JVM's
     * "pid@host", which two nodes share when they run in one JVM, or as pid 1 in containers given the same host
     * name: both would then believe they hold every segment and process each event twice. A node whose claims
     * are older than the claim timeout (it died without releasing them) loses its segments to the others. Every
     * claim and release is logged with its reason ({@link SegmentClaims}).
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                          NodeName nodeName, SegmentClaims claims, NodeProperties node) {
        return claims.logging(JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(new TokenSchema())
                .serializer(serializer)
                .nodeId(nodeName.value())
                .claimTimeout(node.claimTimeout())
                .build());
    }

    /**
     * Which storage failures are a concurrent write: PostgreSQL's unique violation (SQLState 23505), wherever it
     * sits in the chain of causes. Axon's default resolver compares vendor error codes, which PostgreSQL leaves at
     * 0, and the JDBC batch Axon appends with wraps the violation in a BatchUpdateException. On one node the
     * aggregate's lock keeps two writes to one journey apart; with several nodes they meet in the database, and
     * the loser must get the 409 "changed at the same moment", not a 500.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return AxonConfiguration::isUniqueViolation;
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if ("23505".equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * The journey aggregate, its target read straight from the one command it handles. Axon's default resolver
     * looks for the identifier and version annotations by reflection on every command: a JFR profile of single
     * records found it allocating about 12 KB per record (annotation arrays, methods), a tenth of the request's
     * garbage.
     */
    @Bean
    ConfigurerModule journeyAggregate() {
        CommandTargetResolver annotated = AnnotationCommandTargetResolver.builder().build();
        CommandTargetResolver target = command -> command.getPayload() instanceof AddRecord add
                ? new VersionedAggregateIdentifier(add.journeyId(), null) : annotated.resolveTarget(command);
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Journey.class)
                .configureCommandTargetResolver(configuration -> target));
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
