package se.finsam.journey.api.reports;

import java.time.LocalDate;
import se.finsam.journey.reports.ReportPeriod;

/** A period as answers show it: its first and last day (ISO dates), both inclusive. */
public record PeriodAnswer(String from, String to) {

    public static PeriodAnswer of(LocalDate from, LocalDate to) {
        return new PeriodAnswer(from.toString(), to.toString());
    }

    public static PeriodAnswer of(ReportPeriod period) {
        return of(period.from(), period.to());
    }
}
