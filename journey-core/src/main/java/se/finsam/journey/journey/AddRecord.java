package se.finsam.journey.journey;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.finsam.journey.journey.events.JourneyEvent;

/** Add a record to a journey: the record is the fact staff report, the journey decides whether it holds. */
public record AddRecord(JourneyEvent record) {

    @TargetAggregateIdentifier
    public String journeyId() {
        return record.journeyId();
    }
}
