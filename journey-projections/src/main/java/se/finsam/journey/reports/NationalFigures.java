package se.finsam.journey.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import se.finsam.journey.catalogue.FigureCatalogue;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.catalogue.Keys;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;
import se.finsam.journey.codes.WorkplaceSector;
import se.finsam.journey.journey.RecordType;

/**
 * The catalogue of the participant report, definition set 2026.1 (DOMAIN.md, "Definitions of the figures"): every
 * figure, each declared once with its kind, keys, numerator and denominator, and the records that decide it. The
 * {@code *Tables} classes make the figures under these families; {@link NationalLayout} places them in the teams'
 * tables; {@link SuppressionGroups} says which add up.
 */
public final class NationalFigures {

    private static final Set<RecordType> PARTICIPATION = Set.of(RecordType.REFERRAL, RecordType.ENROLMENT,
            RecordType.CLOSURE, RecordType.PROFILE_UPDATE);
    private static final Set<RecordType> REFERRALS = Set.of(RecordType.REFERRAL, RecordType.REFERRAL_WITHDRAWN,
            RecordType.ENROLMENT);
    private static final Set<RecordType> PLACEMENTS = Set.of(RecordType.ENROLMENT, RecordType.CLOSURE,
            RecordType.WORK_TRAINING_STARTED, RecordType.WORK_TRAINING_ENDED);
    private static final Set<RecordType> SCORES = Set.of(RecordType.ENROLMENT, RecordType.CLOSURE,
            RecordType.ASSESSMENT);
    private static final String MEASURED = "measured closures (closures that are not drop-outs)";

    private static final Keys GENDERS = codes("gender", Gender.values());
    private static final Keys PARTIES = codes("referringParty", ReferringParty.values());
    private static final Keys SUPPORT = codes("supportSource", SupportSource.values());
    private static final Keys UNITS = new Keys.Open("referringUnit");

    private static final FigureCatalogue.Builder CATALOGUE_2026_1 = FigureCatalogue.builder(
            ParticipantReportDefinitions.VERSION);

    // participants: only enrolled journeys.
    public static final FigureFamily TOTAL = participation("participants.total");
    public static final FigureFamily NEW = participation("participants.new");
    public static final FigureFamily ACTIVE_AT_START = participation("participants.activeAtStart");
    public static final FigureFamily ACTIVE_AT_END = participation("participants.activeAtEnd");
    public static final FigureFamily CLOSED = participation("participants.closed");
    public static final FigureFamily BY_GENDER = participation("participants.byGender.*", GENDERS);
    public static final FigureFamily NEW_BY_GENDER = participation("participants.newByGender.*", GENDERS);
    public static final FigureFamily BY_AGE_BAND = participation("participants.byAgeBand.*", new Keys.Codes("ageBand",
            ParticipantReportDefinitions.AGE_BANDS, outside(ParticipantReportDefinitions.AGE_BAND_KEYS,
            ParticipantReportDefinitions.AGE_BANDS)));
    public static final FigureFamily BY_REFERRING_PARTY = participation("participants.byReferringParty.*", PARTIES);
    public static final FigureFamily NEW_BY_REFERRING_PARTY = participation("participants.newByReferringParty.*",
            PARTIES);
    public static final FigureFamily BY_REFERRING_UNIT = participation("participants.byReferringUnit.*", UNITS);
    public static final FigureFamily NEW_BY_REFERRING_UNIT = participation("participants.newByReferringUnit.*", UNITS);
    public static final FigureFamily BY_SUPPORT_BEFORE = participation("participants.bySupportBefore.*", SUPPORT);
    public static final FigureFamily NEW_BY_SUPPORT_BEFORE = participation("participants.newBySupportBefore.*", SUPPORT);
    public static final FigureFamily BY_TIME_IN_PUBLIC_SUPPORT = participation("participants.byTimeInPublicSupport.*",
            new Keys.Codes("yearsInSupport", ParticipantReportDefinitions.YEARS_IN_PUBLIC_SUPPORT_BUCKETS));
    public static final FigureFamily BY_HOME_MUNICIPALITY = participation("participants.byHomeMunicipality.*",
            new Keys.Open("municipality"));

    // throughputTime, first: its count of measured closures is the denominator of the closures' shares.
    public static final FigureFamily THROUGHPUT_COUNT = participation("throughputTime.count");
    public static final FigureFamily MEAN_MONTHS = measuredMean("throughputTime.meanMonths", Keys.NONE, THROUGHPUT_COUNT);
    public static final FigureFamily MEDIAN_MONTHS = measuredMean("throughputTime.medianMonths", Keys.NONE,
            THROUGHPUT_COUNT);
    public static final FigureFamily MEAN_MONTHS_BY_GENDER = measuredMean("throughputTime.meanMonthsByGender.*",
            GENDERS, null);

    // closures: journeys closed in the period.
    public static final FigureFamily CLOSURES = participation("closures.total");
    public static final FigureFamily DROPOUTS = participation("closures.dropouts");
    public static final FigureFamily BY_CAUSE = participation("closures.byCause.*",
            codes("closureCause", ClosureCause.values()));
    public static final FigureFamily BY_SUPPORT_AFTER = participation("closures.bySupportAfter.*", SUPPORT);
    /** The standard closure table's total and drop-out columns; its outcome columns are {@link #STANDARD_OUTCOMES}. */
    public static final FigureFamily STANDARD_CLOSURES = participation("closures.standardTable.closures");
    public static final FigureFamily STANDARD_DROPOUTS = participation("closures.standardTable.dropouts");
    /** Each outcome column of the standard table with its share of measured closures, in the table's order. */
    public static final List<Outcome> STANDARD_OUTCOMES = outcomes();
    public static final FigureFamily GREEN_COUNT = participation("closures.greenOutcomes.count");
    public static final FigureFamily GREEN_SHARE = CATALOGUE_2026_1.share("closures.greenOutcomes.share", GREEN_COUNT,
            THROUGHPUT_COUNT, MEASURED, PARTICIPATION);
    public static final FigureFamily WORK_SUBSIDISED = participation("closures.workSubsidised");
    public static final FigureFamily WORK_UNSUBSIDISED = participation("closures.workUnsubsidised");
    public static final FigureFamily MEAN_AGE_AT_CLOSURE = measuredMean("closures.meanAgeAtClosure.all", Keys.NONE,
            THROUGHPUT_COUNT);
    public static final FigureFamily MEAN_AGE_AT_CLOSURE_BY_GENDER = measuredMean("closures.meanAgeAtClosure.*",
            GENDERS, null);
    public static final FigureFamily MEAN_YEARS_IN_PUBLIC_SUPPORT = mean("closures.meanYearsInPublicSupport.all",
            Keys.NONE, null, MEASURED + " with years in public support", PARTICIPATION);
    public static final FigureFamily MEAN_YEARS_IN_PUBLIC_SUPPORT_BY_GENDER = mean(
            "closures.meanYearsInPublicSupport.*", GENDERS, null, MEASURED + " with years in public support",
            PARTICIPATION);

    // referrals: every journey of the scope, enrolled or not.
    public static final FigureFamily RECEIVED = CATALOGUE_2026_1.count("referrals.received", REFERRALS);
    public static final FigureFamily WITHDRAWN = CATALOGUE_2026_1.count("referrals.withdrawn", REFERRALS);
    public static final FigureFamily WAITING_AT_END = CATALOGUE_2026_1.count("referrals.waitingAtEnd", REFERRALS);
    public static final FigureFamily MEAN_DAYS_TO_ENROLMENT = mean("referrals.meanDaysToEnrolment", Keys.NONE, NEW,
            "new participants", REFERRALS);

    // workTraining: the participants' placements active in the period.
    public static final FigureFamily TRAININGS = CATALOGUE_2026_1.count("workTraining.trainings", PLACEMENTS);
    public static final FigureFamily TRAINEES = CATALOGUE_2026_1.count("workTraining.participants", PLACEMENTS);
    public static final FigureFamily TRAINEES_BY_SECTOR = CATALOGUE_2026_1.count("workTraining.bySector.*",
            codes("sector", WorkplaceSector.values()), PLACEMENTS);

    // assessments: per instrument, the participants' scores in the period and their progress.
    private static final Keys INSTRUMENTS = codes("instrument", Instrument.values());
    public static final FigureFamily SCORES_COUNT = scores("count");
    public static final FigureFamily SCORED = scores("participants");
    public static final FigureFamily SCORE_MIN = scoreStatistic("min");
    public static final FigureFamily SCORE_MAX = scoreStatistic("max");
    public static final FigureFamily SCORE_MEAN = scoreStatistic("mean");
    public static final FigureFamily IMPROVED = scores(Progress.IMPROVED.key());
    public static final FigureFamily UNCHANGED = scores(Progress.UNCHANGED.key());
    public static final FigureFamily WORSENED = scores(Progress.WORSENED.key());

    /** Every figure of the participant report under definition set 2026.1. */
    public static final FigureCatalogue CATALOGUE = CATALOGUE_2026_1.build();

    /**
     * An outcome column of the standard closure table ({@code code} as in
     * {@link ParticipantReportDefinitions#STANDARD_TABLE_OUTCOMES}), its count and its share of measured closures.
     */
    public record Outcome(String code, FigureFamily count, FigureFamily share) {

        /** "Gröna utfall": work, studies, active job seeking and continued rehabilitation. */
        public boolean green() {
            return ParticipantReportDefinitions.GREEN_OUTCOMES.contains(code);
        }
    }

    private NationalFigures() {
    }

    /** The outcome column of the standard table a (measured) closure cause falls in. */
    public static Outcome outcomeOf(ClosureCause cause) {
        String column = ParticipantReportDefinitions.standardTableColumn(cause);
        return STANDARD_OUTCOMES.stream().filter(outcome -> outcome.code().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(cause + " falls in no outcome column"));
    }

    private static List<Outcome> outcomes() {
        List<Outcome> outcomes = new ArrayList<>();
        for (String code : ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES.keySet()) {
            FigureFamily count = participation("closures.standardTable." + code);
            outcomes.add(new Outcome(code, count, CATALOGUE_2026_1.share("closures.shares." + code, count,
                    THROUGHPUT_COUNT, MEASURED, PARTICIPATION)));
        }
        return List.copyOf(outcomes);
    }

    private static FigureFamily participation(String name) {
        return CATALOGUE_2026_1.count(name, PARTICIPATION);
    }

    private static FigureFamily participation(String name, Keys keys) {
        return CATALOGUE_2026_1.count(name, keys, PARTICIPATION);
    }

    private static FigureFamily measuredMean(String name, Keys keys, FigureFamily size) {
        return mean(name, keys, size, MEASURED, PARTICIPATION);
    }

    private static FigureFamily mean(String name, Keys keys, FigureFamily size, String population,
                                     Set<RecordType> deciding) {
        return CATALOGUE_2026_1.mean(name, keys, size, population, deciding);
    }

    private static FigureFamily scores(String figure) {
        return CATALOGUE_2026_1.count("assessments.byInstrument.*." + figure, INSTRUMENTS, SCORES);
    }

    private static FigureFamily scoreStatistic(String statistic) {
        return CATALOGUE_2026_1.mean("assessments.byInstrument.*." + statistic, INSTRUMENTS, SCORED,
                "participants with a score of the instrument dated in the period", SCORES);
    }

    private static Keys codes(String list, Enum<?>[] codes) {
        return new Keys.Codes(list, Arrays.stream(codes).map(Enum::name).toList());
    }

    private static List<String> outside(List<String> all, List<String> always) {
        return all.stream().filter(key -> !always.contains(key)).toList();
    }
}
