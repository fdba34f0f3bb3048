package se.finsam.journey.api.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.personal.PersonalDataVault;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.JourneyStatus;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.journey.Sealed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.store.JourneyEventTable;
import se.finsam.journey.store.JourneyEventTable.StoredRecord;

/**
 * A journey as staff see it: its current state and every record in order, read straight from its event
 * stream through the one reader of stored events (so it is never behind, and old shapes are upcast). Personal data is opened only for those allowed to see it.
 */
@Component
public class JourneyViews {

    private final JourneyEventTable events;
    private final ObjectMapper json;
    private final PersonalDataVault vault;

    public JourneyViews(JourneyEventTable events, ObjectMapper json, PersonalDataVault vault) {
        this.events = events;
        this.json = json;
        this.vault = vault;
    }

    /**
     * {@code personalData}: the identity number and name, for those who may see them (empty once erased);
     * {@code personalDataErased}: the record that erased them, if any, for every reader.
     */
    public record JourneyView(String journeyId, String initiative, JourneyStatus status, CurrentJourney current,
                              Map<String, String> personalData, Erased personalDataErased, List<ObjectNode> records) {
    }

    /** The record that erased a journey's personal data: a consent withdrawal or an erasure on request. */
    public record Erased(String recordId, String type, LocalDate date) {
    }

    public JourneyView view(String journeyId, Caller caller) {
        // The role first: whether a journey exists is not for those who may read none.
        caller.requireJourneyReading();
        List<StoredRecord> stored = events.stored(List.of(journeyId), Long.MAX_VALUE, null)
                .getOrDefault(journeyId, List.of());
        if (stored.isEmpty()) {
            throw unknownJourney(journeyId);
        }
        JourneyHistory history = new JourneyHistory();
        stored.forEach(s -> history.add(s.record()));
        String initiative = history.initiative().orElseThrow();
        if (!caller.mayReadJourneys(initiative)) {
            // Not 403 naming the initiative: a journey of others' answers as one that does not exist.
            throw unknownJourney(journeyId);
        }
        Erased erased = history.personalDataErasure()
                .map(e -> new Erased(e.recordId(), e.type().wireName(), e.date())).orElse(null);
        // Once erased, nothing is opened at all, whatever the key table says.
        boolean personal = caller.seesPersonalData(initiative) && erased == null;
        Map<String, String> retractedBy = new HashMap<>();
        history.events().stream().filter(RecordRetracted.class::isInstance).map(RecordRetracted.class::cast)
                .forEach(r -> retractedBy.put(r.retracts(), r.recordId()));
        List<ObjectNode> records = new ArrayList<>();
        for (StoredRecord record : stored) {
            records.add(recordView(record.record(), record.recordedAt(), retractedBy, personal, erased != null));
        }
        CurrentJourney current = history.current();
        Map<String, String> personalData = personal ? personalData(journeyId, history)
                : caller.seesPersonalData(initiative) ? Map.of() : null;
        return new JourneyView(journeyId, initiative, JourneyStatus.of(current), current, personalData, erased, records);
    }

    private ObjectNode recordView(JourneyEvent event, Instant recordedAt, Map<String, String> retractedBy,
                                  boolean personal, boolean erased) {
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
            boolean sealed = openOrDrop(event.journeyId(), person, "personalIdentityNumber", personal)
                    | openOrDrop(event.journeyId(), person, "name", personal);
            if (sealed && erased) {
                person.put("personalDataErased", true);
            }
        }
        node.setAll(fields);
        return node;
    }

    /** Replaces a sealed field by its plaintext for those allowed, else drops it; says whether it held a value. */
    private boolean openOrDrop(String journeyId, ObjectNode person, String field, boolean personal) {
        if (!person.has(field)) {
            return false;
        }
        String ciphertext = person.path(field).path("ciphertext").asText(null);
        person.remove(field);
        if (personal && ciphertext != null) {
            person.put(field, vault.open(journeyId, new Sealed(ciphertext)).orElse("(raderad)"));
        }
        return ciphertext != null;
    }

    /** The person's identity number and name as last recorded, opened; empty once erased. */
    private Map<String, String> personalData(String journeyId, JourneyHistory history) {
        Map<String, String> data = new HashMap<>();
        history.live().forEach(e -> {
            List<Sealed> sealed = e.sealedValues();
            if (!sealed.isEmpty()) {
                put(data, journeyId, "personalIdentityNumber", sealed.get(0));
                put(data, journeyId, "name", sealed.get(1));
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

    /**
     * The answer for a journey that does not exist, and for one of an initiative the caller may not read (which must
     * not tell the two apart); an id shaped like an identity number is not repeated.
     */
    static NotFoundException unknownJourney(String journeyId) {
        return new NotFoundException(PersonalIdentityNumber.looksLikeOne(journeyId)
                ? "no journey has this id, and none can: it is shaped like a personal identity number"
                : "journey '" + journeyId + "' does not exist");
    }
}
