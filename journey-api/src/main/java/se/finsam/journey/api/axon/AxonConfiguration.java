package se.finsam.journey.api.axon;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
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
