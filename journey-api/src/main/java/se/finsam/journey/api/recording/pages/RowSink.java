package se.finsam.journey.api.recording.pages;

import java.util.List;

/** Where a spreadsheet's rows go, one at a time, in order, numbered from 1 as the spreadsheet numbers them. */
public interface RowSink {

    /** The most characters a row may hold: an import line (64 KiB) is made from one. */
    int MOST_ROW_CHARS = 64 * 1024;
    /** Cells beyond this column are not read: the template has 25, and a header never names one so far out. */
    int MOST_COLUMNS = 256;

    /**
     * Row {@code number} with its cells (blank ones as ""), or with {@code tooLong} set and no cells when it holds
     * more than {@link #MOST_ROW_CHARS} characters. Returns false to stop reading.
     */
    boolean row(int number, List<String> cells, boolean tooLong);

    /** A file whose reading stops at a row that cannot be read at all (a single cell longer than a line). */
    final class CellTooLong extends Exception {
        public final int row;

        CellTooLong(int row) {
            super("row " + row + " has a cell longer than 64 KiB", null, false, false);
            this.row = row;
        }
    }
}
