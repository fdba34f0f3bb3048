package se.finsam.journey.api.recording.pages;

import java.util.List;
import java.util.Map;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;

/**
 * The fields of each record type as the forms and the spreadsheet template show them, named by their path in
 * the API's JSON ({@code person.gender}); one list serves the form, the template's columns and the conversion of
 * a row to a record, so the three cannot drift apart. {@code codes} is the message prefix of a code list.
 */
record RecordFieldSpec(String name, Kind kind, boolean required, String codes, List<String> values) {

    enum Kind { TEXT, DATE, NUMBER, INTEGER, CODE, BOOLEAN, RECORD }

    static RecordFieldSpec text(String name, boolean required) {
        return new RecordFieldSpec(name, Kind.TEXT, required, null, List.of());
    }

    static RecordFieldSpec number(String name, boolean required) {
        return new RecordFieldSpec(name, Kind.NUMBER, required, null, List.of());
    }

    static <E extends Enum<E>> RecordFieldSpec code(String name, boolean required, String codes, Class<E> list) {
        return new RecordFieldSpec(name, Kind.CODE, required, codes,
                java.util.Arrays.stream(list.getEnumConstants()).map(Enum::name).toList());
    }

    boolean isPerson() {
        return name.startsWith("person.");
    }

    /** The JSON field name inside its object. */
    String jsonName() {
        return isPerson() ? name.substring("person.".length()) : name;
    }

    static final RecordFieldSpec DATE = new RecordFieldSpec("date", Kind.DATE, true, null, List.of());

    /** The record types a form exists for, in the order staff meet them. */
    static final List<String> TYPES = List.of("referral", "enrolment", "assessment", "work-training-started",
            "work-training-ended", "profile-update", "closure", "referral-withdrawn", "retraction", "consent",
            "consent-withdrawn");

    static final Map<String, List<RecordFieldSpec>> FIELDS = Map.ofEntries(
            Map.entry("referral", List.of(text("initiative", true),
                    code("referringParty", true, "code.referringParty", ReferringParty.class),
                    text("referringUnit", false),
                    code("person.gender", true, "code.gender", Gender.class),
                    new RecordFieldSpec("person.birthYear", Kind.INTEGER, true, null, List.of()),
                    text("person.homeMunicipality", false), text("person.personalIdentityNumber", false),
                    text("person.name", false),
                    code("supportBefore", true, "code.supportSource", SupportSource.class),
                    number("yearsInPublicSupport", false))),
            Map.entry("referral-withdrawn", List.of(text("reason", false))),
            Map.entry("enrolment", List.of()),
            Map.entry("assessment", List.of(code("instrument", true, "code.instrument", Instrument.class),
                    number("score", true))),
            Map.entry("work-training-started", List.of(text("trainingId", true),
                    code("sector", true, "code.sector", WorkplaceSector.class), number("hoursPerWeek", false))),
            Map.entry("work-training-ended", List.of(text("trainingId", true))),
            Map.entry("profile-update", List.of(
                    code("referringParty", false, "code.referringParty", ReferringParty.class),
                    text("referringUnit", false),
                    code("person.gender", false, "code.gender", Gender.class),
                    new RecordFieldSpec("person.birthYear", Kind.INTEGER, false, null, List.of()),
                    text("person.homeMunicipality", false), text("person.personalIdentityNumber", false),
                    text("person.name", false),
                    code("supportBefore", false, "code.supportSource", SupportSource.class),
                    number("yearsInPublicSupport", false))),
            Map.entry("closure", List.of(code("cause", true, "code.closureCause", ClosureCause.class),
                    code("supportAfter", true, "code.supportSource", SupportSource.class),
                    new RecordFieldSpec("subsidisedEmployment", Kind.BOOLEAN, false, null, List.of()))),
            Map.entry("retraction", List.of(new RecordFieldSpec("retracts", Kind.RECORD, true, null, List.of()),
                    text("reason", true))),
            Map.entry("consent", List.of(text("purpose", true))),
            Map.entry("consent-withdrawn", List.of(text("reason", false))));

    static List<RecordFieldSpec> of(String type) {
        List<RecordFieldSpec> fields = FIELDS.get(type);
        if (fields == null) {
            throw new se.finsam.journey.api.web.BadRequestException("'" + type + "' is not a record type with a form");
        }
        return fields;
    }
}
