package se.finsam.journey.document;

import java.util.Arrays;
import java.util.List;

/** One row of a table: its label and a cell per number column; a total row is emphasised. */
public record Row(String label, List<Cell> cells, boolean total) {

    public Row {
        label = Text.required(label, "a row label");
        cells = List.copyOf(cells);
    }

    public static Row of(String label, Cell... cells) {
        return new Row(label, Arrays.asList(cells), false);
    }

    public static Row total(String label, Cell... cells) {
        return new Row(label, Arrays.asList(cells), true);
    }
}
