package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.journey.CurrentJourney;

/**
 * Non-void journeys as columns of what the figures read: dates as epoch days, codes as ordinals, free-text keys
 * as small numbers, placements and assessments as flat arrays. A report reads every journey about a dozen times
 * per period (once per rule and breakdown), twice as many with {@code compare=previous}; 40,000 objects and
 * their dates are scattered over the heap, and walking them was most of an association-year's time. Walked as
 * arrays, the same reads are sequential. The replica keeps one per initiative, made when its journeys change,
 * so a report only selects the rows that may count ({@link #mayCount}); the objects stay for the journey ids of
 * lineage and for the years in public support of the measured closures.
 */
public final class JourneyColumns {

    /** An absent date (not enrolled, not withdrawn, not closed, a placement still open). */
    static final int NONE = Integer.MIN_VALUE;
    /** An absent code. */
    static final byte NO_CODE = -1;

    final int size;
    final CurrentJourney[] journeys;
    final int[] referral;
    final int[] enrolment;
    final int[] withdrawal;
    final int[] closure;
    final int[] closureYear;
    final int[] birthYear;
    final byte[] gender;
    final byte[] referringParty;
    final byte[] supportBefore;
    /** Index into {@link ParticipantReportDefinitions#YEARS_IN_PUBLIC_SUPPORT_BUCKETS}. */
    final byte[] yearsInPublicSupportBucket;
    /** Whole years in public support ({@link ParticipantReportDefinitions#completedYears}), or {@link #NONE}. */
    final int[] completedYearsInPublicSupport;
    final byte[] cause;
    final byte[] supportAfter;
    /** A {@code WORK} closure with {@code subsidisedEmployment} true. */
    final boolean[] subsidised;
    /** Index into {@link #referringUnits} (keys {@code PARTY:unit}), or -1 when no unit is given. */
    final int[] referringUnit;
    final List<String> referringUnits;
    /** Index into {@link #homeMunicipalities}, or -1 when none is given. */
    final int[] homeMunicipality;
    final List<String> homeMunicipalities;
    /** Journey {@code i}'s placements are {@code trainingsFrom[i]} up to {@code trainingsFrom[i + 1]}. */
    final int[] trainingsFrom;
    final int[] trainingStart;
    /** The end day, or {@link #NONE} while open. */
    final int[] trainingEnd;
    final byte[] trainingSector;
    /** Journey {@code i}'s assessments, in the order received, are {@code assessmentsFrom[i]} up to {@code assessmentsFrom[i + 1]}. */
    final int[] assessmentsFrom;
    final int[] assessmentDay;
    final byte[] assessmentInstrument;
    final BigDecimal[] assessmentScore;

    private JourneyColumns(int size, int trainings, int assessments, List<String> referringUnits,
                           List<String> homeMunicipalities) {
        this.size = size;
        journeys = new CurrentJourney[size];
        referral = new int[size];
        enrolment = new int[size];
        withdrawal = new int[size];
        closure = new int[size];
        closureYear = new int[size];
        birthYear = new int[size];
        gender = new byte[size];
        referringParty = new byte[size];
        supportBefore = new byte[size];
        yearsInPublicSupportBucket = new byte[size];
        completedYearsInPublicSupport = new int[size];
        cause = new byte[size];
        supportAfter = new byte[size];
        subsidised = new boolean[size];
        referringUnit = new int[size];
        homeMunicipality = new int[size];
        this.referringUnits = referringUnits;
        this.homeMunicipalities = homeMunicipalities;
        trainingsFrom = new int[size + 1];
        trainingStart = new int[trainings];
        trainingEnd = new int[trainings];
        trainingSector = new byte[trainings];
        assessmentsFrom = new int[size + 1];
        assessmentDay = new int[assessments];
        assessmentInstrument = new byte[assessments];
        assessmentScore = new BigDecimal[assessments];
    }

    /** The journeys' columns; void journeys are left out, as they count nowhere. */
    public static JourneyColumns of(Collection<CurrentJourney> journeys) {
        List<CurrentJourney> live = new ArrayList<>(journeys.size());
        int trainings = 0;
        int assessments = 0;
        for (CurrentJourney journey : journeys) {
            if (!journey.isVoid()) {
                live.add(journey);
                trainings += journey.trainings().size();
                assessments += journey.assessments().size();
            }
        }
        JourneyColumns columns = new JourneyColumns(live.size(), trainings, assessments, new ArrayList<>(),
                new ArrayList<>());
        columns.fill(live);
        return columns;
    }

    private void fill(List<CurrentJourney> live) {
        Map<String, int[]> unitsByParty = new HashMap<>();
        Map<String, Integer> municipalities = new HashMap<>();
        int trainings = 0;
        int assessments = 0;
        for (int i = 0; i < size; i++) {
            CurrentJourney j = live.get(i);
            journeys[i] = j;
            referral[i] = day(j.referralDate());
            enrolment[i] = day(j.enrolmentDate());
            withdrawal[i] = day(j.withdrawalDate());
            CurrentJourney.Closure c = j.closure();
            closure[i] = c == null ? NONE : day(c.date());
            closureYear[i] = c == null ? 0 : c.date().getYear();
            cause[i] = c == null ? NO_CODE : code(c.cause());
            supportAfter[i] = c == null ? NO_CODE : code(c.supportAfter());
            subsidised[i] = c != null && c.cause() == ClosureCause.WORK && Boolean.TRUE.equals(c.subsidised());
            birthYear[i] = j.birthYear();
            gender[i] = code(j.gender());
            referringParty[i] = code(j.referringParty());
            supportBefore[i] = code(j.supportBefore());
            yearsInPublicSupportBucket[i] = (byte) ParticipantReportDefinitions.yearsInPublicSupportBucketIndex(
                    j.yearsInPublicSupport());
            completedYearsInPublicSupport[i] = j.yearsInPublicSupport() == null ? NONE
                    : ParticipantReportDefinitions.completedYears(j.yearsInPublicSupport());
            referringUnit[i] = unit(j, unitsByParty);
            homeMunicipality[i] = key(j.homeMunicipality(), municipalities, homeMunicipalities);
            trainingsFrom[i] = trainings;
            List<CurrentJourney.Training> placements = j.trainings();
            for (int k = 0; k < placements.size(); k++, trainings++) {
                CurrentJourney.Training t = placements.get(k);
                trainingStart[trainings] = day(t.start());
                trainingEnd[trainings] = day(t.end());
                trainingSector[trainings] = code(t.sector());
            }
            assessmentsFrom[i] = assessments;
            List<CurrentJourney.Assessment> scores = j.assessments();
            for (int k = 0; k < scores.size(); k++, assessments++) {
                CurrentJourney.Assessment a = scores.get(k);
                assessmentDay[assessments] = day(a.date());
                assessmentInstrument[assessments] = code(a.instrument());
                assessmentScore[assessments] = a.score();
            }
        }
        trainingsFrom[size] = trainings;
        assessmentsFrom[size] = assessments;
    }

    /**
     * The rows of {@code parts} (an initiative each) that may count in {@code period}, together: exactly the
     * journeys {@link ReportPeriod#mayCount} keeps, read from the columns instead of the objects.
     */
    public static JourneyColumns mayCount(List<JourneyColumns> parts, ReportPeriod period) {
        int from = day(period.from());
        int to = day(period.to());
        int size = 0;
        int trainings = 0;
        int assessments = 0;
        List<boolean[]> kept = new ArrayList<>(parts.size());
        for (JourneyColumns part : parts) {
            boolean[] keep = new boolean[part.size];
            for (int i = 0; i < part.size; i++) {
                if (part.mayCount(i, from, to)) {
                    keep[i] = true;
                    size++;
                    trainings += part.trainingsFrom[i + 1] - part.trainingsFrom[i];
                    assessments += part.assessmentsFrom[i + 1] - part.assessmentsFrom[i];
                }
            }
            kept.add(keep);
        }
        JourneyColumns together = new JourneyColumns(size, trainings, assessments, new ArrayList<>(),
                new ArrayList<>());
        Map<String, Integer> units = new HashMap<>();
        Map<String, Integer> municipalities = new HashMap<>();
        int row = 0;
        trainings = 0;
        assessments = 0;
        for (int p = 0; p < parts.size(); p++) {
            JourneyColumns part = parts.get(p);
            boolean[] keep = kept.get(p);
            int[] unitKeys = keys(part.referringUnits, units, together.referringUnits);
            int[] municipalityKeys = keys(part.homeMunicipalities, municipalities, together.homeMunicipalities);
            for (int i = 0; i < part.size; i++) {
                if (!keep[i]) {
                    continue;
                }
                together.journeys[row] = part.journeys[i];
                together.referral[row] = part.referral[i];
                together.enrolment[row] = part.enrolment[i];
                together.withdrawal[row] = part.withdrawal[i];
                together.closure[row] = part.closure[i];
                together.closureYear[row] = part.closureYear[i];
                together.birthYear[row] = part.birthYear[i];
                together.gender[row] = part.gender[i];
                together.referringParty[row] = part.referringParty[i];
                together.supportBefore[row] = part.supportBefore[i];
                together.yearsInPublicSupportBucket[row] = part.yearsInPublicSupportBucket[i];
                together.completedYearsInPublicSupport[row] = part.completedYearsInPublicSupport[i];
                together.cause[row] = part.cause[i];
                together.supportAfter[row] = part.supportAfter[i];
                together.subsidised[row] = part.subsidised[i];
                together.referringUnit[row] = part.referringUnit[i] < 0 ? -1 : unitKeys[part.referringUnit[i]];
                together.homeMunicipality[row] = part.homeMunicipality[i] < 0 ? -1
                        : municipalityKeys[part.homeMunicipality[i]];
                together.trainingsFrom[row] = trainings;
                for (int k = part.trainingsFrom[i]; k < part.trainingsFrom[i + 1]; k++, trainings++) {
                    together.trainingStart[trainings] = part.trainingStart[k];
                    together.trainingEnd[trainings] = part.trainingEnd[k];
                    together.trainingSector[trainings] = part.trainingSector[k];
                }
                together.assessmentsFrom[row] = assessments;
                for (int k = part.assessmentsFrom[i]; k < part.assessmentsFrom[i + 1]; k++, assessments++) {
                    together.assessmentDay[assessments] = part.assessmentDay[k];
                    together.assessmentInstrument[assessments] = part.assessmentInstrument[k];
                    together.assessmentScore[assessments] = part.assessmentScore[k];
                }
                row++;
            }
        }
        together.trainingsFrom[size] = trainings;
        together.assessmentsFrom[size] = assessments;
        return together;
    }

    /** {@link ReportPeriod#mayCount} on row {@code i} (never void): referred by {@code to}, not closed or withdrawn before {@code from}. */
    private boolean mayCount(int i, int from, int to) {
        return referral[i] <= to && (closure[i] == NONE || closure[i] >= from)
                && (withdrawal[i] == NONE || withdrawal[i] >= from);
    }

    public int size() {
        return size;
    }

    /** The journeys of the rows, in row order. */
    public List<CurrentJourney> journeys() {
        return Collections.unmodifiableList(Arrays.asList(journeys));
    }

    /** The key {@code PARTY:unit} (see {@link ParticipantReportDefinitions#referringUnit}) made once per pair. */
    private int unit(CurrentJourney j, Map<String, int[]> unitsByParty) {
        String unit = j.referringUnit();
        if (unit == null || unit.isEmpty()) {
            return -1;
        }
        int[] byParty = unitsByParty.get(unit);
        if (byParty == null) {
            byParty = new int[ReferringParty.values().length];
            Arrays.fill(byParty, -1);
            unitsByParty.put(unit, byParty);
        }
        int party = j.referringParty().ordinal();
        if (byParty[party] < 0) {
            byParty[party] = referringUnits.size();
            referringUnits.add(ParticipantReportDefinitions.referringUnit(j));
        }
        return byParty[party];
    }

    private static int key(String value, Map<String, Integer> known, List<String> keys) {
        if (value == null) {
            return -1;
        }
        Integer index = known.get(value);
        if (index == null) {
            index = keys.size();
            keys.add(value);
            known.put(value, index);
        }
        return index;
    }

    /** Per key of a part, its index among the keys of the whole. */
    private static int[] keys(List<String> partKeys, Map<String, Integer> known, List<String> keys) {
        int[] map = new int[partKeys.size()];
        for (int k = 0; k < map.length; k++) {
            map[k] = key(partKeys.get(k), known, keys);
        }
        return map;
    }

    static int day(LocalDate date) {
        return date == null ? NONE : (int) date.toEpochDay();
    }

    private static byte code(Enum<?> value) {
        return value == null ? NO_CODE : (byte) value.ordinal();
    }
}
