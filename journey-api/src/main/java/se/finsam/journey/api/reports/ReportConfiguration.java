package se.finsam.journey.api.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.finsam.journey.facts.JourneyFacts;
import se.finsam.journey.facts.JourneyFactsProjection;
import se.finsam.journey.facts.ProcessorPosition;
import se.finsam.journey.store.JourneyEventTable;

/** The read model and its readers, from journey-projections (which knows nothing of Spring's wiring). */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    @Bean
    JourneyEventTable journeyEventTable(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        return new JourneyEventTable(jdbc, serializer);
    }

    @Bean
    JourneyFactsProjection journeyFactsProjection(JdbcTemplate jdbc, JourneyEventTable events, ObjectMapper json) {
        return new JourneyFactsProjection(jdbc, events, json);
    }

    @Bean
    JourneyFacts journeyFacts(JdbcTemplate jdbc, ObjectMapper json) {
        return new JourneyFacts(jdbc, json);
    }

    @Bean
    ProcessorPosition processorPosition(JdbcTemplate jdbc, Serializer serializer) {
        return new ProcessorPosition(jdbc, serializer);
    }
}
