package se.finsam.journey.api.pages.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded file turned into the NDJSON lines of the API's import, one line per record row (blank rows stay
 * blank lines, so line numbers still point at rows), and for a spreadsheet the row each line came from.
 */
final class ImportFile {

    enum Format { NDJSON, CSV, XLSX }

    /** A file the page cannot read; {@code key} names the message, {@code argument} fills it. */
    static final class Unreadable extends Exception {
        final String key;
        final String argument;

        Unreadable(String key, String argument) {
            super(key, null, false, false);
            this.key = key;
            this.argument = argument;
        }
    }

    final Format format;
    final List<String> lines;
    /** For a spreadsheet, the row number (1 = the header) of each line; empty for NDJSON. */
    final List<Integer> rows;

    private ImportFile(Format format, List<String> lines, List<Integer> rows) {
        this.format = format;
        this.lines = lines;
        this.rows = rows;
    }

    int rowOf(int line) {
        return rows.isEmpty() || line < 1 || line > rows.size() ? line : rows.get(line - 1);
    }

    static ImportFile read(String filename, byte[] bytes, ObjectMapper json, CodeLabels labels) throws Unreadable {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            throw new Unreadable("import.error.empty", null);
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return fromRows(Format.XLSX, xlsxRows(bytes), json, labels);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0
                && (bytes[1] & 0xff) == 0xCF)) {
            throw new Unreadable("import.error.xlsx", null);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new Unreadable("import.error.format", null);
        }
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new Unreadable("import.error.empty", null);
        }
        if (start.startsWith("{")) {
            return new ImportFile(Format.NDJSON, List.of(text.split("\r?\n", -1)), List.of());
        }
        String firstLine = start.lines().findFirst().orElse("");
        if (name.endsWith(".csv") || firstLine.contains(";")) {
            return fromRows(Format.CSV, csvRows(text, firstLine.contains(";") ? ';' : ','), json, labels);
        }
        throw new Unreadable("import.error.format", null);
    }

    /** Splits CSV text into rows of cells: quotes may hold separators, quotes ("") and line breaks. */
    static List<List<String>> csvRows(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> xlsxRows(byte[] bytes) throws Unreadable {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("import.error.xlsx", null);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }

    /** Rows under a header of Swedish column names (or field names) to NDJSON lines; rows starting "#" skipped. */
    private static ImportFile fromRows(Format format, List<List<String>> rows, ObjectMapper json, CodeLabels labels)
            throws Unreadable {
        int headerIndex = 0;
        while (headerIndex < rows.size() && blank(rows.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex == rows.size()) {
            throw new Unreadable("import.error.empty", null);
        }
        Map<Integer, String> columns = new HashMap<>();
        List<String> header = rows.get(headerIndex);
        for (int c = 0; c < header.size(); c++) {
            String title = header.get(c).strip();
            for (String field : ImportTemplate.COLUMNS) {
                if (title.equalsIgnoreCase(labels.column(field)) || title.equalsIgnoreCase(field)) {
                    columns.put(c, field);
                }
            }
        }
        for (String required : List.of("journeyId", "type", "date")) {
            if (!columns.containsValue(required)) {
                throw new Unreadable("import.error.header", labels.column(required));
            }
        }
        List<String> lines = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (int r = headerIndex + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (!row.isEmpty() && row.get(0).startsWith("#")) {
                continue;
            }
            rowNumbers.add(r + 1);
            if (blank(row)) {
                lines.add("");
                continue;
            }
            Map<String, String> values = new HashMap<>();
            columns.forEach((c, field) -> {
                if (c < row.size() && !row.get(c).isBlank()) {
                    values.put(field, row.get(c));
                }
            });
            String type = labels.type(values.getOrDefault("type", ""));
            lines.add(RecordRequests.toJson(json, labels, type, values.get("journeyId"), values.get("recordId"),
                    values.get("date"), values).toString());
        }
        if (lines.stream().allMatch(String::isEmpty)) {
            throw new Unreadable("import.error.empty", null);
        }
        return new ImportFile(format, lines, rowNumbers);
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }
}
