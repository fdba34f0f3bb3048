package se.finsam.journey.catalogue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a report's figures go in the tables teams publish: sections of tables, each row a label and a figure per
 * column. Labels, captions and titles are message keys. Both the page and the spreadsheet export draw a report
 * from one layout, so they cannot disagree; a figure's place in it is asked here, never found by position.
 */
public record Layout(List<Section> sections) {

    public Layout {
        sections = List.copyOf(sections);
    }

    /** A heading with its tables; {@code id} is the section's anchor. */
    public record Section(String id, String title, List<Table> tables) {

        public Section {
            tables = List.copyOf(tables);
        }
    }

    /**
     * A table: its caption, the labels of its columns (each shown with last year's value and the change beside it)
     * and its rows. With {@code perKey}, the table stands once for each key of that family the report has, captioned
     * by the key's label, and its rows' families with keys take that key.
     */
    public record Table(String id, String caption, List<String> columns, List<Row> rows, FigureFamily perKey) {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public Table(String id, String caption, List<String> columns, List<Row> rows) {
            this(id, caption, columns, rows, null);
        }

        /** The column a family's figures stand in, if the table holds the family. */
        public Optional<Integer> columnOf(FigureFamily family) {
            for (Row row : rows) {
                int column = row.cells().indexOf(family);
                if (column >= 0) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    /** Rows of a table. */
    public sealed interface Row {

        /** A figure per column; null for an empty cell. */
        List<FigureFamily> cells();

        /** One row: its label and a figure per column; a family with keys takes the table's key. */
        record Fixed(String label, List<FigureFamily> cells, boolean total) implements Row {

            public Fixed {
                cells = Collections.unmodifiableList(Arrays.asList(cells.toArray(FigureFamily[]::new)));
            }
        }

        /**
         * One row per key that any of the families (one per column) has in the report, in report order; labelled by
         * the key's label in its code list, or with {@code labels} the message {@code labels + key}.
         */
        record ByKey(List<FigureFamily> cells, String labels) implements Row {

            public ByKey {
                cells = List.copyOf(cells);
            }
        }
    }

    /** Where a family's figures stand: the section, the table and the column. */
    public record Place(Section section, Table table, int column) {
    }

    /** The place of a family's figures, if the layout shows them. */
    public Optional<Place> placeOf(FigureFamily family) {
        for (Section section : sections) {
            for (Table table : section.tables()) {
                Optional<Integer> column = table.columnOf(family);
                if (column.isPresent()) {
                    return Optional.of(new Place(section, table, column.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Every family the layout shows. */
    public Set<FigureFamily> laidOut() {
        Set<FigureFamily> shown = new LinkedHashSet<>();
        sections.forEach(section -> section.tables().forEach(table -> table.rows().forEach(row ->
                row.cells().stream().filter(family -> family != null).forEach(shown::add))));
        return shown;
    }
}
