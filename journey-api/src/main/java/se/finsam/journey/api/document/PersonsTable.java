package se.finsam.journey.api.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.api.persons.PersonsReport;
import se.finsam.journey.api.reports.Published;
import se.finsam.journey.document.Cell;
import se.finsam.journey.document.Row;
import se.finsam.journey.document.Table;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.PersonFigures;

/**
 * An association's journeys and persons side by side ("468 deltagare, 177 unika"), as the persons report published
 * them: per population the journeys, then the persons they are, this period, a year earlier and the change, under
 * the persons report's own manifest and small-cell protection.
 */
final class PersonsTable {

    static final String CAPTION = "Deltaganden och unika personer i förbundets team";

    private static final Map<String, String> POPULATIONS = Map.of("participants", "Deltagare under perioden",
            "new", "Nya deltagare", "closed", "Avslutade deltagare");

    private PersonsTable() {
    }

    static Table of(Published<PersonsReport.Computed, PersonsReport.Hidden> published, PeriodWords period) {
        PersonsReport.Computed computed = published.figures();
        PersonsReport.Hidden hidden = published.suppression();
        Set<String> hiddenNow = hidden == null ? Set.of() : hidden.cells();
        Set<String> hiddenBefore = hidden == null ? Set.of() : hidden.previousCells();
        List<Row> rows = new ArrayList<>();
        for (String population : PersonFigures.POPULATIONS) {
            for (String side : List.of("journeys", "persons")) {
                String cell = population + "." + side;
                Integer now = hiddenNow.contains(cell) ? null : count(computed.cells(), cell);
                Integer before = computed.previousCells() == null || hiddenBefore.contains(cell) ? null
                        : count(computed.previousCells(), cell);
                String label = POPULATIONS.get(population) + (side.equals("journeys") ? ", deltaganden" : ", personer");
                rows.add(new Row(label, List.of(
                        DocumentCells.national(cell, now, hiddenNow.contains(cell), false),
                        DocumentCells.national(cell, before, hiddenBefore.contains(cell), false),
                        DocumentCells.national(cell, now == null || before == null ? null : now - before,
                                now == null || before == null, true)), false));
            }
        }
        return new Table(CAPTION, period.columns(), rows, published.manifest());
    }

    private static Integer count(Map<String, Figure> cells, String cell) {
        return ((Figure.Count) cells.get(cell)).value();
    }
}
