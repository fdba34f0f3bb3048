package se.finsam.journey.api.persons;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.PersonLinkEventTable;

@Configuration(proxyBeanMethods = false)
class PersonsConfiguration {

    @Bean
    PersonLinkEventTable personLinkEventTable(JourneyEventTable events) {
        return new PersonLinkEventTable(events);
    }
}
