package se.finsam.journey.api.recording;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.finsam.journey.api.recording.RecordSchema.Field;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.Person;
import se.finsam.journey.journey.PersonChanges;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.journey.RecordType;
import se.finsam.journey.journey.Sealed;
import se.finsam.journey.journey.events.AssessmentRecorded;
import se.finsam.journey.journey.events.ConsentGiven;
import se.finsam.journey.journey.events.ConsentWithdrawn;
import se.finsam.journey.journey.events.JourneyClosed;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.ParticipantEnrolled;
import se.finsam.journey.journey.events.ParticipantReferred;
import se.finsam.journey.journey.events.PersonalDataErased;
import se.finsam.journey.journey.events.ProfileUpdated;
import se.finsam.journey.journey.events.RecordRetracted;
import se.finsam.journey.journey.events.ReferralWithdrawn;
import se.finsam.journey.journey.events.WorkTrainingEnded;
import se.finsam.journey.journey.events.WorkTrainingStarted;

/**
 * Turns a record in the contract's JSON shape into the journey record it proposes. Everything that can be judged
 * from the record alone is checked here, field by field as {@link RecordSchema} describes them, with a refusal naming
 * the field and a code; the journey rules judge the rest. Parsing has no side effect: the identity number and name
 * come out in plain text beside the record ({@link ProposedRecord}), to be sealed once the record may be stored.
 */
public final class RecordParser {

    /** Seals one personal value for a journey. */
    public interface Sealer {
        Sealed seal(String journeyId, String plaintext);
    }

    public ProposedRecord parse(JsonNode node, String journeyIdFromPath, String recordedBy) {
        if (node == null || !node.isObject()) {
            throw new InvalidRecordException(null, "not-a-record", "a record must be a JSON object");
        }
        RecordFields f = new RecordFields(node, "");
        String typeName = f.text("type", true);
        RecordType type = RecordType.fromWireName(typeName).orElseThrow(() -> f.invalid("type", "not-a-record-type",
                "'" + typeName + "' is not a record type; expected one of " + Arrays.stream(RecordType.values())
                        .filter(RecordSchema.SENT::contains).map(RecordType::wireName)
                        .collect(Collectors.joining(", "))));
        if (type == RecordType.PERSONAL_DATA_ERASED) {
            throw f.invalid("type", "recorded-by-the-service", "'" + typeName + "' is recorded by the service itself "
                    + "when personal data is erased: send DELETE /api/v1/journeys/{journeyId}/personal-data, or record "
                    + "a consent-withdrawn");
        }
        String journeyId = journeyId(f, journeyIdFromPath);
        String recordId = f.notShapedLikeAnIdentityNumber("recordId", f.identifier("recordId", false));
        if (recordId == null) {
            recordId = UUID.randomUUID().toString();
        }
        Common common = new Common(journeyId, recordId, date(f), recordedBy);
        Values values = Values.read(f, node, type);
        f.noOthers(type.withArticle());
        return new ProposedRecord(record(type, common, values), (String) values.get("person.personalIdentityNumber"),
                (String) values.get("person.name"));
    }

    /** What every record has. */
    private record Common(String journeyId, String recordId, LocalDate date, String recordedBy) {
    }

    /** Which value of the schema's fields goes where in each record: the only thing said here about a type. */
    private static JourneyEvent record(RecordType type, Common c, Values v) {
        String j = c.journeyId();
        String r = c.recordId();
        LocalDate d = c.date();
        String by = c.recordedBy();
        return switch (type) {
            case REFERRAL -> new ParticipantReferred(j, r, d, by, v.text("initiative"),
                    (ReferringParty) v.get("referringParty"), v.text("referringUnit"),
                    new Person((Gender) v.get("person.gender"), (Integer) v.get("person.birthYear"),
                            v.text("person.homeMunicipality"), null, null),
                    (SupportSource) v.get("supportBefore"), v.number("yearsInPublicSupport"));
            case REFERRAL_WITHDRAWN -> new ReferralWithdrawn(j, r, d, by, v.text("reason"));
            case ENROLMENT -> new ParticipantEnrolled(j, r, d, by);
            case ASSESSMENT -> new AssessmentRecorded(j, r, d, by, (Instrument) v.get("instrument"), v.number("score"));
            case WORK_TRAINING_STARTED -> new WorkTrainingStarted(j, r, d, by, v.text("trainingId"),
                    (WorkplaceSector) v.get("sector"), v.number("hoursPerWeek"));
            case WORK_TRAINING_ENDED -> new WorkTrainingEnded(j, r, d, by, v.text("trainingId"));
            case PROFILE_UPDATE -> new ProfileUpdated(j, r, d, by, (ReferringParty) v.get("referringParty"),
                    v.text("referringUnit"), v.hasPerson() ? new PersonChanges((Gender) v.get("person.gender"),
                            (Integer) v.get("person.birthYear"), v.text("person.homeMunicipality"), null, null) : null,
                    (SupportSource) v.get("supportBefore"), v.number("yearsInPublicSupport"), Set.copyOf(v.cleared()));
            case CLOSURE -> new JourneyClosed(j, r, d, by, (ClosureCause) v.get("cause"),
                    (SupportSource) v.get("supportAfter"), (Boolean) v.get("subsidisedEmployment"));
            case RETRACTION -> new RecordRetracted(j, r, d, by, v.text("retracts"), v.text("reason"));
            case CONSENT -> new ConsentGiven(j, r, d, by, v.text("purpose"));
            case CONSENT_WITHDRAWN -> new ConsentWithdrawn(j, r, d, by, v.text("reason"));
            case PERSONAL_DATA_ERASED -> new PersonalDataErased(j, r, d, by);
        };
    }

    /**
     * The values of a record's fields by path, read in the schema's order; the fields of {@code person} from its
     * object (checked for unknown fields once its last field is read), and, in a profile update, which clearable
     * fields were sent as null.
     */
    private static final class Values {
        private final Map<String, Object> byPath = new HashMap<>();
        private final Set<String> cleared = new LinkedHashSet<>();
        private boolean person;

        static Values read(RecordFields record, JsonNode node, RecordType type) {
            Values values = new Values();
            RecordFields person = null;
            boolean personLookedFor = false;
            boolean personRequired = RecordSchema.fieldsOf(type).stream().anyMatch(f -> f.inPerson() && f.required());
            for (Field field : RecordSchema.fieldsOf(type)) {
                if (person != null && !field.inPerson()) {
                    person.noOthers("a person");
                    person = null;
                }
                RecordFields fields = record;
                if (field.inPerson()) {
                    if (!personLookedFor) {
                        personLookedFor = true;
                        JsonNode object = record.object("person", personRequired);
                        values.person = object != null;
                        person = object == null ? null : new RecordFields(object, RecordSchema.PERSON);
                    }
                    if (person == null) {
                        continue;
                    }
                    fields = person;
                }
                if (field.clearable() && fields.isNull(field.name())) {
                    values.cleared.add(field.path());
                }
                values.byPath.put(field.path(), fields.read(field));
            }
            if (person != null) {
                person.noOthers("a person");
            }
            return values;
        }

        Object get(String path) {
            return byPath.get(path);
        }

        String text(String path) {
            return (String) byPath.get(path);
        }

        BigDecimal number(String path) {
            return (BigDecimal) byPath.get(path);
        }

        boolean hasPerson() {
            return person;
        }

        Set<String> cleared() {
            return cleared;
        }
    }

    private static String journeyId(RecordFields f, String fromPath) {
        String inBody = f.identifier("journeyId", fromPath == null);
        // Both are checked before they are compared: the message comparing them repeats both.
        checkJourneyId(f, fromPath);
        checkJourneyId(f, inBody);
        if (fromPath != null && inBody != null && !inBody.equals(fromPath)) {
            throw f.invalid("journeyId", "differs-from-the-address", "'" + inBody + "' differs from the journey '"
                    + fromPath + "' in the address");
        }
        return inBody != null ? inBody : fromPath;
    }

    private static void checkJourneyId(RecordFields f, String journeyId) {
        if (journeyId == null) {
            return;
        }
        if (!RecordFields.IDENTIFIER.matcher(journeyId).matches()) {
            throw f.invalid("journeyId", "not-an-identifier", "may only hold letters A–Z, digits, '.', '_' and '-' "
                    + "(1–64 characters)");
        }
        if (PersonalIdentityNumber.looksLikeOne(journeyId)) {
            throw f.invalid("journeyId", "looks-like-identity-number", "looks like a personal identity number; a "
                    + "journey id must never hold one (use a pseudonymous id such as 'sala-0042')");
        }
    }

    private static LocalDate date(RecordFields f) {
        String text = f.text("date", true);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // Not repeated when it may be an identity number typed in the wrong field.
            throw f.invalid("date", "not-a-date", RecordFields.shown(text) + " is not a date of the form YYYY-MM-DD");
        }
    }
}
