package se.finsam.journey.api.recording.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.recording.RecordSchema;
import se.finsam.journey.api.web.PagesConfiguration;
import se.finsam.journey.journey.RecordType;

/**
 * The spreadsheet teams keep, as a template: one row per record, Swedish column names, codes by their Swedish
 * label or their API code. The Excel file explains columns and codes on a second sheet; the CSV file in rows
 * starting with {@code #}, which an import skips.
 */
@Component
class ImportTemplate {

    /** The columns in order, named by the record field they fill ({@code type} is the record type). */
    static final List<String> COLUMNS = RecordSchema.columns();
    static final String SHEET = "Registreringar";

    private final CodeLabels labels;

    ImportTemplate(CodeLabels labels) {
        this.labels = labels;
    }

    List<String> headers() {
        return COLUMNS.stream().map(labels::column).toList();
    }

    /** Rows of the explanation: column, what it holds; then every code list with code and label. */
    List<List<String>> explanation() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(labels.message("template.column", null, "Kolumn", PagesConfiguration.SWEDISH),
                labels.message("template.explain", null, "Förklaring", PagesConfiguration.SWEDISH)));
        for (String column : COLUMNS) {
            rows.add(List.of(labels.column(column), labels.message("template.help." + column, null, "",
                    PagesConfiguration.SWEDISH)));
        }
        rows.add(List.of());
        rows.add(List.of(labels.column("type"), labels.message("template.label", null, "Betydelse",
                PagesConfiguration.SWEDISH)));
        for (RecordType type : RecordSchema.SENT) {
            rows.add(List.of(labels.message("type." + type.wireName(), null, type.wireName(),
                    PagesConfiguration.SWEDISH), type.wireName()));
        }
        for (RecordSchema.Field field : RecordSchema.codedFields()) {
            rows.add(List.of());
            rows.add(List.of(labels.column(field.path()), labels.message("template.code", null, "Kod",
                    PagesConfiguration.SWEDISH)));
            for (String code : field.codes().codes()) {
                rows.add(List.of(labels.label(CodeLabels.prefix(field.codes()), code, PagesConfiguration.SWEDISH),
                        code));
            }
        }
        return rows;
    }

    byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet records = workbook.createSheet(SHEET);
            Row header = records.createRow(0);
            List<String> headers = headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
                records.setColumnWidth(i, Math.max(12, headers.get(i).length() + 2) * 256);
            }
            records.createFreezePane(0, 1);
            Sheet codes = workbook.createSheet(labels.message("template.codes", null, "Koder",
                    PagesConfiguration.SWEDISH));
            List<List<String>> explanation = explanation();
            for (int r = 0; r < explanation.size(); r++) {
                Row row = codes.createRow(r);
                for (int c = 0; c < explanation.get(r).size(); c++) {
                    row.createCell(c).setCellValue(explanation.get(r).get(c));
                }
            }
            codes.setColumnWidth(0, 40 * 256);
            codes.setColumnWidth(1, 90 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(String.join(";", headers().stream().map(ImportTemplate::quoted).toList())).append("\r\n");
        for (List<String> row : explanation()) {
            text.append("# ").append(String.join(";", row.stream().map(ImportTemplate::quoted).toList()))
                    .append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
