package se.finsam.journey.reports.baseline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Instrument;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.CurrentJourney.Assessment;
import se.finsam.journey.journey.CurrentJourney.Training;
import se.finsam.journey.reports.Progress;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportPeriod;

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

    public ParticipantReportDefinitions(ReportPeriod period) {
        this.period = period;
    }

    /** Every figure over journeys already filtered to the scope; void journeys count nowhere. */
    public static ReportFigures compute(Collection<CurrentJourney> journeysInScope, ReportPeriod period) {
        return new ParticipantReportDefinitions(period).compute(journeysInScope);
    }

    public ReportFigures compute(Collection<CurrentJourney> journeysInScope) {
        List<CurrentJourney> journeys = FigureTable.those(journeysInScope, journey -> !journey.isVoid());
        List<FigureTable> filled = SECTION_WORKERS.submit(() -> SECTIONS.parallelStream().map(section -> {
            FigureTable table = new FigureTable();
            section.fill().fill(table, this, journeys);
            return table;
        }).toList()).join();
        FigureTable report = new FigureTable();
        for (int i = 0; i < SECTIONS.size(); i++) {
            report.put(SECTIONS.get(i).name(), filled.get(i));
        }
        return new ReportFigures(period, report);
    }

    /** How a section of the report is filled from the journeys of the scope. */
    private interface SectionFill {
        void fill(FigureTable table, ParticipantReportDefinitions definitions, List<CurrentJourney> journeys);
    }

    private record Section(String name, SectionFill fill) {
    }

    /** The sections in report order; they are independent, so they are filled side by side. */
    private static final List<Section> SECTIONS = List.of(new Section("participants", ParticipantTables::fill),
            new Section("closures", ClosureTables::fill), new Section("throughputTime", ThroughputTables::fill),
            new Section("referrals", ReferralTables::fill), new Section("workTraining", WorkTrainingTables::fill),
            new Section("assessments", AssessmentTables::fill));
    private static final java.util.concurrent.ForkJoinPool SECTION_WORKERS =
            new java.util.concurrent.ForkJoinPool(Runtime.getRuntime().availableProcessors());

    public ReportPeriod period() {
        return period;
    }

    // Participants: only enrolled journeys.

    /** {@code total}: active at least one day in the period, {@code E ≤ to} and (no {@code C} or {@code C ≥ from}). */
    public boolean isParticipant(CurrentJourney j) {
        return j.isEnrolled() && !j.enrolmentDate().isAfter(period.to())
                && (j.closureDate() == null || !j.closureDate().isBefore(period.from()));
    }

    /** {@code new}: {@code from ≤ E ≤ to}. */
    public boolean isNew(CurrentJourney j) {
        return isParticipant(j) && !j.enrolmentDate().isBefore(period.from());
    }

    /** {@code activeAtStart}: {@code E < from} and (no {@code C} or {@code C ≥ from}). */
    public boolean isActiveAtStart(CurrentJourney j) {
        return isParticipant(j) && j.enrolmentDate().isBefore(period.from());
    }

    /** {@code closed}: {@code from ≤ C ≤ to}; also the closures of the period. */
    public boolean isClosed(CurrentJourney j) {
        return isParticipant(j) && period.contains(j.closureDate());
    }

    /** {@code activeAtEnd}: {@code E ≤ to} and (no {@code C} or {@code C > to}). */
    public boolean isActiveAtEnd(CurrentJourney j) {
        return isParticipant(j) && (j.closureDate() == null || j.closureDate().isAfter(period.to()));
    }

    /** {@code year(reference date) − birth year}; the reference date is {@code C} if closed in the period, else {@code to}. */
    public int age(CurrentJourney j) {
        return (isClosed(j) ? j.closureDate() : period.to()).getYear() - j.birthYear();
    }

    public static String ageBand(int age) {
        if (age < 16) {
            return "under-16";
        }
        return age <= 29 ? "16-29" : age <= 44 ? "30-44" : age <= 59 ? "45-59" : age <= 67 ? "60-67" : "over-67";
    }

    /** The key {@code PARTY:unit}, or null when no unit is given. */
    public static String referringUnit(CurrentJourney j) {
        String unit = j.referringUnit();
        return unit == null || unit.isEmpty() ? null : j.referringParty().name() + ":" + unit;
    }

    /** Buckets of completed years; {@code NOT_APPLICABLE} when absent. */
    public static String yearsInPublicSupportBucket(BigDecimal years) {
        if (years == null) {
            return "NOT_APPLICABLE";
        }
        int completed = years.intValue();
        return completed == 0 ? "<1" : completed <= 3 ? "1-3" : completed <= 6 ? "4-6" : completed <= 9 ? "7-9" : ">9";
    }

    // Closures: journeys with from ≤ C ≤ to.

    /** Measured closures: closures that are not drop-outs ("tidiga drop-outs borträknade"). */
    public boolean isMeasuredClosure(CurrentJourney j) {
        return isClosed(j) && j.closure().cause() != ClosureCause.DROPOUT;
    }

    /** {@code workSubsidised}: a {@code WORK} closure with {@code subsidisedEmployment} true. */
    public static boolean isSubsidisedWork(CurrentJourney j) {
        return j.closure().cause() == ClosureCause.WORK && Boolean.TRUE.equals(j.closure().subsidised());
    }

    /** {@code workUnsubsidised}: any other {@code WORK} closure (false or not given). */
    public static boolean isUnsubsidisedWork(CurrentJourney j) {
        return j.closure().cause() == ClosureCause.WORK && !Boolean.TRUE.equals(j.closure().subsidised());
    }

    public static int ageAtClosure(CurrentJourney j) {
        return j.closureDate().getYear() - j.birthYear();
    }

    /** Throughput time (genomströmningstid): months from {@code E} to {@code C}, months = days ÷ 30.4375. */
    public static long throughputDays(CurrentJourney j) {
        return ChronoUnit.DAYS.between(j.enrolmentDate(), j.closureDate());
    }

    public static Ratio throughputMonths(CurrentJourney j) {
        return Ratio.of(ChronoUnit.DAYS.between(j.enrolmentDate(), j.closureDate())).dividedBy(DAYS_PER_MONTH);
    }

    // Referrals.

    public boolean isReceived(CurrentJourney j) {
        return period.contains(j.referralDate());
    }

    public boolean isWithdrawn(CurrentJourney j) {
        return period.contains(j.withdrawalDate());
    }

    /** Referred by {@code to}, and neither enrolled nor withdrawn by {@code to}. */
    public boolean isWaitingAtEnd(CurrentJourney j) {
        return !j.referralDate().isAfter(period.to()) && !happenedBy(j.enrolmentDate(), period.to())
                && !happenedBy(j.withdrawalDate(), period.to());
    }

    /** Days from referral to enrolment; its mean is taken over the {@code new} participants. */
    public static long daysToEnrolment(CurrentJourney j) {
        return ChronoUnit.DAYS.between(j.referralDate(), j.enrolmentDate());
    }

    // Work training: placements of the period's participants.

    /** Active in the period: started by {@code to} and not ended before {@code from}. */
    public boolean isActivePlacement(Training t) {
        return !t.start().isAfter(period.to()) && (t.end() == null || !t.end().isBefore(period.from()));
    }

    // Assessments: scores of the period's participants.

    public boolean isDatedInPeriod(Assessment a) {
        return period.contains(a.date());
    }

    /**
     * From the first to the latest score of the instrument dated by {@code to} (same-day scores in the order
     * received), for a journey with two or more such scores; empty otherwise.
     */
    public Optional<Progress> progress(CurrentJourney j, Instrument instrument) {
        return Optional.ofNullable(progressByInstrument(j)[instrument.ordinal()]);
    }

    private static final Instrument[] INSTRUMENTS = Instrument.values();
    /** Never written to: the answer for a journey with fewer than two assessments. */
    private static final Progress[] NO_PROGRESS = new Progress[INSTRUMENTS.length];

    /** {@link #progress} for every instrument at once (indexed by ordinal, null where empty), in one pass. */
    public Progress[] progressByInstrument(CurrentJourney j) {
        if (j.assessments().size() < 2) {
            return NO_PROGRESS;
        }
        Instrument[] instruments = INSTRUMENTS;
        Progress[] progress = new Progress[instruments.length];
        Assessment[] first = new Assessment[instruments.length];
        Assessment[] latest = new Assessment[instruments.length];
        int[] scores = new int[instruments.length];
        List<Assessment> assessments = j.assessments();
        for (int k = 0; k < assessments.size(); k++) {
            Assessment a = assessments.get(k);
            if (a.date().isAfter(period.to())) {
                continue;
            }
            int i = a.instrument().ordinal();
            scores[i]++;
            if (first[i] == null || a.date().isBefore(first[i].date())) {
                first[i] = a;
            }
            if (latest[i] == null || !a.date().isBefore(latest[i].date())) {
                latest[i] = a;
            }
        }
        for (int i = 0; i < instruments.length; i++) {
            if (scores[i] >= 2) {
                int change = latest[i].score().compareTo(first[i].score());
                progress[i] = change > 0 ? Progress.IMPROVED : change < 0 ? Progress.WORSENED : Progress.UNCHANGED;
            }
        }
        return progress;
    }

    private static boolean happenedBy(LocalDate day, LocalDate by) {
        return day != null && !day.isAfter(by);
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
