package se.finsam.journey.api.reports.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.finsam.journey.catalogue.FigureKind;

/**
 * The whole report as an Excel workbook laid out like the page: one sheet per section, each table under its
 * caption, a row per figure with the value, last year's value and the change for each column group. Numbers are
 * numbers (shares as the percentage the API gives, e.g. 13.4, shown with "%"); a cell hidden by small-cell
 * protection holds the text "·" and the header explains it. The header of every sheet names the question (scope,
 * period, as-of, suppression), the manifest id and the definition set, so a figure in a forwarded file can be
 * traced back.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    /**
     * @param header the lines of the header (question, manifest, definitions), already in the user's language
     */
    static byte[] of(ReportView view, List<String> header, Function<String, String> text) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            for (ReportView.Section section : view.sections()) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(section.title()));
                int r = 0;
                Cell title = sheet.createRow(r++).createCell(0);
                title.setCellValue(section.title());
                title.setCellStyle(styles.title);
                for (String line : header) {
                    sheet.createRow(r++).createCell(0).setCellValue(line);
                }
                r++;
                for (ReportView.Table table : section.tables()) {
                    r = table(sheet, r, table, view.compared(), styles, text) + 1;
                }
                sheet.setColumnWidth(0, 48 * 256);
                for (int c = 1; c <= 6; c++) {
                    sheet.setColumnWidth(c, 14 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int table(Sheet sheet, int r, ReportView.Table table, boolean compared, Styles styles,
                             Function<String, String> text) {
        Cell caption = sheet.createRow(r++).createCell(0);
        caption.setCellValue(table.caption());
        caption.setCellStyle(styles.caption);
        Row head = sheet.createRow(r++);
        int c = 0;
        head(head, c++, "", styles);
        for (String column : table.columns()) {
            head(head, c++, column, styles);
            if (compared) {
                head(head, c++, column + " – " + text.apply("reports.col.previous"), styles);
                head(head, c++, text.apply("reports.col.change"), styles);
            }
        }
        for (ReportView.Row row : table.rows()) {
            Row line = sheet.createRow(r++);
            Cell label = line.createCell(0);
            label.setCellValue(row.label());
            if (row.total()) {
                label.setCellStyle(styles.bold);
            }
            c = 1;
            for (ReportView.Cell cell : row.cells()) {
                if (cell == null) {
                    c += compared ? 3 : 1;
                    continue;
                }
                value(line.createCell(c++), cell.now(), styles);
                if (compared) {
                    value(line.createCell(c++), cell.before(), styles);
                    Cell change = line.createCell(c++);
                    if (cell.change().hidden()) {
                        change.setCellValue("·");
                        change.setCellStyle(styles.hidden);
                    } else if (cell.change().number() != null) {
                        change.setCellValue(number(cell.change().number()));
                        change.setCellStyle(cell.now().kind() == FigureKind.COUNT ? styles.signedCount
                                : styles.signedDecimal);
                    }
                }
            }
        }
        return r;
    }

    private static void head(Row row, int c, String text, Styles styles) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(styles.head);
    }

    private static void value(Cell cell, ReportView.Value value, Styles styles) {
        if (value.hidden()) {
            cell.setCellValue("·");
            cell.setCellStyle(styles.hidden);
        } else if (value.number() == null) {
            cell.setCellValue("–");
            cell.setCellStyle(styles.hidden);
        } else {
            cell.setCellValue(number(value.number()));
            cell.setCellStyle(switch (value.kind()) {
                case COUNT -> styles.count;
                case SHARE -> styles.share;
                case MEAN -> styles.decimal;
            });
        }
    }

    private static double number(Object number) {
        return number instanceof Integer i ? i : ((BigDecimal) number).doubleValue();
    }

    /** The few cell styles of the workbook (a workbook holds a limited number, so they are made once). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle caption;
        final CellStyle head;
        final CellStyle bold;
        final CellStyle count;
        final CellStyle decimal;
        final CellStyle share;
        final CellStyle signedCount;
        final CellStyle signedDecimal;
        final CellStyle hidden;

        Styles(Workbook book) {
            CreationHelper helper = book.getCreationHelper();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font strong = book.createFont();
            strong.setBold(true);
            title = book.createCellStyle();
            title.setFont(big);
            caption = book.createCellStyle();
            caption.setFont(strong);
            head = book.createCellStyle();
            head.setFont(strong);
            head.setBorderBottom(BorderStyle.THIN);
            head.setWrapText(true);
            bold = book.createCellStyle();
            bold.setFont(strong);
            count = format(book, helper, "0");
            decimal = format(book, helper, "0.0");
            share = format(book, helper, "0.0\" %\"");
            signedCount = format(book, helper, "+0;−0;0");
            signedDecimal = format(book, helper, "+0.0;−0.0;0.0");
            hidden = book.createCellStyle();
            hidden.setAlignment(HorizontalAlignment.RIGHT);
        }

        private static CellStyle format(Workbook book, CreationHelper helper, String pattern) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(helper.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
