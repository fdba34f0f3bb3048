package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.journey.CurrentJourney;

/**
 * The definitions of the figures, DOMAIN.md definition set 2026.1, applied to one period: what makes a journey
 * count as what. Each rule carries DOMAIN.md's name; the {@code *Tables} classes only tabulate what it says.
 * {@code E} is the enrolment date, {@code C} the closure date.
 */
public final class ParticipantReportDefinitions {

    public static final String VERSION = "2026.1";
    public static final List<String> AGE_BANDS = List.of("16-29", "30-44", "45-59", "60-67");
    public static final List<String> YEARS_IN_PUBLIC_SUPPORT_BUCKETS =
            List.of("<1", "1-3", "4-6", "7-9", ">9", "NOT_APPLICABLE");
    /** The outcome columns of the standard closure table (after {@code closures} and {@code dropouts}). */
    public static final Map<String, Set<ClosureCause>> STANDARD_TABLE_OUTCOMES = standardTableOutcomes();
    /** "Gröna utfall". */
    public static final List<String> GREEN_OUTCOMES =
            List.of("work", "studies", "activeJobSeeking", "continuedRehabilitation");
    public static final Ratio DAYS_PER_MONTH = Ratio.of(304375, 10000);

    private final ReportPeriod period;
    private final int from;
    private final int to;

    public ParticipantReportDefinitions(ReportPeriod period) {
        this.period = period;
        this.from = JourneyColumns.day(period.from());
        this.to = JourneyColumns.day(period.to());
    }

    /** Every figure over journeys already filtered to the scope; void journeys count nowhere. */
    public static ReportFigures compute(Collection<CurrentJourney> journeysInScope, ReportPeriod period) {
        return new ParticipantReportDefinitions(period).compute(journeysInScope);
    }

    /** As {@link #compute(Collection, ReportPeriod)}, over the scope's columns. */
    public static ReportFigures compute(JourneyColumns columns, ReportPeriod period) {
        return new ParticipantReportDefinitions(period).compute(columns);
    }

    public ReportFigures compute(Collection<CurrentJourney> journeysInScope) {
        return compute(JourneyColumns.of(journeysInScope));
    }

    /**
     * Every figure over the scope's columns. Each journey's roles in the period are decided once, then the
     * sections tabulate them, one after the other: each is a few walks over arrays now, too little to hand to
     * another thread (a comparison computes its two periods side by side instead).
     */
    ReportFigures compute(JourneyColumns columns) {
        int[] roles = roles(columns);
        FigureTable report = new FigureTable();
        ParticipantTables.fill(report, this, columns, roles);
        ClosureTables.fill(report, this, columns, roles);
        ThroughputTables.fill(report, columns, roles);
        ReferralTables.fill(report, columns, roles);
        WorkTrainingTables.fill(report, this, columns, roles);
        AssessmentTables.fill(report, this, columns, roles);
        return new ReportFigures(period, report);
    }

    /**
     * Only the {@code throughputTime} section over the scope's columns, decided by the same roles as the whole
     * report: for figures that need this one section over many periods (the web app's rolling 12 months).
     */
    public ReportFigures throughputTime(JourneyColumns columns) {
        FigureTable report = new FigureTable();
        ThroughputTables.fill(report, columns, roles(columns));
        return new ReportFigures(period, report);
    }

    public ReportPeriod period() {
        return period;
    }

    // What a journey is in the period, as bits of its role: decided once per journey and period.

    /** {@code total}: a participant of the period. */
    static final int PARTICIPANT = 1;
    /** {@code new}; a participant without it is {@code activeAtStart}. */
    static final int NEW = 1 << 1;
    /** {@code closed}, also the period's closures; a participant without it is {@code activeAtEnd}. */
    static final int CLOSED = 1 << 2;
    /** A measured closure: closed, and not a drop-out. */
    static final int MEASURED = 1 << 3;
    static final int RECEIVED = 1 << 4;
    static final int WITHDRAWN = 1 << 5;
    static final int WAITING_AT_END = 1 << 6;

    /** Each journey's roles in the period, by position in {@code columns}. */
    int[] roles(JourneyColumns columns) {
        int[] roles = new int[columns.size];
        byte dropout = (byte) ClosureCause.DROPOUT.ordinal();
        for (int i = 0; i < columns.size; i++) {
            int e = columns.enrolment[i];
            int c = columns.closure[i];
            int role = 0;
            if (isParticipant(e, c)) {
                role = PARTICIPANT;
                if (isNew(e)) {
                    role |= NEW;
                }
                if (isClosed(c)) {
                    role |= columns.cause[i] == dropout ? CLOSED : CLOSED | MEASURED;
                }
            }
            if (isReceived(columns.referral[i])) {
                role |= RECEIVED;
            }
            if (isWithdrawn(columns.withdrawal[i])) {
                role |= WITHDRAWN;
            }
            if (isWaitingAtEnd(columns.referral[i], e, columns.withdrawal[i])) {
                role |= WAITING_AT_END;
            }
            roles[i] = role;
        }
        return roles;
    }

    // Participants: only enrolled journeys. E is the enrolment day, C the closure day (epoch days, NONE if absent).

    /** {@code total}: active at least one day in the period, {@code E ≤ to} and (no {@code C} or {@code C ≥ from}). */
    boolean isParticipant(int e, int c) {
        return e != JourneyColumns.NONE && e <= to && (c == JourneyColumns.NONE || c >= from);
    }

    /** {@code new}, of a participant: {@code from ≤ E ≤ to}; {@code activeAtStart} is {@code E < from}. */
    boolean isNew(int e) {
        return e >= from;
    }

    /**
     * {@code closed}, of a participant: {@code from ≤ C ≤ to}; also the closures of the period.
     * {@code activeAtEnd} is no {@code C} or {@code C > to}.
     */
    boolean isClosed(int c) {
        return c != JourneyColumns.NONE && c >= from && c <= to;
    }

    /** {@code year(reference date) − birth year}; the reference date is {@code C} if closed in the period, else {@code to}. */
    int age(JourneyColumns columns, int[] roles, int i) {
        return age((roles[i] & CLOSED) != 0 ? columns.closureYear[i] : period.to().getYear(), columns.birthYear[i]);
    }

    /** Age on a day of {@code year}: {@code year(day) − birth year} (year arithmetic, as in DOMAIN.md). */
    public static int age(int year, int birthYear) {
        return year - birthYear;
    }

    /** The age bands in the order of {@link #ageBandIndex}: the four of the report and the two outside it. */
    static final List<String> AGE_BAND_KEYS = List.of("under-16", "16-29", "30-44", "45-59", "60-67", "over-67");

    static int ageBandIndex(int age) {
        return age < 16 ? 0 : age <= 29 ? 1 : age <= 44 ? 2 : age <= 59 ? 3 : age <= 67 ? 4 : 5;
    }

    public static String ageBand(int age) {
        return AGE_BAND_KEYS.get(ageBandIndex(age));
    }

    /** The key {@code PARTY:unit}, or null when no unit is given (see {@link ReferringUnitKey}). */
    public static String referringUnit(CurrentJourney j) {
        return ReferringUnitKey.of(j);
    }

    /** Buckets of completed years; {@code NOT_APPLICABLE} when absent. */
    public static String yearsInPublicSupportBucket(BigDecimal years) {
        return YEARS_IN_PUBLIC_SUPPORT_BUCKETS.get(yearsInPublicSupportBucketIndex(years));
    }

    /** {@link #yearsInPublicSupportBucket} as an index into {@link #YEARS_IN_PUBLIC_SUPPORT_BUCKETS}. */
    static int yearsInPublicSupportBucketIndex(BigDecimal years) {
        if (years == null) {
            return 5;
        }
        int completed = completedYears(years);
        return completed == 0 ? 0 : completed <= 3 ? 1 : completed <= 6 ? 2 : completed <= 9 ? 3 : 4;
    }

    /** Years in public support are bucketed by completed years: the whole part of a value ≥ 0. */
    public static int completedYears(BigDecimal years) {
        return years.intValue();
    }

    // Closures: journeys with from ≤ C ≤ to.

    /** The column of the standard closure table a closure falls in: {@code dropouts}, or its outcome column. */
    public static String standardTableColumn(ClosureCause cause) {
        if (cause == ClosureCause.DROPOUT) {
            return "dropouts";
        }
        for (Map.Entry<String, Set<ClosureCause>> column : STANDARD_TABLE_OUTCOMES.entrySet()) {
            if (column.getValue().contains(cause)) {
                return column.getKey();
            }
        }
        throw new IllegalArgumentException("closure cause " + cause + " is in no column of the standard table");
    }

    /*
     * Measured closures are closures that are not drop-outs ("tidiga drop-outs borträknade"): see roles().
     * workSubsidised is a WORK closure with subsidisedEmployment true (JourneyColumns.subsidised),
     * workUnsubsidised any other WORK closure (false or not given).
     */

    /** Age at closure: {@code year(C) − birth year}. */
    static int ageAtClosure(JourneyColumns columns, int i) {
        return columns.closureYear[i] - columns.birthYear[i];
    }

    /** Throughput time (genomströmningstid): months from {@code E} to {@code C}, months = days ÷ 30.4375. */
    static long throughputDays(JourneyColumns columns, int i) {
        return (long) columns.closure[i] - columns.enrolment[i];
    }

    // Referrals.

    boolean isReceived(int referral) {
        return referral != JourneyColumns.NONE && referral >= from && referral <= to;
    }

    boolean isWithdrawn(int withdrawal) {
        return withdrawal != JourneyColumns.NONE && withdrawal >= from && withdrawal <= to;
    }

    /** Referred by {@code to}, and neither enrolled nor withdrawn by {@code to}. */
    boolean isWaitingAtEnd(int referral, int e, int withdrawal) {
        return referral <= to && !(e != JourneyColumns.NONE && e <= to)
                && !(withdrawal != JourneyColumns.NONE && withdrawal <= to);
    }

    /** Days from referral to enrolment; its mean is taken over the {@code new} participants. */
    static long daysToEnrolment(JourneyColumns columns, int i) {
        return (long) columns.enrolment[i] - columns.referral[i];
    }

    // Work training: placements of the period's participants.

    /** Active in the period: started by {@code to} and not ended before {@code from}. */
    boolean isActivePlacement(int start, int end) {
        return start <= to && (end == JourneyColumns.NONE || end >= from);
    }

    // Assessments: scores of the period's participants.

    boolean isDatedInPeriod(int day) {
        return day >= from && day <= to;
    }

    /**
     * Journey {@code i}'s progress on {@code instrument}: from the first to the latest of its scores dated by
     * {@code to} (same-day scores in the order received), for a journey with two or more such scores; null
     * otherwise. A journey has a handful of assessments, so each instrument looks at all of them.
     */
    Progress progress(JourneyColumns columns, int i, int instrument) {
        int first = -1;
        int latest = -1;
        for (int k = columns.assessmentsFrom[i]; k < columns.assessmentsFrom[i + 1]; k++) {
            int day = columns.assessmentDay[k];
            if (day > to || columns.assessmentInstrument[k] != instrument) {
                continue;
            }
            if (first < 0 || day < columns.assessmentDay[first]) {
                first = k;
            }
            if (latest < 0 || day >= columns.assessmentDay[latest]) {
                latest = k;
            }
        }
        if (first < 0 || first == latest) {
            return null;
        }
        int change = columns.assessmentScore[latest].compareTo(columns.assessmentScore[first]);
        return change > 0 ? Progress.IMPROVED : change < 0 ? Progress.WORSENED : Progress.UNCHANGED;
    }

    private static Map<String, Set<ClosureCause>> standardTableOutcomes() {
        Map<String, Set<ClosureCause>> columns = new LinkedHashMap<>();
        columns.put("work", Set.of(ClosureCause.WORK));
        columns.put("studies", Set.of(ClosureCause.STUDIES));
        columns.put("activeJobSeeking", Set.of(ClosureCause.ACTIVE_JOB_SEEKING));
        columns.put("continuedRehabilitation", Set.of(ClosureCause.CONTINUED_REHABILITATION));
        columns.put("medicalRehabilitation", Set.of(ClosureCause.MEDICAL_REHABILITATION,
                ClosureCause.SICKNESS_COMPENSATION));
        columns.put("other", Set.of(ClosureCause.PARENTAL_LEAVE, ClosureCause.MOVED, ClosureCause.NOT_MEASURED,
                ClosureCause.OTHER));
        return Collections.unmodifiableMap(columns);
    }
}
