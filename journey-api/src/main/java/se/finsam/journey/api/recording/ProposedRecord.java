package se.finsam.journey.api.recording;

import se.finsam.journey.journey.RecordType;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * A record as parsed, before anything is stored or sealed: the journey record it proposes, without its personal data,
 * and the identity number and name it carries in plain text (null when absent). Parsing has no side effect; the
 * personal data is sealed, and a key made for the journey, only once the caller is known to be allowed to write it.
 */
public record ProposedRecord(JourneyEvent unsealed, String identityNumber, String name) {

    public String journeyId() {
        return unsealed.journeyId();
    }

    public RecordType type() {
        return unsealed.type();
    }

    public boolean carriesPersonalData() {
        return identityNumber != null || name != null;
    }

    /** The record to store, its personal data sealed with the journey's key. */
    public JourneyEvent sealedWith(RecordParser.Sealer sealer) {
        if (!carriesPersonalData()) {
            return unsealed;
        }
        String journeyId = unsealed.journeyId();
        return unsealed.withPersonalData(identityNumber == null ? null : sealer.seal(journeyId, identityNumber),
                name == null ? null : sealer.seal(journeyId, name));
    }

    /** Plain text must never appear in a log line or a message: only say whether personal data is there. */
    @Override
    public String toString() {
        return "ProposedRecord[" + unsealed.type().wireName() + " " + unsealed.journeyId() + "/" + unsealed.recordId()
                + (carriesPersonalData() ? ", with personal data]" : "]");
    }
}
