package se.finsam.journey.api.tables.pages;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.reports.ReportManifests;
import se.finsam.journey.api.tables.TableReports;
import se.finsam.journey.tables.Dimension;
import se.finsam.journey.tables.TableSpec;
import se.finsam.journey.tables.TableValue;

/**
 * A cell of an analyst's table named in words for the audit pages (a restatement of a table manifest): "Avslut
 * efter orsak och kön: Studier, Kvinna (Antal)", from the version the manifest names. A cell it cannot place is
 * shown as its key.
 */
@Component
public class TableCellNames {

    private final TableReports tables;
    private final TableLabels labels;

    TableCellNames(TableReports tables, TableLabels labels) {
        this.tables = tables;
        this.labels = labels;
    }

    /** {@code cell} is a cell key of the answer: {@code ROW/VALUE} or {@code ROW/COLUMN/VALUE}. */
    public String name(ReportManifests.Manifest manifest, String table, String cell, Locale locale) {
        Optional<TableSpec> spec = tables.resolve(manifest.subject().definitionId(),
                manifest.subject().definitionVersion()).definition().table(table);
        int last = cell.lastIndexOf('/');
        if (spec.isEmpty() || last < 0) {
            return table + "/" + cell;
        }
        Optional<TableValue> value = TableValue.byName(cell.substring(last + 1));
        String place = cell.substring(0, last);
        String words;
        if (!spec.get().hasColumns()) {
            words = labels.category(spec.get().rows(), place, locale);
        } else {
            // Only an open dimension's keys may hold a '/': split on the other side.
            boolean openRows = spec.get().rows().by().kind() == Dimension.Kind.OPEN;
            int at = openRows ? place.lastIndexOf('/') : place.indexOf('/');
            words = at < 0 ? place : labels.category(spec.get().rows(), place.substring(0, at), locale) + ", "
                    + labels.category(spec.get().columns(), place.substring(at + 1), locale);
        }
        return spec.get().title() + ": " + words + value.map(v -> " (" + labels.value(v, locale) + ")").orElse("");
    }
}
