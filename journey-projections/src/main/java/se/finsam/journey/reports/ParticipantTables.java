package se.finsam.journey.reports;

import static se.finsam.journey.reports.ParticipantReportDefinitions.CLOSED;
import static se.finsam.journey.reports.ParticipantReportDefinitions.NEW;
import static se.finsam.journey.reports.ParticipantReportDefinitions.PARTICIPANT;

import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;

/** The {@code participants} section: the period's flow of participants and the breakdowns of {@code total} and {@code new}. */
final class ParticipantTables {

    private ParticipantTables() {
    }

    static void fill(FigureTable figures, ParticipantReportDefinitions definitions, JourneyColumns columns, int[] roles) {
        JourneySet total = new JourneySet(columns, 1024);
        JourneySet fresh = new JourneySet(columns, 256);
        JourneySet atStart = new JourneySet(columns, 1024);
        JourneySet atEnd = new JourneySet(columns, 1024);
        JourneySet closed = new JourneySet(columns, 256);
        for (int i = 0; i < roles.length; i++) {
            int role = roles[i];
            if ((role & PARTICIPANT) == 0) {
                continue;
            }
            total.add(i);
            ((role & NEW) != 0 ? fresh : atStart).add(i);
            ((role & CLOSED) != 0 ? closed : atEnd).add(i);
        }
        figures.count(NationalFigures.TOTAL, total)
                .count(NationalFigures.NEW, fresh)
                .count(NationalFigures.ACTIVE_AT_START, atStart)
                .count(NationalFigures.ACTIVE_AT_END, atEnd)
                .count(NationalFigures.CLOSED, closed)
                .breakdown(NationalFigures.BY_GENDER, Gender.values(), total, columns.gender, columns)
                .breakdown(NationalFigures.NEW_BY_GENDER, Gender.values(), fresh, columns.gender, columns)
                .breakdown(NationalFigures.BY_AGE_BAND, ParticipantReportDefinitions.AGE_BAND_KEYS, total,
                        i -> ParticipantReportDefinitions.ageBandIndex(definitions.age(columns, roles, i)), columns)
                .breakdown(NationalFigures.BY_REFERRING_PARTY, ReferringParty.values(), total, columns.referringParty, columns)
                .breakdown(NationalFigures.NEW_BY_REFERRING_PARTY, ReferringParty.values(), fresh, columns.referringParty, columns)
                .breakdown(NationalFigures.BY_REFERRING_UNIT, columns.referringUnits, total, i -> columns.referringUnit[i], columns)
                .breakdown(NationalFigures.NEW_BY_REFERRING_UNIT, columns.referringUnits, fresh, i -> columns.referringUnit[i],
                        columns)
                .breakdown(NationalFigures.BY_SUPPORT_BEFORE, SupportSource.values(), total, columns.supportBefore, columns)
                .breakdown(NationalFigures.NEW_BY_SUPPORT_BEFORE, SupportSource.values(), fresh, columns.supportBefore, columns)
                .breakdown(NationalFigures.BY_TIME_IN_PUBLIC_SUPPORT, ParticipantReportDefinitions.YEARS_IN_PUBLIC_SUPPORT_BUCKETS,
                        total, i -> columns.yearsInPublicSupportBucket[i], columns)
                .breakdown(NationalFigures.BY_HOME_MUNICIPALITY, columns.homeMunicipalities, total, i -> columns.homeMunicipality[i],
                        columns);
    }
}
