package se.finsam.journey.api.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.personal.PersonalDataVault;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.journey.Sealed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;

/**
 * A journey as staff see it: its current state and every record in order, read straight from its event
 * stream (so it is never behind). Personal data is opened only for those allowed to see it.
 */
@Component
public class JourneyViews {

    private final EventStore eventStore;
    private final ObjectMapper json;
    private final PersonalDataVault vault;

    public JourneyViews(EventStore eventStore, ObjectMapper json, PersonalDataVault vault) {
        this.eventStore = eventStore;
        this.json = json;
        this.vault = vault;
    }

    public record JourneyView(String journeyId, String initiative, String status, CurrentJourney current,
                              Map<String, String> personalData, List<ObjectNode> records) {
    }

    public JourneyView view(String journeyId, Caller caller) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        eventStore.readEvents(journeyId).forEachRemaining(messages::add);
        if (messages.isEmpty()) {
            throw new NotFoundException(PersonalIdentityNumber.looksLikeOne(journeyId)
                    ? "no journey has this id, and none can: it is shaped like a personal identity number"
                    : "journey '" + journeyId + "' does not exist");
        }
        JourneyHistory history = new JourneyHistory();
        messages.forEach(m -> history.add((JourneyEvent) m.getPayload()));
        String initiative = history.initiative().orElseThrow();
        caller.requireReading(initiative);
        boolean personal = caller.seesPersonalData(initiative);
        Map<String, String> retractedBy = new HashMap<>();
        history.events().stream().filter(RecordRetracted.class::isInstance).map(RecordRetracted.class::cast)
                .forEach(r -> retractedBy.put(r.retracts(), r.recordId()));
        List<ObjectNode> records = new ArrayList<>();
        for (DomainEventMessage<?> message : messages) {
            records.add(recordView((JourneyEvent) message.getPayload(), message.getTimestamp(), retractedBy, personal));
        }
        CurrentJourney current = history.current();
        return new JourneyView(journeyId, initiative, status(current), current,
                personal ? personalData(journeyId, history) : null, records);
    }

    private ObjectNode recordView(JourneyEvent event, Instant recordedAt, Map<String, String> retractedBy,
                                  boolean personal) {
        ObjectNode node = json.createObjectNode();
        node.put("recordId", event.recordId());
        node.put("type", event.type().wireName());
        node.put("date", event.date().toString());
        node.put("recordedAt", recordedAt.toString());
        node.put("recordedBy", event.recordedBy());
        node.put("retracted", retractedBy.containsKey(event.recordId()));
        if (retractedBy.containsKey(event.recordId())) {
            node.put("retractedBy", retractedBy.get(event.recordId()));
        }
        ObjectNode fields = json.valueToTree(event);
        for (String common : List.of("journeyId", "recordId", "date", "recordedBy")) {
            fields.remove(common);
        }
        if (event instanceof ProfileUpdated update && (update.cleared() == null || update.cleared().isEmpty())) {
            fields.remove("cleared");
        }
        if (fields.get("person") instanceof ObjectNode person) {
            openOrDrop(event.journeyId(), person, "personalIdentityNumber", personal);
            openOrDrop(event.journeyId(), person, "name", personal);
        }
        node.setAll(fields);
        return node;
    }

    private void openOrDrop(String journeyId, ObjectNode person, String field, boolean personal) {
        if (!person.has(field)) {
            return;
        }
        String ciphertext = person.path(field).path("ciphertext").asText(null);
        person.remove(field);
        if (personal && ciphertext != null) {
            person.put(field, vault.open(journeyId, new Sealed(ciphertext)).orElse("(raderad)"));
        }
    }

    /** The person's identity number and name as last recorded, opened; empty once erased. */
    private Map<String, String> personalData(String journeyId, JourneyHistory history) {
        Map<String, String> data = new HashMap<>();
        history.live().forEach(e -> {
            if (e instanceof ParticipantReferred r) {
                put(data, journeyId, "personalIdentityNumber", r.person().personalIdentityNumber());
                put(data, journeyId, "name", r.person().name());
            } else if (e instanceof ProfileUpdated u && u.person() != null) {
                put(data, journeyId, "personalIdentityNumber", u.person().personalIdentityNumber());
                put(data, journeyId, "name", u.person().name());
            }
            if (e instanceof ProfileUpdated u && u.cleared() != null) {
                u.cleared().forEach(field -> data.remove(field.replace("person.", "")));
            }
        });
        return data;
    }

    private void put(Map<String, String> data, String journeyId, String field, Sealed sealed) {
        if (sealed != null) {
            vault.open(journeyId, sealed).ifPresent(value -> data.put(field, value));
        }
    }

    static String status(CurrentJourney journey) {
        if (journey.isVoid()) {
            return "VOID";
        }
        if (journey.closure() != null) {
            return "CLOSED";
        }
        if (journey.isEnrolled()) {
            return "ACTIVE";
        }
        return journey.withdrawalDate() != null ? "WITHDRAWN" : "WAITING";
    }
}
