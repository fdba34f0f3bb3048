package se.finsam.journey.api.recording.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a spreadsheet: the row it is on and the record field each column fills (Swedish column names
 * of the template, or the API's field names). The first row with anything in it is the header.
 */
record SpreadsheetHeader(int row, Map<Integer, String> columns) {

    static final List<String> REQUIRED = List.of("journeyId", "type", "date");

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    static boolean comment(List<String> cells) {
        return !cells.isEmpty() && cells.get(0).startsWith("#");
    }

    /**
     * Reads rows until the header and a first row with data below it, and says plainly what is missing when
     * there is no such row: the whole file blank (e.g. only semicolons), a header without a required column, or a
     * header with nothing under it.
     */
    static final class Scan implements RowSink {
        private final CodeLabels labels;
        private SpreadsheetHeader header;
        private String missingColumn;
        private int rows;
        private boolean data;

        Scan(CodeLabels labels) {
            this.labels = labels;
        }

        @Override
        public boolean row(int number, List<String> cells, boolean tooLong) {
            rows = number;
            if (header == null) {
                if (tooLong) {
                    missingColumn = REQUIRED.get(0);
                    return false;
                }
                if (blank(cells)) {
                    return true;
                }
                header = new SpreadsheetHeader(number, columns(cells));
                missingColumn = REQUIRED.stream().filter(f -> !header.columns().containsValue(f)).findFirst().orElse(null);
                return missingColumn == null;
            }
            data = tooLong || !(blank(cells) || comment(cells));
            return !data;
        }

        SpreadsheetHeader header() throws ImportFile.Unreadable {
            if (header == null && missingColumn == null) {
                throw rows == 0 ? new ImportFile.Unreadable("import.error.empty", null)
                        : new ImportFile.Unreadable("import.error.onlyBlankRows", String.valueOf(rows));
            }
            if (missingColumn != null) {
                throw new ImportFile.Unreadable("import.error.header", labels.column(missingColumn));
            }
            if (!data) {
                throw new ImportFile.Unreadable("import.error.noRows", null);
            }
            return header;
        }

        private Map<Integer, String> columns(List<String> cells) {
            Map<Integer, String> columns = new HashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                String title = cells.get(c).strip();
                for (String field : ImportTemplate.COLUMNS) {
                    if (title.equalsIgnoreCase(labels.column(field)) || title.equalsIgnoreCase(field)) {
                        columns.put(c, field);
                    }
                }
            }
            return columns;
        }
    }
}
