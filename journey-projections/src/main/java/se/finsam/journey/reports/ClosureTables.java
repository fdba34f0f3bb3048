package se.finsam.journey.reports;

import static se.finsam.journey.reports.ParticipantReportDefinitions.CLOSED;
import static se.finsam.journey.reports.ParticipantReportDefinitions.MEASURED;
import static se.finsam.journey.reports.NationalFigures.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.SupportSource;

/** The {@code closures} section: the period's closures, the standard closure table and its shares of measured closures. */
final class ClosureTables {

    private ClosureTables() {
    }

    /** The standard table's outcome columns, and per cause (by ordinal) the column it falls in, -1 for none. */
    private static final List<Outcome> OUTCOMES = STANDARD_OUTCOMES;
    private static final int[] OUTCOME_OF_CAUSE = outcomeOfCause();
    /** Per cause (by ordinal), whether it is a green outcome. */
    private static final boolean[] GREEN = green();

    static void fill(FigureTable figures, ParticipantReportDefinitions definitions, JourneyColumns columns, int[] roles) {
        JourneySet closed = JourneySet.having(columns, roles, CLOSED);
        JourneySet measured = JourneySet.having(columns, roles, MEASURED);
        int dropout = ClosureCause.DROPOUT.ordinal();
        int work = ClosureCause.WORK.ordinal();
        JourneySet dropouts = new JourneySet(columns);
        JourneySet[] outcomes = new JourneySet[OUTCOMES.size()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = new JourneySet(columns);
        }
        JourneySet green = new JourneySet(columns, 256);
        JourneySet subsidised = new JourneySet(columns);
        JourneySet unsubsidised = new JourneySet(columns);
        for (int k = 0; k < closed.size(); k++) {
            int i = closed.get(k);
            int cause = columns.cause[i];
            if (cause == dropout) {
                dropouts.add(i);
            }
            if (cause >= 0 && OUTCOME_OF_CAUSE[cause] >= 0) {
                outcomes[OUTCOME_OF_CAUSE[cause]].add(i);
            }
            if (cause >= 0 && GREEN[cause]) {
                green.add(i);
            }
            if (cause == work) {
                (columns.subsidised[i] ? subsidised : unsubsidised).add(i);
            }
        }
        figures.count(CLOSURES, closed)
                .count(DROPOUTS, dropouts)
                .breakdown(BY_CAUSE, ClosureCause.values(), closed, columns.cause, columns)
                .breakdown(BY_SUPPORT_AFTER, SupportSource.values(), closed, columns.supportAfter, columns)
                .count(STANDARD_CLOSURES, closed)
                .count(STANDARD_DROPOUTS, dropouts);
        for (int o = 0; o < outcomes.length; o++) {
            figures.count(OUTCOMES.get(o).count(), outcomes[o]).share(OUTCOMES.get(o).share(), outcomes[o].size(), measured);
        }
        figures.count(GREEN_COUNT, green).share(GREEN_SHARE, green.size(), measured)
                .count(WORK_SUBSIDISED, subsidised).count(WORK_UNSUBSIDISED, unsubsidised);
        meanAgeAtClosure(figures, columns, measured);
        meanYearsInPublicSupport(figures, columns, measured);
    }

    /** Ages are whole: each mean is a long sum divided once. */
    private static void meanAgeAtClosure(FigureTable figures, JourneyColumns columns, JourneySet measured) {
        Gender[] genders = Gender.values();
        JourneySet[] ofGender = byGender(columns);
        long all = 0;
        long[] sums = new long[genders.length];
        for (int k = 0; k < measured.size(); k++) {
            int i = measured.get(k);
            int age = ParticipantReportDefinitions.ageAtClosure(columns, i);
            all += age;
            int gender = columns.gender[i];
            if (gender >= 0) {
                ofGender[gender].add(i);
                sums[gender] += age;
            }
        }
        figures.measure(MEAN_AGE_AT_CLOSURE, mean(all, measured.size()), measured);
        byGender(figures, MEAN_AGE_AT_CLOSURE_BY_GENDER, ofGender, g -> mean(sums[g], ofGender[g].size()));
    }

    /** Over measured closures with the years given; the years are exact decimals, so is their sum. */
    private static void meanYearsInPublicSupport(FigureTable figures, JourneyColumns columns, JourneySet measured) {
        Gender[] genders = Gender.values();
        JourneySet withYears = new JourneySet(columns, measured.size());
        JourneySet[] ofGender = byGender(columns);
        BigDecimal all = BigDecimal.ZERO;
        List<BigDecimal> sums = new ArrayList<>();
        for (int g = 0; g < genders.length; g++) {
            sums.add(BigDecimal.ZERO);
        }
        for (int k = 0; k < measured.size(); k++) {
            int i = measured.get(k);
            BigDecimal years = columns.journeys[i].yearsInPublicSupport();
            if (years == null) {
                continue;
            }
            withYears.add(i);
            all = all.add(years);
            int gender = columns.gender[i];
            if (gender >= 0) {
                ofGender[gender].add(i);
                sums.set(gender, sums.get(gender).add(years));
            }
        }
        figures.measure(MEAN_YEARS_IN_PUBLIC_SUPPORT, mean(all, withYears.size()), withYears);
        byGender(figures, MEAN_YEARS_IN_PUBLIC_SUPPORT_BY_GENDER, ofGender, g -> mean(sums.get(g), ofGender[g].size()));
    }

    /** A mean per gender: {@code meanOf} gives the mean of the journeys of a gender (by ordinal) in {@code ofGender}. */
    private static void byGender(FigureTable figures, FigureFamily family, JourneySet[] ofGender,
                                 java.util.function.IntFunction<Ratio> meanOf) {
        for (Gender gender : Gender.values()) {
            figures.measure(family, gender.name(), meanOf.apply(gender.ordinal()), ofGender[gender.ordinal()]);
        }
    }

    private static JourneySet[] byGender(JourneyColumns columns) {
        JourneySet[] ofGender = new JourneySet[Gender.values().length];
        for (int g = 0; g < ofGender.length; g++) {
            ofGender[g] = new JourneySet(columns);
        }
        return ofGender;
    }

    private static Ratio mean(long sum, int count) {
        return count == 0 ? null : Ratio.of(sum, count);
    }

    private static Ratio mean(BigDecimal sum, int count) {
        return count == 0 ? null : Ratio.of(sum).dividedBy(Ratio.of(count));
    }

    private static int[] outcomeOfCause() {
        int[] outcome = new int[ClosureCause.values().length];
        java.util.Arrays.fill(outcome, -1);
        for (int o = 0; o < OUTCOMES.size(); o++) {
            for (ClosureCause cause : ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES.get(OUTCOMES.get(o).code())) {
                outcome[cause.ordinal()] = o;
            }
        }
        return outcome;
    }

    private static boolean[] green() {
        boolean[] green = new boolean[ClosureCause.values().length];
        for (Outcome outcome : OUTCOMES) {
            if (outcome.green()) {
                ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES.get(outcome.code())
                        .forEach(cause -> green[cause.ordinal()] = true);
            }
        }
        return green;
    }
}
