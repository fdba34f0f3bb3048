package se.finsam.journey.api.persons;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.axon.AxonConfiguration;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.personal.PseudonymKey;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.persons.JourneysLinked;
import se.finsam.journey.persons.PersonLinkEvent;
import se.finsam.journey.persons.PersonLinkRules;
import se.finsam.journey.persons.PersonLinks;
import se.finsam.journey.store.PersonLinkEventTable;

/**
 * Finds a journey's person by the keyed pseudonym of its identity number, and stores links between journeys as events
 * of the association's link stream ({@code persons:association:CODE}). Called inside the transaction that stores the
 * journey's record, after it was authorised and accepted, so a refused record leaves neither a pseudonym nor a link.
 */
@Service
public class PersonLinking {

    /** A journey's record just accepted with an identity number (blank: the number was taken away). */
    public record Identified(String journeyId, String initiative, String identityNumber) {

        @Override
        public String toString() {
            return "Identified[" + journeyId + "]";
        }
    }

    private final PersonPseudonyms pseudonyms;
    private final PseudonymKey key;
    private final PersonLinkEventTable links;
    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final Initiatives initiatives;
    private final Clock clock;

    PersonLinking(PersonPseudonyms pseudonyms, PseudonymKey key, PersonLinkEventTable links, EventStore eventStore,
                  TransactionManager transactions, Initiatives initiatives, Clock clock) {
        this.pseudonyms = pseudonyms;
        this.key = key;
        this.links = links;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.initiatives = initiatives;
        this.clock = clock;
    }

    /** The association of an initiative, when it exists. */
    public Optional<String> associationOf(String initiative) {
        return initiative == null ? Optional.empty() : initiatives.find(initiative).map(i -> i.association());
    }

    /**
     * Takes the associations' pseudonym locks, in one order for every caller, before anything of the records is
     * written: so a record and an import touching the same associations cannot wait for each other.
     */
    public void lock(Collection<Identified> journeys) {
        new TreeMap<String, Boolean>(associations(journeys)).keySet().forEach(pseudonyms::lock);
    }

    /**
     * Stores the journeys' pseudonyms and, for each, the automatic link to the earliest other journey of its
     * association with the same pseudonym (unless they already count as one person, or staff unlinked them).
     */
    public void identified(List<Identified> journeys, String recordedBy, String requestId) {
        if (journeys.isEmpty()) {
            return;
        }
        lock(journeys);
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(recordedAt, Journey.SWEDEN);
        Map<String, PersonLinks> streams = new TreeMap<>();
        List<DomainEventMessage<PersonLinkEvent>> messages = new ArrayList<>();
        for (Identified journey : journeys) {
            Optional<String> association = associationOf(journey.initiative());
            if (association.isEmpty()) {
                continue;
            }
            if (journey.identityNumber() == null || journey.identityNumber().isBlank()) {
                pseudonyms.forget(journey.journeyId());
                continue;
            }
            byte[] pseudonym = key.pseudonymOf(association.get(), journey.identityNumber());
            pseudonyms.store(journey.journeyId(), association.get(), pseudonym);
            List<String> others = pseudonyms.othersWith(association.get(), pseudonym, journey.journeyId());
            if (others.isEmpty()) {
                continue;
            }
            PersonLinks stream = streams.computeIfAbsent(association.get(),
                    code -> links.links(code, Long.MAX_VALUE, null));
            Optional<JourneysLinked> link = PersonLinkRules.automatic(stream, association.get(), journey.journeyId(),
                    others, "link-" + UUID.randomUUID(), today, recordedBy);
            link.ifPresent(made -> messages.add(message(stream, made, requestId, recordedAt)));
        }
        publish(messages);
    }

    /** Stores a record of staff in the association's stream as it stands ({@code stream}); returns its event's id. */
    String store(PersonLinks stream, PersonLinkEvent record, String requestId) {
        DomainEventMessage<PersonLinkEvent> message = message(stream, record, requestId,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        publish(List.of(message));
        return message.getIdentifier();
    }

    /** The association's links as they stand now (including what this transaction stored). */
    PersonLinks current(String association) {
        return links.links(association, Long.MAX_VALUE, null);
    }

    private static DomainEventMessage<PersonLinkEvent> message(PersonLinks stream, PersonLinkEvent record,
                                                               String requestId, Instant recordedAt) {
        DomainEventMessage<PersonLinkEvent> message = new GenericDomainEventMessage<>(
                PersonLinkEventTable.PERSON_LINKS_AGGREGATE, PersonLinks.streamOf(record.association()),
                stream.records(), record, Map.of(AxonConfiguration.REQUEST_ID, requestId),
                UUID.randomUUID().toString(), recordedAt);
        stream.add(record);
        return message;
    }

    private void publish(List<DomainEventMessage<PersonLinkEvent>> messages) {
        if (messages.isEmpty()) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            // An import's chunk: stored with its records when its unit of work commits.
            eventStore.publish(messages);
            return;
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            unitOfWork.attachTransaction(transactions);
            eventStore.publish(messages);
            unitOfWork.commit();
        } catch (RuntimeException e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    private Map<String, Boolean> associations(Collection<Identified> journeys) {
        Map<String, Boolean> codes = new TreeMap<>();
        journeys.forEach(journey -> associationOf(journey.initiative()).ifPresent(code -> codes.put(code, true)));
        return codes;
    }
}
