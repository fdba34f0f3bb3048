package se.finsam.journey.api.axon;

import java.time.Clock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Axon stamps each event it makes (a single record's, applied by the aggregate) with the time of a clock of its own,
 * the static {@link GenericEventMessage#clock}, while an import stamps its events with the service's {@link Clock}
 * bean. This points Axon's clock at the bean, so that a record's recorded time comes from the one clock whichever
 * way it came in, and puts Axon's back when the context closes (if no other context replaced it meanwhile).
 *
 * <p>The token store's claim times stay on Axon's own clock ({@code AbstractTokenEntry.clock}, the host's time):
 * nodes compare them with each other's to see who died, which a test's clock must never stop.
 */
@Component
class AxonClock implements DisposableBean {

    private final Clock service;
    private final Clock axons;

    AxonClock(Clock clock) {
        this.service = clock;
        this.axons = GenericEventMessage.clock;
        GenericEventMessage.clock = clock;
    }

    @Override
    public void destroy() {
        if (GenericEventMessage.clock == service) {
            GenericEventMessage.clock = axons;
        }
    }
}
