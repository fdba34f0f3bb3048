package se.finsam.journey.api.recording;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.personal.PersonalDataVault;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.RuleViolation;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.PersonalDataErased;

/**
 * Erasure on request: records {@link PersonalDataErased} in the journey's stream and destroys its key, in one
 * transaction. Every record stays, and so does every figure. Erasing again is harmless and says so.
 */
@Service
public class PersonalDataErasure {

    private final JourneyStreams streams;
    private final RecordingService recording;
    private final PersonalDataVault vault;
    private final Clock clock;

    public PersonalDataErasure(JourneyStreams streams, RecordingService recording, PersonalDataVault vault, Clock clock) {
        this.streams = streams;
        this.recording = recording;
        this.vault = vault;
        this.clock = clock;
    }

    /** What happened: {@code ERASED} now, or {@code ALREADY_ERASED} by the record named. */
    public record Erasure(String journeyId, String initiative, String status, String recordId, String type,
                          LocalDate date, long position, String detail) {
    }

    public Erasure erase(String journeyId, Caller caller) {
        if (!caller.mayRecordAnywhere()) {
            throw new ForbiddenException("user '" + caller.username() + "' may not erase the personal data of journeys "
                    + "(administrators and staff of the journey's initiative may)");
        }
        JourneyHistory history = existing(journeyId);
        String initiative = history.initiative().orElseThrow();
        if (!caller.mayRecord(initiative)) {
            // As for a journey that does not exist: the answer must not say that it does, nor where.
            throw JourneyViews.unknownJourney(journeyId);
        }
        Optional<JourneyEvent> earlier = history.personalDataErasure();
        if (earlier.isPresent()) {
            return alreadyErased(journeyId, history, earlier.get());
        }
        PersonalDataErased erasure = new PersonalDataErased(journeyId, "erasure-" + UUID.randomUUID(),
                LocalDate.now(clock.withZone(Journey.SWEDEN)), caller.username());
        RecordingService.Recorded recorded;
        try {
            recorded = recording.store(erasure);
        } catch (RuleViolation e) {
            if ("personal-data-already-erased".equals(e.rule())) {
                JourneyHistory now = existing(journeyId);
                return alreadyErased(journeyId, now, now.personalDataErasure().orElseThrow());
            }
            throw e;
        }
        return new Erasure(journeyId, initiative, "ERASED", recorded.recordId(), erasure.type().wireName(), erasure.date(),
                recorded.position(), "The identity number and name of journey '" + journeyId + "' are erased for good "
                + "(their key is destroyed). The journey and its records stay and count in every figure as before.");
    }

    private Erasure alreadyErased(String journeyId, JourneyHistory history, JourneyEvent erasure) {
        // Destroying again costs nothing, and covers a key that survived its erasure record by any mishap.
        vault.erase(journeyId);
        return new Erasure(journeyId, history.initiative().orElseThrow(), "ALREADY_ERASED", erasure.recordId(), erasure.type().wireName(), erasure.date(),
                streams.positionOf(journeyId, history.sequenceNumberOf(erasure.recordId())),
                "The personal data of journey '" + journeyId + "' was already erased on " + erasure.date()
                        + " (record '" + erasure.recordId() + "'); nothing more to erase.");
    }

    private JourneyHistory existing(String journeyId) {
        JourneyHistory history = streams.histories(List.of(journeyId)).get(journeyId);
        if (history == null) {
            throw JourneyViews.unknownJourney(journeyId);
        }
        return history;
    }
}
