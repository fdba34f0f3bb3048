package se.finsam.journey.reports;

import static se.finsam.journey.reports.ParticipantReportDefinitions.CLOSED;
import static se.finsam.journey.reports.ParticipantReportDefinitions.NEW;
import static se.finsam.journey.reports.ParticipantReportDefinitions.PARTICIPANT;

import java.util.List;
import se.finsam.journey.codes.Gender;
import se.finsam.journey.codes.ReferringParty;
import se.finsam.journey.codes.SupportSource;

/** The {@code participants} section: the period's flow of participants and the breakdowns of {@code total} and {@code new}. */
final class ParticipantTables {

    private ParticipantTables() {
    }

    static void fill(FigureTable table, ParticipantReportDefinitions definitions, JourneyColumns columns, int[] roles) {
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
        table.count("total", total)
                .count("new", fresh)
                .count("activeAtStart", atStart)
                .count("activeAtEnd", atEnd)
                .count("closed", closed)
                .breakdown("byGender", Gender.values(), total, columns.gender, columns)
                .breakdown("newByGender", Gender.values(), fresh, columns.gender, columns)
                .breakdown("byAgeBand", ParticipantReportDefinitions.AGE_BANDS,
                        ParticipantReportDefinitions.AGE_BAND_KEYS, total,
                        i -> ParticipantReportDefinitions.ageBandIndex(definitions.age(columns, roles, i)), columns)
                .breakdown("byReferringParty", ReferringParty.values(), total, columns.referringParty, columns)
                .breakdown("newByReferringParty", ReferringParty.values(), fresh, columns.referringParty, columns)
                .breakdown("byReferringUnit", List.of(), columns.referringUnits, total, i -> columns.referringUnit[i],
                        columns)
                .breakdown("newByReferringUnit", List.of(), columns.referringUnits, fresh,
                        i -> columns.referringUnit[i], columns)
                .breakdown("bySupportBefore", SupportSource.values(), total, columns.supportBefore, columns)
                .breakdown("newBySupportBefore", SupportSource.values(), fresh, columns.supportBefore, columns)
                .breakdown("byTimeInPublicSupport", ParticipantReportDefinitions.YEARS_IN_PUBLIC_SUPPORT_BUCKETS,
                        ParticipantReportDefinitions.YEARS_IN_PUBLIC_SUPPORT_BUCKETS, total,
                        i -> columns.yearsInPublicSupportBucket[i], columns)
                .breakdown("byHomeMunicipality", List.of(), columns.homeMunicipalities, total,
                        i -> columns.homeMunicipality[i], columns);
    }
}
