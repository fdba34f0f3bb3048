package se.finsam.journey.api.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.finsam.journey.api.persons.PersonsReport;
import se.finsam.journey.api.persons.PersonsReportAnswer;
import se.finsam.journey.api.reports.Published;
import se.finsam.journey.document.Row;
import se.finsam.journey.document.Table;
import se.finsam.journey.reports.PersonFigures;

/**
 * An association's journeys and persons side by side ("468 deltagare, 177 unika"), as the persons report answers
 * them ({@link PersonsReportAnswer}: hidden counts null, last year and the change): per population the journeys, then
 * the persons they are, under the persons report's own manifest.
 */
final class PersonsTable {

    static final String CAPTION = "Deltaganden och unika personer i förbundets team";

    private static final Map<String, String> POPULATIONS = Map.of("participants", "Deltagare under perioden",
            "new", "Nya deltagare", "closed", "Avslutade deltagare");

    private PersonsTable() {
    }

    static Table of(Published<PersonsReport.Computed, PersonsReport.Hidden> published, PeriodWords period) {
        PersonsReportAnswer answer = PersonsReportAnswer.of(published);
        List<Row> rows = new ArrayList<>();
        for (String population : PersonFigures.POPULATIONS) {
            for (String side : List.of("journeys", "persons")) {
                Integer now = (side.equals("journeys") ? answer.journeys() : answer.persons()).get(population);
                Integer before = (side.equals("journeys") ? answer.previous().journeys() : answer.previous().persons())
                        .get(population);
                Integer change = answer.change().get(side + "." + population);
                String cell = population + "." + side;
                String label = POPULATIONS.get(population) + (side.equals("journeys") ? ", deltaganden" : ", personer");
                // A count is null in the answer only when small-cell protection hid it (and its change with it).
                rows.add(new Row(label, List.of(DocumentCells.national(cell, now, now == null, false),
                        DocumentCells.national(cell, before, before == null, false),
                        DocumentCells.national(cell, change, change == null, true)), false));
            }
        }
        return new Table(CAPTION, period.columns(), rows, published.manifest());
    }
}
