package se.finsam.journey.api.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.journey.facts.JourneyFactWriter;
import se.finsam.journey.facts.JourneyFactsRebuild;
import se.finsam.journey.facts.JourneyFactsReplica;
import se.finsam.journey.facts.JourneyFactsProjection;
import se.finsam.journey.facts.ProcessorPosition;
import se.finsam.journey.store.EventReader;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.JourneyInitiativeWriter;
import se.finsam.journey.store.JourneyInitiatives;
import se.finsam.journey.store.SettledHead;

/** The read model and its readers, from journey-projections (which knows nothing of Spring's wiring). */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    /**
     * The one reader of stored events, with the same upcasters as Axon's engine: the context's {@link EventUpcaster}
     * beans, which Axon's auto-configuration registers with its configuration too (in the same order). The chain is
     * made here and is no bean, or Axon would register it as one more upcaster.
     */
    @Bean
    EventReader eventReader(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer,
                            ObjectProvider<EventUpcaster> upcasters) {
        return new EventReader(jdbc, serializer, new EventUpcasterChain(upcasters.orderedStream().toList()));
    }

    @Bean
    JourneyEventTable journeyEventTable(EventReader events) {
        return new JourneyEventTable(events);
    }

    @Bean
    JourneyFactWriter journeyFactWriter(JdbcTemplate jdbc, ObjectMapper json) {
        return new JourneyFactWriter(jdbc, json);
    }

    @Bean
    JourneyFactsProjection journeyFactsProjection(JdbcTemplate jdbc, JourneyEventTable events, JourneyFactWriter writer,
                                                  JourneyInitiatives initiatives) {
        return new JourneyFactsProjection(jdbc, events, writer, initiatives);
    }

    /** Subscribing: it writes in the transaction of the unit of work that stores a referral (application.properties). */
    @Bean
    JourneyInitiativeWriter journeyInitiativeWriter(JdbcTemplate jdbc) {
        return new JourneyInitiativeWriter(jdbc);
    }

    /**
     * A failure to write a referral's initiative must fail the store, not be logged and forgotten (Axon's default
     * for an event handler's exception): the referral would be stored where no exact report finds it.
     */
    @Bean
    ConfigurerModule journeyInitiativeFailuresFailTheStore() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                JourneyInitiativeWriter.PROCESSOR, configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    JourneyFactsRebuild journeyFactsRebuild(DataSource dataSource, JdbcTemplate jdbc,
                                            PlatformTransactionManager transactions,
                                            EventReader events, JourneyEventTable journeys, JourneyFactWriter writer,
                                            Clock clock) {
        return new JourneyFactsRebuild(dataSource, jdbc, new TransactionTemplate(transactions), events, journeys,
                writer, clock);
    }

    @Bean
    JourneyInitiatives journeyInitiatives(JdbcTemplate jdbc) {
        return new JourneyInitiatives(jdbc);
    }

    @Bean
    SettledHead settledHead(JdbcTemplate jdbc) {
        return new SettledHead(jdbc);
    }

    @Bean
    JourneyFactsReplica journeyFactsReplica(JdbcTemplate jdbc, ObjectMapper json, ProcessorPosition positions) {
        return new JourneyFactsReplica(jdbc, json, positions);
    }

    @Bean
    ProcessorPosition processorPosition(JdbcTemplate jdbc, Serializer serializer, SettledHead settledHead) {
        return new ProcessorPosition(jdbc, serializer, settledHead);
    }
}
