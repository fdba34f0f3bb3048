package se.finsam.journey.document;

import java.util.List;

/**
 * A table of figures: its caption, column headers, rows, and the manifest that produced its numbers, printed under
 * it so that an auditor can ask journey to recompute any of them.
 *
 * @param notes footnotes of the table's own, printed under it (the one about hidden small numbers is added by
 *              itself where a cell is hidden)
 */
public record Table(String caption, Columns columns, List<Row> rows, String manifestId, List<String> notes)
        implements Block {

    public Table {
        caption = Text.required(caption, "a table caption");
        manifestId = Text.required(manifestId, "the manifest id of table \"" + caption + "\"");
        rows = List.copyOf(rows);
        notes = notes.stream().map(Text::optional).filter(note -> note != null).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("table \"" + caption + "\" has no rows");
        }
        int width = columns.leaves().size();
        for (Row row : rows) {
            if (row.cells().size() != width) {
                throw new IllegalArgumentException("row \"" + row.label() + "\" of table \"" + caption + "\" has "
                        + row.cells().size() + " cells for " + width + " columns");
            }
        }
    }

    public Table(String caption, Columns columns, List<Row> rows, String manifestId) {
        this(caption, columns, rows, manifestId, List.of());
    }

    /** Whether small-number protection hid any cell (then a footnote says what "·" means). */
    public boolean hasSuppressedCells() {
        return rows.stream().flatMap(row -> row.cells().stream()).anyMatch(Cell.Suppressed.class::isInstance);
    }
}
