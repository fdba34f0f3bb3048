package se.finsam.journey.reports;

import static se.finsam.journey.reports.NationalFigures.MEAN_MONTHS;
import static se.finsam.journey.reports.NationalFigures.MEAN_MONTHS_BY_GENDER;
import static se.finsam.journey.reports.NationalFigures.MEDIAN_MONTHS;
import static se.finsam.journey.reports.NationalFigures.THROUGHPUT_COUNT;

import se.finsam.journey.codes.Gender;

/** The {@code throughputTime} section (genomströmningstid): months from enrolment to closure over measured closures. */
final class ThroughputTables {

    private ThroughputTables() {
    }

    static void fill(FigureTable figures, JourneyColumns columns, int[] roles) {
        JourneySet measured = JourneySet.having(columns, roles, ParticipantReportDefinitions.MEASURED);
        // Months are days ÷ 30.4375, so means and the median are taken over whole days and divided once: exact,
        // and without a rational per journey.
        long[] days = new long[measured.size()];
        Gender[] genders = Gender.values();
        JourneySet[] ofGender = new JourneySet[genders.length];
        long[] genderDays = new long[genders.length];
        for (int g = 0; g < genders.length; g++) {
            ofGender[g] = new JourneySet(columns);
        }
        for (int k = 0; k < days.length; k++) {
            int i = measured.get(k);
            days[k] = ParticipantReportDefinitions.throughputDays(columns, i);
            int gender = columns.gender[i];
            if (gender >= 0) {
                ofGender[gender].add(i);
                genderDays[gender] = Math.addExact(genderDays[gender], days[k]);
            }
        }
        figures.count(THROUGHPUT_COUNT, measured)
                .measure(MEAN_MONTHS, months(Ratio.meanOfWhole(days)), measured)
                .measure(MEDIAN_MONTHS, months(Ratio.medianOfWhole(days)), measured);
        for (Gender gender : genders) {
            JourneySet those = ofGender[gender.ordinal()];
            figures.measure(MEAN_MONTHS_BY_GENDER, gender.name(), months(those.isEmpty() ? null
                    : Ratio.of(genderDays[gender.ordinal()], those.size())), those);
        }
    }

    private static Ratio months(Ratio days) {
        return days == null ? null : days.dividedBy(ParticipantReportDefinitions.DAYS_PER_MONTH);
    }
}
