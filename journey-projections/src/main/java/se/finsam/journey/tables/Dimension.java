package se.finsam.journey.tables;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.reports.ParticipantReportDefinitions;
import se.finsam.journey.reports.ReferringUnitKey;

/** What a table's rows or columns are by (DOMAIN.md's table of dimensions), and where each may be used. */
public enum Dimension {
    INITIATIVE("initiative", Kind.SCOPE, List.of(), Set.of()),
    GENDER("gender", Kind.CODED, names(Gender.values()), Set.of()),
    REFERRING_PARTY("referringParty", Kind.CODED, names(ReferringParty.values()), Set.of()),
    REFERRING_UNIT("referringUnit", Kind.OPEN, List.of(), Set.of()),
    SUPPORT_BEFORE("supportBefore", Kind.CODED, names(SupportSource.values()), Set.of()),
    HOME_MUNICIPALITY("homeMunicipality", Kind.OPEN, List.of(), Set.of()),
    AGE_BAND("ageBand", Kind.BANDED, List.of(), Set.of()),
    YEARS_IN_PUBLIC_SUPPORT("yearsInPublicSupport", Kind.BANDED, List.of(), Set.of()),
    CLOSURE_CAUSE("closureCause", Kind.CODED, names(ClosureCause.values()), Closures.ONLY),
    SUPPORT_AFTER("supportAfter", Kind.CODED, names(SupportSource.values()), Closures.ONLY),
    STANDARD_OUTCOME("standardOutcome", Kind.CODED, standardOutcomes(), Closures.ONLY),
    SUBSIDISED_EMPLOYMENT("subsidisedEmployment", Kind.CODED, List.of("yes", "no", "notWork"), Closures.ONLY),
    WORK_TRAINING_SECTOR("workTrainingSector", Kind.CODED, names(WorkplaceSector.values()),
            Set.of(Population.WORK_TRAINING));

    /** How a dimension's categories are made. */
    public enum Kind {
        /** A code list: every code is a category. */
        CODED,
        /** The initiatives of the report's scope. */
        SCOPE,
        /** The codes that occur in the population, sorted, then {@code none}. */
        OPEN,
        /** Bands the table gives, then {@code other}. */
        BANDED
    }

    /** The label of journeys without a code in an open dimension. */
    public static final String NONE = "none";
    private static final Pattern INITIATIVE_CODE = Pattern.compile("[a-z0-9-]{2,32}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");
    private static final int MOST_UNIT_CHARACTERS = 200;

    private final String wireName;
    private final Kind kind;
    private final List<String> codes;
    private final Set<Population> allowedWith;

    Dimension(String wireName, Kind kind, List<String> codes, Set<Population> allowedWith) {
        this.wireName = wireName;
        this.kind = kind;
        this.codes = codes;
        this.allowedWith = allowedWith;
    }

    public String wireName() {
        return wireName;
    }

    public Kind kind() {
        return kind;
    }

    /** The code list of a {@link Kind#CODED} dimension, in its order; empty for the others. */
    public List<String> codes() {
        return codes;
    }

    public boolean isBanded() {
        return kind == Kind.BANDED;
    }

    public boolean allowedWith(Population population) {
        return allowedWith.isEmpty() || allowedWith.contains(population);
    }

    /** The populations it may be used with, by name; empty for any. */
    List<String> allowedPopulations() {
        return Arrays.stream(Population.values()).filter(allowedWith::contains).map(Population::wireName).toList();
    }

    public static Optional<Dimension> byWireName(String name) {
        return Arrays.stream(values()).filter(d -> d.wireName.equals(name)).findFirst();
    }

    static List<String> wireNames() {
        return Arrays.stream(values()).map(Dimension::wireName).toList();
    }

    /** Why a text is no raw code of a dimension: a stable code for translations, and the message in English. */
    record NotACode(String code, String message) {
    }

    /** Why {@code code} is no raw code of this dimension, in an analyst's terms; empty when it is one. */
    Optional<NotACode> whyNotACode(String code) {
        return switch (kind) {
            case CODED -> codes.contains(code) ? Optional.empty() : Optional.of(new NotACode("unknownCode",
                    "unknown " + wireName + " code '" + code + "': use " + String.join(", ", codes)));
            case SCOPE -> INITIATIVE_CODE.matcher(code).matches() ? Optional.empty() : Optional.of(new NotACode(
                    "notAnInitiative", "'" + code + "' is not an initiative code (2 to 32 lower-case letters, digits "
                    + "or '-')"));
            case OPEN -> this == HOME_MUNICIPALITY ? municipality(code) : referringUnit(code);
            case BANDED -> Optional.of(new NotACode("codeOfBanded", wireName + " has bands, not codes"));
        };
    }

    private static Optional<NotACode> municipality(String code) {
        return code.equals(NONE) || MUNICIPALITY_CODE.matcher(code).matches() ? Optional.empty()
                : Optional.of(new NotACode("notAMunicipality", "'" + code + "' is not a municipality code: 4 digits "
                + "such as 1980, or none"));
    }

    private static Optional<NotACode> referringUnit(String code) {
        boolean unit = code.equals(NONE) || ReferringUnitKey.parse(code)
                .filter(key -> key.unit().length() <= MOST_UNIT_CHARACTERS).isPresent();
        return unit ? Optional.empty() : Optional.of(new NotACode("notAReferringUnit", "'" + code + "' is not a "
                + "referring unit: PARTY:unit such as MUNICIPALITY:IFO Försörjningsstöd (PARTY a referring party "
                + "code), or none"));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> standardOutcomes() {
        List<String> outcomes = new java.util.ArrayList<>();
        outcomes.add(ParticipantReportDefinitions.standardTableColumn(ClosureCause.DROPOUT));
        outcomes.addAll(ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES.keySet());
        return List.copyOf(outcomes);
    }

    /** Enum constants cannot name a static field of their own class while it is made. */
    private static final class Closures {
        static final Set<Population> ONLY = EnumSet.of(Population.CLOSURES, Population.MEASURED_CLOSURES);
    }
}
