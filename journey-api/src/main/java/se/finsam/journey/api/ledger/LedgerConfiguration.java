package se.finsam.journey.api.ledger;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.finsam.journey.ledger.Ledger;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.LedgerEventTable;

/** The ledger aggregate for Axon (journey-core knows no Spring), and the reader of ledgers at a position. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerImportSettings.class)
class LedgerConfiguration {

    @Bean
    ConfigurerModule ledgerAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Ledger.class));
    }

    @Bean
    LedgerEventTable ledgerEventTable(JourneyEventTable events) {
        return new LedgerEventTable(events);
    }
}
