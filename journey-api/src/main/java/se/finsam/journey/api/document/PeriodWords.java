package se.finsam.journey.api.document;

import java.time.LocalDate;
import java.time.Month;
import se.finsam.journey.document.Columns;

/** How a period is named in the document: the kind of report on its title page, and its tables' column headers. */
record PeriodWords(LocalDate from, LocalDate to) {

    private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
            "september", "oktober", "november", "december"};

    boolean calendarYear() {
        return from.getDayOfMonth() == 1 && from.getMonth() == Month.JANUARY && to.equals(from.withMonth(12)
                .withDayOfMonth(31));
    }

    /** "Årsrapport 2025", "Delårsrapport januari–augusti 2025", "Helårsrapport juli 2024 – juni 2025", or dates. */
    String kind() {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()));
        if (calendarYear()) {
            return "Årsrapport " + from.getYear();
        }
        if (wholeMonths && from.getYear() == to.getYear() && from.getMonth() == Month.JANUARY) {
            return "Delårsrapport januari–" + MONTHS[to.getMonthValue() - 1] + " " + to.getYear();
        }
        if (wholeMonths && to.equals(from.plusYears(1).minusDays(1))) {
            return "Helårsrapport " + MONTHS[from.getMonthValue() - 1] + " " + from.getYear() + " – "
                    + MONTHS[to.getMonthValue() - 1] + " " + to.getYear();
        }
        if (wholeMonths) {
            return "Rapport " + MONTHS[from.getMonthValue() - 1] + " " + from.getYear() + " – "
                    + MONTHS[to.getMonthValue() - 1] + " " + to.getYear();
        }
        return "Rapport " + from + " – " + to;
    }

    /** This period, the same period a year earlier, and the change: "2025", "2024", "Förändring" for a year. */
    Columns columns() {
        return calendarYear()
                ? Columns.of("", String.valueOf(from.getYear()), String.valueOf(from.getYear() - 1), "Förändring")
                : Columns.of("", "Perioden", "Ett år tidigare", "Förändring");
    }
}
