package se.finsam.journey.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.journey.CurrentJourney;

/**
 * The scope's non-void journeys as columns of what the figures read: dates as epoch days, codes as ordinals,
 * free-text keys as small numbers. A report reads every journey about a dozen times per period (once per rule and
 * breakdown) and twice as many with {@code compare=previous}; reading 40,000 objects and their dates once, into
 * arrays walked sequentially, is what keeps an association-year fast. The objects stay for the rarer details
 * (placements, assessments, years in public support) and for the journey ids of lineage.
 */
final class JourneyColumns {

    /** An absent date (not enrolled, not withdrawn, not closed). */
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
    final byte[] yearsInPublicSupportBucket;
    final byte[] cause;
    final byte[] supportAfter;
    /** A {@code WORK} closure with {@code subsidisedEmployment} true. */
    final boolean[] subsidised;
    /** Index into {@link #referringUnits}, or -1 when no unit is given. */
    final int[] referringUnit;
    final List<String> referringUnits = new ArrayList<>();
    /** Index into {@link #homeMunicipalities}, or -1 when none is given. */
    final int[] homeMunicipality;
    final List<String> homeMunicipalities = new ArrayList<>();
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

    JourneyColumns(Collection<CurrentJourney> journeysInScope) {
        List<CurrentJourney> live = new ArrayList<>(journeysInScope.size());
        for (CurrentJourney journey : journeysInScope) {
            if (!journey.isVoid()) {
                live.add(journey);
            }
        }
        size = live.size();
        journeys = live.toArray(new CurrentJourney[0]);
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
        cause = new byte[size];
        supportAfter = new byte[size];
        subsidised = new boolean[size];
        referringUnit = new int[size];
        homeMunicipality = new int[size];
        trainingsFrom = new int[size + 1];
        assessmentsFrom = new int[size + 1];
        int trainings = 0;
        int assessments = 0;
        for (int i = 0; i < size; i++) {
            trainings += journeys[i].trainings().size();
            assessments += journeys[i].assessments().size();
        }
        trainingStart = new int[trainings];
        trainingEnd = new int[trainings];
        trainingSector = new byte[trainings];
        assessmentDay = new int[assessments];
        assessmentInstrument = new byte[assessments];
        assessmentScore = new BigDecimal[assessments];
        trainings = 0;
        assessments = 0;
        Map<String, int[]> unitsByParty = new HashMap<>();
        Map<String, Integer> municipalities = new HashMap<>();
        for (int i = 0; i < size; i++) {
            CurrentJourney j = journeys[i];
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
            referringUnit[i] = unit(j, unitsByParty);
            String municipality = j.homeMunicipality();
            if (municipality == null) {
                homeMunicipality[i] = -1;
            } else {
                Integer known = municipalities.get(municipality);
                if (known == null) {
                    known = homeMunicipalities.size();
                    homeMunicipalities.add(municipality);
                    municipalities.put(municipality, known);
                }
                homeMunicipality[i] = known;
            }
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

    /** The key {@code PARTY:unit} (see {@link ParticipantReportDefinitions#referringUnit}) made once per pair. */
    private int unit(CurrentJourney j, Map<String, int[]> unitsByParty) {
        String unit = j.referringUnit();
        if (unit == null || unit.isEmpty()) {
            return -1;
        }
        int[] byParty = unitsByParty.get(unit);
        if (byParty == null) {
            byParty = new int[se.finsam.journey.codes.ReferringParty.values().length];
            java.util.Arrays.fill(byParty, -1);
            unitsByParty.put(unit, byParty);
        }
        int party = j.referringParty().ordinal();
        if (byParty[party] < 0) {
            byParty[party] = referringUnits.size();
            referringUnits.add(ParticipantReportDefinitions.referringUnit(j));
        }
        return byParty[party];
    }

    static int day(LocalDate date) {
        return date == null ? NONE : (int) date.toEpochDay();
    }

    private static byte code(Enum<?> value) {
        return value == null ? NO_CODE : (byte) value.ordinal();
    }
}
