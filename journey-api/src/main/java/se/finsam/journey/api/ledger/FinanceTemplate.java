package se.finsam.journey.api.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The finance file's template, as CSV (UTF-8 with BOM, semicolons) and as Excel: the Swedish column names, example
 * rows, and (in the CSV, as comment rows the import skips) what each column takes.
 */
final class FinanceTemplate {

    static final List<String> NOTES = List.of(
            "# Typ: Tilldelning, Budget, Kostnad (utfall) eller Prognos. Insats: insatsens kod, eller Förbund: förbundets "
                    + "kod för förbundets egna poster.",
            "# Tilldelning: År, Finansiär, Belopp. Budget: År, Kostnadsslag, Belopp. Kostnad: Från, Till, Kostnadsslag, "
                    + "Belopp. Prognos: År, Prognosdatum, Kostnadsslag, Belopp (helårsprognos).",
            "# Finansiär: Samordningsförbundet, Försäkringskassan, Region, Arbetsförmedlingen, Kommun 1982 (kommunkod) "
                    + "eller OTHER:namn. Kostnadsslag: Personal, Lokaler, Övriga eller eget namn.",
            "# Belopp i kronor: 1 234 567 eller 1234567,50. Post-id (valfritt): samma id och innehåll igen lagras inte "
                    + "två gånger.");

    private FinanceTemplate() {
    }

    static byte[] csv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", FinanceColumns.COLUMNS.values())).append("\r\n");
        NOTES.forEach(note -> csv.append('"').append(note.replace("\"", "\"\"")).append('"').append("\r\n"));
        for (Map<String, String> example : FinanceColumns.examples()) {
            csv.append(String.join(";", cells(example))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Ekonomi");
            XSSFCellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            int c = 0;
            for (String column : FinanceColumns.COLUMNS.values()) {
                header.createCell(c).setCellValue(column);
                header.getCell(c++).setCellStyle(bold);
            }
            int r = 1;
            for (Map<String, String> example : FinanceColumns.examples()) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(example);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            Sheet notes = workbook.createSheet("Förklaring");
            for (int i = 0; i < NOTES.size(); i++) {
                notes.createRow(i).createCell(0).setCellValue(NOTES.get(i).substring(2));
            }
            for (int i = 0; i < FinanceColumns.COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the template could not be written", e);
        }
    }

    private static List<String> cells(Map<String, String> example) {
        List<String> cells = new ArrayList<>();
        FinanceColumns.COLUMNS.keySet().forEach(field -> cells.add(example.getOrDefault(field, "")));
        return cells;
    }
}
