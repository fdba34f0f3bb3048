package se.finsam.journey.api.recording.pages;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read a cell at a time with Jackson's streaming CSV parser: quotes may hold separators, quotes ("")
 * and line breaks. Only one row is in memory, and of it at most {@link RowSink#MOST_COLUMNS} cells and
 * {@link RowSink#MOST_ROW_CHARS} characters, so a file of a single line of 50 million semicolons is read in
 * constant memory. A cell longer than a row may be cannot be skipped by the parser; reading stops there.
 */
public final class CsvRows {

    private static final CsvFactory CSV = CsvFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(RowSink.MOST_ROW_CHARS).build()).build();

    private CsvRows() {
    }

    /** Reads UTF-8 text (a byte-order mark is skipped) separated by {@code separator}, row by row into the sink. */
    public static void read(InputStream bytes, char separator, RowSink sink) throws IOException, RowSink.CellTooLong {
        Reader text = new InputStreamReader(bytes, StandardCharsets.UTF_8);
        try (CsvParser parser = CSV.createParser(withoutByteOrderMark(text))) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            int row = 0;
            List<String> cells = new ArrayList<>();
            int chars = 0;
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.START_ARRAY) {
                        row++;
                        cells = new ArrayList<>();
                        chars = 0;
                    } else if (token == JsonToken.VALUE_STRING) {
                        String cell = parser.getText();
                        chars += cell.length();
                        if (cells.size() < RowSink.MOST_COLUMNS && chars <= RowSink.MOST_ROW_CHARS) {
                            cells.add(cell);
                        }
                    } else if (token == JsonToken.END_ARRAY) {
                        boolean tooLong = chars > RowSink.MOST_ROW_CHARS;
                        if (!sink.row(row, tooLong ? List.of() : cells, tooLong)) {
                            return;
                        }
                    }
                }
            } catch (StreamConstraintsException e) {
                throw new RowSink.CellTooLong(Math.max(row, 1));
            }
        }
    }

    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        PushbackReader reader = new PushbackReader(text, 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
