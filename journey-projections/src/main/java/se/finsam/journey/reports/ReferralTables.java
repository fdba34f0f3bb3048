package se.finsam.journey.reports;

import static se.finsam.journey.reports.NationalFigures.MEAN_DAYS_TO_ENROLMENT;
import static se.finsam.journey.reports.ParticipantReportDefinitions.NEW;
import static se.finsam.journey.reports.ParticipantReportDefinitions.PARTICIPANT;
import static se.finsam.journey.reports.ParticipantReportDefinitions.RECEIVED;
import static se.finsam.journey.reports.ParticipantReportDefinitions.WAITING_AT_END;
import static se.finsam.journey.reports.ParticipantReportDefinitions.WITHDRAWN;

/** The {@code referrals} section: referrals received, withdrawn and waiting, over every journey of the scope. */
final class ReferralTables {

    private ReferralTables() {
    }

    static void fill(FigureTable figures, JourneyColumns columns, int[] roles) {
        JourneySet received = new JourneySet(columns, 1024);
        JourneySet withdrawn = new JourneySet(columns, 128);
        JourneySet waiting = new JourneySet(columns, 128);
        JourneySet fresh = new JourneySet(columns, 1024);
        // Days are whole: the mean is their long sum divided once.
        long days = 0;
        for (int i = 0; i < roles.length; i++) {
            int role = roles[i];
            if ((role & RECEIVED) != 0) {
                received.add(i);
            }
            if ((role & WITHDRAWN) != 0) {
                withdrawn.add(i);
            }
            if ((role & WAITING_AT_END) != 0) {
                waiting.add(i);
            }
            if ((role & (PARTICIPANT | NEW)) == (PARTICIPANT | NEW)) {
                fresh.add(i);
                days = Math.addExact(days, ParticipantReportDefinitions.daysToEnrolment(columns, i));
            }
        }
        figures.count(NationalFigures.RECEIVED, received)
                .count(NationalFigures.WITHDRAWN, withdrawn)
                .count(NationalFigures.WAITING_AT_END, waiting)
                .measure(MEAN_DAYS_TO_ENROLMENT, fresh.isEmpty() ? null : Ratio.of(days, fresh.size()), fresh);
    }
}
