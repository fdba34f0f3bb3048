package se.finsam.journey.api.recording;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.PersonChanges;
import se.finsam.journey.journey.Person;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.journey.ProfileFields;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.journey.Sealed;
import se.finsam.journey.journey.events.AssessmentRecorded;
import se.finsam.journey.journey.events.ConsentGiven;
import se.finsam.journey.journey.events.ConsentWithdrawn;
import se.finsam.journey.journey.events.JourneyClosed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantEnrolled;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.journey.events.ReferralWithdrawn;
import se.finsam.journey.journey.events.WorkTrainingEnded;
import se.finsam.journey.journey.events.WorkTrainingStarted;

/**
 * Turns a record in the contract's JSON shape into the journey record it proposes. Everything that can be
 * judged from the record alone is checked here, with a message naming the field; the journey rules judge
 * the rest. Personal data is sealed on the way, so it never reaches a record in plaintext.
 */
public final class RecordParser {

    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

    /** Seals one personal value for a journey. */
    public interface Sealer {
        Sealed seal(String journeyId, String plaintext);
    }

    private final Sealer sealer;

    public RecordParser(Sealer sealer) {
        this.sealer = sealer;
    }

    public JourneyEvent parse(JsonNode node, String journeyIdFromPath, String recordedBy) {
        if (node == null || !node.isObject()) {
            throw new InvalidRecordException("a record must be a JSON object");
        }
        RecordFields f = new RecordFields(node, "");
        String typeName = f.text("type", true);
        RecordType type = RecordType.fromWireName(typeName).orElseThrow(() -> f.invalid("type", "'" + typeName
                + "' is not a record type; expected one of referral, referral-withdrawn, enrolment, assessment, "
                + "work-training-started, work-training-ended, profile-update, closure, retraction, consent, "
                + "consent-withdrawn"));
        String journeyId = journeyId(f, journeyIdFromPath);
        String recordId = f.identifier("recordId", false);
        if (recordId == null) {
            recordId = UUID.randomUUID().toString();
        } else if (PersonalIdentityNumber.looksLikeOne(recordId)) {
            throw f.invalid("recordId", "looks like a personal identity number; ids must never hold one");
        }
        LocalDate date = date(f);
        JourneyEvent event = switch (type) {
            case REFERRAL -> referral(f, journeyId, recordId, date, recordedBy);
            case REFERRAL_WITHDRAWN -> new ReferralWithdrawn(journeyId, recordId, date, recordedBy,
                    f.freeText("reason", false));
            case ENROLMENT -> new ParticipantEnrolled(journeyId, recordId, date, recordedBy);
            case ASSESSMENT -> new AssessmentRecorded(journeyId, recordId, date, recordedBy,
                    f.code("instrument", Instrument.class, "instrument", true), f.number("score", true));
            case WORK_TRAINING_STARTED -> new WorkTrainingStarted(journeyId, recordId, date, recordedBy,
                    trainingId(f), f.code("sector", WorkplaceSector.class, "workplace sector", true),
                    f.number("hoursPerWeek", false));
            case WORK_TRAINING_ENDED -> new WorkTrainingEnded(journeyId, recordId, date, recordedBy,
                    trainingId(f));
            case PROFILE_UPDATE -> profileUpdate(f, journeyId, recordId, date, recordedBy);
            case CLOSURE -> new JourneyClosed(journeyId, recordId, date, recordedBy,
                    f.code("cause", ClosureCause.class, "closure cause", true),
                    f.code("supportAfter", SupportSource.class, "support source", true), f.bool("subsidisedEmployment"));
            case RETRACTION -> new RecordRetracted(journeyId, recordId, date, recordedBy,
                    f.identifier("retracts", true), f.freeText("reason", true));
            case CONSENT -> new ConsentGiven(journeyId, recordId, date, recordedBy, f.freeText("purpose", true));
            case CONSENT_WITHDRAWN -> new ConsentWithdrawn(journeyId, recordId, date, recordedBy,
                    f.freeText("reason", false));
            case PERSONAL_DATA_ERASED -> throw f.invalid("type", "'" + typeName + "' is recorded by the service itself "
                    + "when personal data is erased: send DELETE /api/v1/journeys/{journeyId}/personal-data, or record "
                    + "a consent-withdrawn");
        };
        f.noOthers(type.withArticle());
        return event;
    }

    private static String journeyId(RecordFields f, String fromPath) {
        String inBody = f.identifier("journeyId", fromPath == null);
        // Both are checked before they are compared: the message comparing them repeats both.
        checkJourneyId(f, fromPath);
        checkJourneyId(f, inBody);
        if (fromPath != null && inBody != null && !inBody.equals(fromPath)) {
            throw f.invalid("journeyId", "'" + inBody + "' differs from the journey '" + fromPath + "' in the address");
        }
        return inBody != null ? inBody : fromPath;
    }

    private static void checkJourneyId(RecordFields f, String journeyId) {
        if (journeyId == null) {
            return;
        }
        if (!RecordFields.IDENTIFIER.matcher(journeyId).matches()) {
            throw f.invalid("journeyId", "may only hold letters A–Z, digits, '.', '_' and '-' (1–64 characters)");
        }
        if (PersonalIdentityNumber.looksLikeOne(journeyId)) {
            throw f.invalid("journeyId", "looks like a personal identity number; a journey id must never hold one "
                    + "(use a pseudonymous id such as 'sala-0042')");
        }
    }

    private static LocalDate date(RecordFields f) {
        String text = f.text("date", true);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // Not repeated when it may be an identity number typed in the wrong field.
            throw f.invalid("date", RecordFields.shown(text) + " is not a date of the form YYYY-MM-DD");
        }
    }

    /** A work-training placement's id: an id, so never shaped like an identity number either. */
    private static String trainingId(RecordFields f) {
        String id = f.identifier("trainingId", true);
        if (PersonalIdentityNumber.looksLikeOne(id)) {
            throw f.invalid("trainingId", "looks like a personal identity number; ids must never hold one");
        }
        return id;
    }

    private ParticipantReferred referral(RecordFields f, String journeyId, String recordId, LocalDate date,
                                         String recordedBy) {
        String initiative = f.text("initiative", true);
        ReferringParty party = f.code("referringParty", ReferringParty.class, "referring party", true);
        String unit = f.freeText("referringUnit", false);
        RecordFields p = new RecordFields(f.object("person", true), "person.");
        Person person = new Person(p.code("gender", Gender.class, "gender", true), p.year("birthYear", true),
                municipality(p), personalIdentityNumber(p, journeyId), sealedName(p, journeyId));
        p.noOthers("a person");
        return new ParticipantReferred(journeyId, recordId, date, recordedBy, initiative, party, unit, person,
                f.code("supportBefore", SupportSource.class, "support source", true),
                f.number("yearsInPublicSupport", false));
    }

    private ProfileUpdated profileUpdate(RecordFields f, String journeyId, String recordId, LocalDate date,
                                         String recordedBy) {
        Set<String> cleared = new LinkedHashSet<>();
        clearedIfNull(f, "referringUnit", ProfileFields.REFERRING_UNIT, cleared);
        clearedIfNull(f, "yearsInPublicSupport", ProfileFields.YEARS_IN_PUBLIC_SUPPORT, cleared);
        PersonChanges person = null;
        JsonNode personNode = f.object("person", false);
        if (personNode != null) {
            RecordFields p = new RecordFields(personNode, "person.");
            clearedIfNull(p, "homeMunicipality", ProfileFields.HOME_MUNICIPALITY, cleared);
            clearedIfNull(p, "personalIdentityNumber", ProfileFields.PERSONAL_IDENTITY_NUMBER, cleared);
            clearedIfNull(p, "name", ProfileFields.NAME, cleared);
            person = new PersonChanges(p.code("gender", Gender.class, "gender", false), p.year("birthYear", false),
                    municipality(p), personalIdentityNumber(p, journeyId), sealedName(p, journeyId));
            p.noOthers("a person");
        }
        return new ProfileUpdated(journeyId, recordId, date, recordedBy,
                f.code("referringParty", ReferringParty.class, "referring party", false), f.freeText("referringUnit", false),
                person, f.code("supportBefore", SupportSource.class, "support source", false),
                f.number("yearsInPublicSupport", false), Set.copyOf(cleared));
    }

    private static void clearedIfNull(RecordFields f, String name, String field, Set<String> cleared) {
        if (f.isNull(name)) {
            cleared.add(field);
        }
    }

    private static String municipality(RecordFields p) {
        String code = p.text("homeMunicipality", false);
        if (code != null && !MUNICIPALITY.matcher(code).matches()) {
            throw p.invalid("homeMunicipality", RecordFields.shown(code) + " is not a municipality code (4 digits, "
                    + "e.g. 1980)");
        }
        return code;
    }

    private Sealed personalIdentityNumber(RecordFields p, String journeyId) {
        String number = p.text("personalIdentityNumber", false);
        if (number == null) {
            return null;
        }
        String digits = number.replace("-", "").replace("+", "");
        String problem = PersonalIdentityNumber.problemWith(digits);
        if (problem != null) {
            throw p.invalid("personalIdentityNumber", "is not a valid personal identity number: it " + problem);
        }
        return sealer.seal(journeyId, digits);
    }

    private Sealed sealedName(RecordFields p, String journeyId) {
        String name = p.text("name", false);
        return name == null ? null : sealer.seal(journeyId, name);
    }
}
