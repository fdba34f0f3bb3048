package se.finsam.journey.tables;

import java.util.List;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.reports.CountedJourneys;
import se.finsam.journey.reports.ParticipantReportDefinitions;

/**
 * A journey's raw codes in each dimension (DOMAIN.md's table of dimensions), read through the national rules of
 * {@link CountedJourneys}: a coded dimension's code as its index in {@link Dimension#codes()}, an open one's as
 * text ({@link Dimension#NONE} without one), a banded one's as the whole number its bands are over.
 */
final class JourneyCodes {

    /** {@link Dimension#STANDARD_OUTCOME}'s code index per closure cause ordinal. */
    private static final int[] OUTCOME_OF_CAUSE = outcomeOfCause();
    private static final int YES = 0;
    private static final int NO = 1;
    private static final int NOT_WORK = 2;

    private final CountedJourneys journeys;
    private final AgeAt ageAt;

    JourneyCodes(CountedJourneys journeys, AgeAt ageAt) {
        this.journeys = journeys;
        this.ageAt = ageAt;
    }

    CountedJourneys journeys() {
        return journeys;
    }

    /**
     * The codes of a coded dimension, as bits over its code indexes: one bit, except for
     * {@code workTrainingSector}, where a journey has each sector of its placements active in the period.
     */
    int codedBits(Dimension by, int i) {
        return by == Dimension.WORK_TRAINING_SECTOR ? journeys.activeSectors(i) : 1 << code(by, i);
    }

    /** The code index of a coded dimension in which a journey has exactly one code (all but sectors). */
    int code(Dimension by, int i) {
        return switch (by) {
            case GENDER -> journeys.gender(i).ordinal();
            case REFERRING_PARTY -> journeys.referringParty(i).ordinal();
            case SUPPORT_BEFORE -> journeys.supportBefore(i).ordinal();
            case CLOSURE_CAUSE -> journeys.cause(i).ordinal();
            case SUPPORT_AFTER -> journeys.supportAfter(i).ordinal();
            case STANDARD_OUTCOME -> OUTCOME_OF_CAUSE[journeys.cause(i).ordinal()];
            case SUBSIDISED_EMPLOYMENT -> journeys.cause(i) != ClosureCause.WORK ? NOT_WORK
                    : journeys.isSubsidisedWork(i) ? YES : NO;
            default -> throw new IllegalArgumentException(by + " has not one code per journey");
        };
    }

    /** The code of the initiative or an open dimension, {@link Dimension#NONE} for a journey without one. */
    String text(Dimension by, int i) {
        int key = key(by, i);
        return key < 0 ? Dimension.NONE : keys(by).get(key);
    }

    /** The code of the initiative or an open dimension as an index into {@link #keys}, or -1 for none. */
    int key(Dimension by, int i) {
        return switch (by) {
            case INITIATIVE -> journeys.initiativeKey(i);
            case REFERRING_UNIT -> journeys.referringUnitKey(i);
            case HOME_MUNICIPALITY -> journeys.homeMunicipalityKey(i);
            default -> throw new IllegalArgumentException(by + " has no codes as text");
        };
    }

    /** The codes of the initiative or an open dimension that {@link #key} indexes. */
    List<String> keys(Dimension by) {
        return switch (by) {
            case INITIATIVE -> journeys.initiatives();
            case REFERRING_UNIT -> journeys.referringUnits();
            case HOME_MUNICIPALITY -> journeys.homeMunicipalities();
            default -> throw new IllegalArgumentException(by + " has no codes as text");
        };
    }

    /** The whole number a banded dimension's bands are over, or null (only years, when not applicable). */
    Integer banded(Dimension by, int i) {
        if (by == Dimension.AGE_BAND) {
            return age(i);
        }
        return journeys.completedYearsInPublicSupport(i);
    }

    /**
     * Age at the table's {@code ageAt}: {@code year(day) − birth year}. Ages at enrolment are only asked of
     * enrolled journeys (the reader refuses them for populations that hold others).
     */
    int age(int i) {
        return switch (ageAt) {
            case REFERENCE -> journeys.ageAtReference(i);
            case REFERRAL -> journeys.ageIn(i, journeys.referralDate(i).getYear());
            case ENROLMENT -> journeys.ageIn(i, journeys.enrolmentDate(i).getYear());
            case PERIOD_END -> journeys.ageIn(i, journeys.period().to().getYear());
        };
    }

    private static int[] outcomeOfCause() {
        ClosureCause[] causes = ClosureCause.values();
        int[] outcome = new int[causes.length];
        for (ClosureCause cause : causes) {
            outcome[cause.ordinal()] = Dimension.STANDARD_OUTCOME.codes()
                    .indexOf(ParticipantReportDefinitions.standardTableColumn(cause));
        }
        return outcome;
    }
}
