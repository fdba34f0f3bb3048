package se.finsam.journey.reports;

import static se.finsam.journey.reports.ParticipantReportDefinitions.CLOSED;
import static se.finsam.journey.reports.ParticipantReportDefinitions.MEASURED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.codes.ClosureCause;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.SupportSource;

/** The {@code closures} section: the period's closures, the standard closure table and its shares of measured closures. */
final class ClosureTables {

    private ClosureTables() {
    }

    /** The standard table's outcome columns, and per cause (by ordinal) the column it falls in, -1 for none. */
    private static final List<String> OUTCOMES = List.copyOf(ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES.keySet());
    private static final int[] OUTCOME_OF_CAUSE = outcomeOfCause();
    /** Per cause (by ordinal), whether it is a green outcome. */
    private static final boolean[] GREEN = green();

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, JourneyColumns columns, int[] roles) {
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
        table.count("total", closed)
                .count("dropouts", dropouts)
                .breakdown("byCause", ClosureCause.values(), closed, columns.cause, columns)
                .breakdown("bySupportAfter", SupportSource.values(), closed, columns.supportAfter, columns);

        FigureTable standard = table.table("standardTable").count("closures", closed).count("dropouts", dropouts);
        FigureTable shares = table.table("shares");
        for (int o = 0; o < outcomes.length; o++) {
            standard.count(OUTCOMES.get(o), outcomes[o]);
            shares.share(OUTCOMES.get(o), outcomes[o].size(), measured);
        }
        table.table("greenOutcomes").count("count", green).share("share", green.size(), measured);

        table.count("workSubsidised", subsidised).count("workUnsubsidised", unsubsidised);
        meanAgeAtClosure(table.table("meanAgeAtClosure"), columns, measured);
        meanYearsInPublicSupport(table.table("meanYearsInPublicSupport"), columns, measured);
    }

    /** Ages are whole: each mean is a long sum divided once. */
    private static void meanAgeAtClosure(FigureTable table, JourneyColumns columns, JourneySet measured) {
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
        table.measure("all", mean(all, measured.size()), measured);
        for (Gender gender : genders) {
            JourneySet those = ofGender[gender.ordinal()];
            table.measure(gender.name(), mean(sums[gender.ordinal()], those.size()), those);
        }
    }

    /** Over measured closures with the years given; the years are exact decimals, so is their sum. */
    private static void meanYearsInPublicSupport(FigureTable table, JourneyColumns columns, JourneySet measured) {
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
        table.measure("all", mean(all, withYears.size()), withYears);
        for (Gender gender : genders) {
            JourneySet those = ofGender[gender.ordinal()];
            table.measure(gender.name(), mean(sums.get(gender.ordinal()), those.size()), those);
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
        int o = 0;
        for (Map.Entry<String, Set<ClosureCause>> column : ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES.entrySet()) {
            for (ClosureCause cause : column.getValue()) {
                outcome[cause.ordinal()] = o;
            }
            o++;
        }
        return outcome;
    }

    private static boolean[] green() {
        boolean[] green = new boolean[ClosureCause.values().length];
        for (String column : ParticipantReportDefinitions.GREEN_OUTCOMES) {
            for (ClosureCause cause : ParticipantReportDefinitions.STANDARD_TABLE_OUTCOMES.get(column)) {
                green[cause.ordinal()] = true;
            }
        }
        return green;
    }
}
