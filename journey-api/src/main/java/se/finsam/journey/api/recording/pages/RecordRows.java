package se.finsam.journey.api.recording.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.api.recording.Importer;

/**
 * Spreadsheet rows under the header turned into the API's NDJSON lines, one per row, fed to the import as they
 * are read. Line n is the n-th row under the header, so rows that hold no record (blank, or a comment starting
 * with "#") are passed on as blank lines, which the import counts but skips.
 */
final class RecordRows implements RowSink {

    private final SpreadsheetHeader header;
    private final ObjectMapper json;
    private final CodeLabels labels;
    private final Importer importer;
    private int lastRow;

    RecordRows(SpreadsheetHeader header, ObjectMapper json, CodeLabels labels, Importer importer) {
        this.header = header;
        this.json = json;
        this.labels = labels;
        this.importer = importer;
    }

    /** The last row handed to the import. */
    int lastRow() {
        return lastRow;
    }

    @Override
    public boolean row(int number, List<String> cells, boolean tooLong) {
        if (number <= header.row()) {
            return true;
        }
        lastRow = number;
        if (tooLong) {
            importer.unreadable("row-too-long", "the row is longer than 64 KiB, the most a record may hold");
        } else if (SpreadsheetHeader.blank(cells) || SpreadsheetHeader.comment(cells)) {
            importer.line("");
        } else {
            Map<String, String> values = new HashMap<>();
            header.columns().forEach((c, field) -> {
                if (c < cells.size() && !cells.get(c).isBlank()) {
                    values.put(field, cells.get(c));
                }
            });
            String type = labels.type(values.getOrDefault("type", ""));
            importer.line(RecordRequests.toJson(json, labels, type, values.get("journeyId"), values.get("recordId"),
                    values.get("date"), values).toString());
        }
        return true;
    }
}
