package se.finsam.journey.api.persons;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.journey.api.recording.JourneyStreams;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.journey.RuleViolation;
import se.finsam.journey.persons.JourneysLinked;
import se.finsam.journey.persons.PersonLinkEvent;
import se.finsam.journey.persons.PersonLinkRules;
import se.finsam.journey.persons.PersonLinks;

/**
 * Staff's links and unlinks of two journeys of one association, as records with a reason, and a journey's links as
 * its readers see them. Linking and unlinking needs the right to record in both journeys' initiatives (STAFF or
 * ADMIN); a journey the caller may not record in answers exactly as one that does not exist.
 */
@Service
public class PersonLinkService {

    private final JourneyStreams streams;
    private final PersonLinking linking;
    private final PersonPseudonyms pseudonyms;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonLinkService(JourneyStreams streams, PersonLinking linking, PersonPseudonyms pseudonyms,
                      TransactionTemplate transactions, Clock clock) {
        this.streams = streams;
        this.linking = linking;
        this.pseudonyms = pseudonyms;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What was stored: the record's id and the global position of its event. */
    public record Stored(String recordId, String journeyId, String otherJourneyId, long position) {
    }

    /** One live link of a journey as a reader sees it; another initiative's journey the reader may not see is unnamed. */
    public record LinkView(String journey, String initiative, String how, String reason, LocalDate date,
                           String recordedBy, String recordId) {
    }

    /** A journey's live links, and how many journeys the person it belongs to has in the association. */
    public record JourneyLinks(String journeyId, @JsonIgnore String initiative, List<LinkView> links,
                               int journeysOfThePerson) {
    }

    public Stored link(String journeyId, JsonNode body, Caller caller) {
        return store(journeyId, text(body, "journey"), text(body, "reason"), caller, true);
    }

    public Stored unlink(String journeyId, String other, JsonNode body, Caller caller) {
        return store(journeyId, other, text(body, "reason"), caller, false);
    }

    public JourneyLinks links(String journeyId, Caller caller) {
        caller.requireJourneyReading();
        String initiative = streams.initiativeOf(journeyId).filter(caller::mayReadJourneys)
                .orElseThrow(() -> missing(journeyId));
        String association = linking.associationOf(initiative).orElseThrow(() -> missing(journeyId));
        PersonLinks current = linking.current(association);
        List<LinkView> views = new ArrayList<>();
        for (JourneysLinked link : current.linksOf(journeyId)) {
            String other = link.pair().otherThan(journeyId);
            String otherInitiative = streams.initiativeOf(other).orElse(null);
            boolean shown = otherInitiative != null && caller.mayReadJourneys(otherInitiative);
            views.add(new LinkView(shown ? other : null, shown ? otherInitiative : null, link.how(),
                    link.reason(), link.date(), link.recordedBy(), link.recordId()));
        }
        PersonLinks.Components components = current.components();
        String root = components.root(journeyId);
        int journeys = (int) current.liveLinks().stream()
                .flatMap(link -> java.util.stream.Stream.of(link.journeyId(), link.otherJourneyId()))
                .distinct().filter(id -> components.root(id).equals(root)).count();
        return new JourneyLinks(journeyId, initiative, views, Math.max(1, journeys));
    }

    /** Whether the service holds a pseudonym for the journey (tests: erasure must take it away). */
    public boolean hasPseudonym(String journeyId) {
        return pseudonyms.has(journeyId);
    }

    private Stored store(String journeyId, String other, String reason, Caller caller, boolean link) {
        caller.requireRecordingAnywhere();
        String initiative = recordable(journeyId, caller);
        if (other == null || other.isBlank()) {
            throw RuleViolation.invalid("journey-required", "name the other journey ('journey': its journeyId)")
                    .at("journey");
        }
        if (PersonalIdentityNumber.looksLikeOne(other)) {
            throw RuleViolation.invalid("looks-like-identity-number", "'journey' looks like a personal identity "
                    + "number; name the other journey by its journeyId").at("journey");
        }
        String otherInitiative = journeyId.equals(other) ? initiative : recordable(other, caller);
        String association = linking.associationOf(initiative).orElseThrow(() -> missing(journeyId));
        if (!association.equals(linking.associationOf(otherInitiative).orElse(null))) {
            throw RuleViolation.invalid("other-association", "journeys '" + journeyId + "' and '" + other + "' belong "
                    + "to different associations; persons are counted within one association").at("journey");
        }
        LocalDate today = LocalDate.now(clock.withZone(Journey.SWEDEN));
        String recordId = (link ? "link-" : "unlink-") + UUID.randomUUID();
        return transactions.execute(status -> {
            // The same lock as the automatic links take: a decision on the stream as it stands stays true until stored.
            linking.lock(List.of(new PersonLinking.Identified(journeyId, initiative, null)));
            PersonLinks current = linking.current(association);
            PersonLinkEvent record = link
                    ? PersonLinkRules.link(current, association, journeyId, other, reason, recordId, today,
                    caller.username())
                    : PersonLinkRules.unlink(current, association, journeyId, other, reason, recordId, today,
                    caller.username());
            String event = linking.store(current, record, "request-" + UUID.randomUUID());
            return new Stored(recordId, journeyId, other, streams.positionOfEvent(event).orElseGet(streams::head));
        });
    }

    /** The journey's initiative when the caller may record in it; else as if it did not exist. */
    private String recordable(String journeyId, Caller caller) {
        return streams.initiativeOf(journeyId).filter(caller::mayRecord).orElseThrow(() -> missing(journeyId));
    }

    private static NotFoundException missing(String journeyId) {
        return new NotFoundException(PersonalIdentityNumber.looksLikeOne(journeyId)
                ? "no journey has this id, and none can: it is shaped like a personal identity number"
                : "journey '" + journeyId + "' does not exist");
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw RuleViolation.invalid("not-text", "'" + field + "' must be text").at(field);
        }
        return value.textValue();
    }
}
