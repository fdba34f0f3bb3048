package se.finsam.journey.api.recording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.RecordType;

/**
 * The fields of each record type of API.md, written once: their path in the record's JSON ({@code person.gender}),
 * what they hold, whether they are required, and (in a profile update) whether sending null clears them. The parser
 * reads a record by it, the forms show its fields, the spreadsheet template takes its columns from it, and the
 * journey page labels codes by it, so none of them can know a field the others do not.
 */
public final class RecordSchema {

    /** What a field holds, and so how it is read and checked. */
    public enum Kind {
        /** Plain text (an initiative's code). */
        TEXT,
        /** Text a person typed, which reaches reports unsealed and so must never hold an identity number. */
        FREE_TEXT,
        /** An id: letters A–Z, digits, '.', '_' and '-', never shaped like an identity number. */
        IDENTIFIER,
        /** The recordId of another record of the journey. */
        RECORD,
        NUMBER,
        YEAR,
        CODE,
        BOOLEAN,
        MUNICIPALITY,
        /** Sealed before it is stored. */
        IDENTITY_NUMBER,
        /** Sealed before it is stored. */
        NAME
    }

    /** A code list: its values, its name in English messages, and its key in the message bundles. */
    public enum CodeList {
        GENDER(Gender.class, "gender", "gender"),
        REFERRING_PARTY(ReferringParty.class, "referring party", "referringParty"),
        SUPPORT_SOURCE(SupportSource.class, "support source", "supportSource"),
        CLOSURE_CAUSE(ClosureCause.class, "closure cause", "closureCause"),
        INSTRUMENT(Instrument.class, "instrument", "instrument"),
        SECTOR(WorkplaceSector.class, "workplace sector", "sector");

        // Kept, not derived per call: the parser looks a code up for every coded field of every imported line.
        private final Enum<?>[] constants;
        private final List<String> codes;
        private final String described;
        private final String key;

        CodeList(Class<? extends Enum<?>> codes, String described, String key) {
            this.constants = codes.getEnumConstants();
            this.codes = Arrays.stream(constants).map(Enum::name).toList();
            this.described = described;
            this.key = key;
        }

        public List<String> codes() {
            return codes;
        }

        /** The code at {@code index} of {@link #codes()}. */
        public Enum<?> constant(int index) {
            return constants[index];
        }

        /** "a referring party", as English messages name it. */
        public String described() {
            return described;
        }

        /** The message key of a code's label: {@code code.<key>.<CODE>}. */
        public String key() {
            return key;
        }
    }

    /** One field of a record type. {@code codes} only for {@link Kind#CODE}. */
    public record Field(String path, Kind kind, boolean required, boolean clearable, CodeList codes) {

        public boolean inPerson() {
            return path.startsWith(PERSON);
        }

        /** The field's name inside its JSON object. */
        public String name() {
            return inPerson() ? path.substring(PERSON.length()) : path;
        }
    }

    static final String PERSON = "person.";
    /** The fields every record has, in the template's order. */
    public static final List<String> COMMON = List.of("journeyId", "type", "date", "recordId");
    /** The record types staff send, in the order they meet them (a form each). */
    public static final List<RecordType> SENT = List.of(RecordType.REFERRAL, RecordType.ENROLMENT,
            RecordType.ASSESSMENT, RecordType.WORK_TRAINING_STARTED, RecordType.WORK_TRAINING_ENDED,
            RecordType.PROFILE_UPDATE, RecordType.CLOSURE, RecordType.REFERRAL_WITHDRAWN, RecordType.RETRACTION,
            RecordType.CONSENT, RecordType.CONSENT_WITHDRAWN);

    private static final Map<RecordType, List<Field>> FIELDS = Map.ofEntries(
            Map.entry(RecordType.REFERRAL, List.of(required("initiative", Kind.TEXT),
                    code("referringParty", true, CodeList.REFERRING_PARTY), optional("referringUnit", Kind.FREE_TEXT),
                    code("person.gender", true, CodeList.GENDER), required("person.birthYear", Kind.YEAR),
                    optional("person.homeMunicipality", Kind.MUNICIPALITY),
                    optional("person.personalIdentityNumber", Kind.IDENTITY_NUMBER), optional("person.name", Kind.NAME),
                    code("supportBefore", true, CodeList.SUPPORT_SOURCE), optional("yearsInPublicSupport", Kind.NUMBER))),
            Map.entry(RecordType.REFERRAL_WITHDRAWN, List.of(optional("reason", Kind.FREE_TEXT))),
            Map.entry(RecordType.ENROLMENT, List.of()),
            Map.entry(RecordType.ASSESSMENT, List.of(code("instrument", true, CodeList.INSTRUMENT),
                    required("score", Kind.NUMBER))),
            Map.entry(RecordType.WORK_TRAINING_STARTED, List.of(required("trainingId", Kind.IDENTIFIER),
                    code("sector", true, CodeList.SECTOR), optional("hoursPerWeek", Kind.NUMBER))),
            Map.entry(RecordType.WORK_TRAINING_ENDED, List.of(required("trainingId", Kind.IDENTIFIER))),
            Map.entry(RecordType.PROFILE_UPDATE, List.of(code("referringParty", false, CodeList.REFERRING_PARTY),
                    clearable("referringUnit", Kind.FREE_TEXT), code("person.gender", false, CodeList.GENDER),
                    optional("person.birthYear", Kind.YEAR), clearable("person.homeMunicipality", Kind.MUNICIPALITY),
                    clearable("person.personalIdentityNumber", Kind.IDENTITY_NUMBER), clearable("person.name", Kind.NAME),
                    code("supportBefore", false, CodeList.SUPPORT_SOURCE), clearable("yearsInPublicSupport", Kind.NUMBER))),
            Map.entry(RecordType.CLOSURE, List.of(code("cause", true, CodeList.CLOSURE_CAUSE),
                    code("supportAfter", true, CodeList.SUPPORT_SOURCE), optional("subsidisedEmployment", Kind.BOOLEAN))),
            Map.entry(RecordType.RETRACTION, List.of(required("retracts", Kind.RECORD), required("reason", Kind.FREE_TEXT))),
            Map.entry(RecordType.CONSENT, List.of(required("purpose", Kind.FREE_TEXT))),
            Map.entry(RecordType.CONSENT_WITHDRAWN, List.of(optional("reason", Kind.FREE_TEXT))),
            Map.entry(RecordType.PERSONAL_DATA_ERASED, List.of()));

    private RecordSchema() {
    }

    /** The fields of a record type besides the common ones, in the order they are read and shown. */
    public static List<Field> fieldsOf(RecordType type) {
        return FIELDS.get(type);
    }

    /** The field at {@code path} in any record type that has it (the first in {@link #SENT}'s order). */
    public static Optional<Field> field(String path) {
        return SENT.stream().flatMap(type -> fieldsOf(type).stream()).filter(f -> f.path().equals(path)).findFirst();
    }

    /** The code list of a field by its name inside its object ({@code gender}, {@code cause}), if it has one. */
    public static Optional<CodeList> codesOfName(String name) {
        return SENT.stream().flatMap(type -> fieldsOf(type).stream())
                .filter(f -> f.kind() == Kind.CODE && f.name().equals(name)).map(Field::codes).findFirst();
    }

    /** Every field path, the common ones first, then each type's in {@link #SENT}'s order: a spreadsheet's columns. */
    public static List<String> columns() {
        Set<String> columns = new LinkedHashSet<>(COMMON);
        SENT.forEach(type -> fieldsOf(type).forEach(f -> columns.add(f.path())));
        return new ArrayList<>(columns);
    }

    /** Every code list a sent record uses, in the order of {@link #columns()}. */
    public static List<Field> codedFields() {
        List<Field> coded = new ArrayList<>();
        Set<CodeList> seen = new LinkedHashSet<>();
        SENT.forEach(type -> fieldsOf(type).stream().filter(f -> f.kind() == Kind.CODE && seen.add(f.codes()))
                .forEach(coded::add));
        return coded;
    }

    private static Field required(String path, Kind kind) {
        return new Field(path, kind, true, false, null);
    }

    private static Field optional(String path, Kind kind) {
        return new Field(path, kind, false, false, null);
    }

    private static Field clearable(String path, Kind kind) {
        return new Field(path, kind, false, true, null);
    }

    private static Field code(String path, boolean required, CodeList codes) {
        return new Field(path, Kind.CODE, required, false, codes);
    }
}
