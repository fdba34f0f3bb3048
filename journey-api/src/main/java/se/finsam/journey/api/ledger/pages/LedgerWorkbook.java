package se.finsam.journey.api.ledger.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A ledger report as an Excel workbook laid out like its page: the question, manifest and position at the top, then
 * each table under its caption. Numbers are numbers; a cell hidden by small-number protection holds "·".
 */
final class LedgerWorkbook {

    private LedgerWorkbook() {
    }

    static byte[] of(String title, List<String> header, List<LedgerReportView.Table> tables) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(title));
            int r = 0;
            Row titleRow = sheet.createRow(r++);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(bold);
            for (String line : header) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            for (LedgerReportView.Table table : tables) {
                r++;
                Row caption = sheet.createRow(r++);
                caption.createCell(0).setCellValue(table.caption());
                caption.getCell(0).setCellStyle(bold);
                Row head = sheet.createRow(r++);
                for (int c = 0; c < table.columns().size(); c++) {
                    head.createCell(c + 1).setCellValue(table.columns().get(c));
                    head.getCell(c + 1).setCellStyle(bold);
                }
                for (LedgerReportView.Row row : table.rows()) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(row.label());
                    for (int c = 0; c < row.cells().size(); c++) {
                        LedgerReportView.Cell cell = row.cells().get(c);
                        if (cell.number() != null) {
                            line.createCell(c + 1).setCellValue(cell.number().doubleValue());
                        } else {
                            line.createCell(c + 1).setCellValue(cell.text());
                        }
                    }
                }
            }
            sheet.setColumnWidth(0, 48 * 256);
            for (int c = 1; c <= 10; c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
