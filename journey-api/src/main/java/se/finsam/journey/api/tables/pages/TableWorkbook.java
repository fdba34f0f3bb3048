package se.finsam.journey.api.tables.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.finsam.journey.catalogue.FigureKind;
import se.finsam.journey.api.reports.pages.ReportView;

/**
 * A definition's tables as an Excel workbook: one sheet per table, named after its title, under a header that
 * names the definition (id, version, SHA-256), the question and the manifest; the table laid out as on the page,
 * numbers as numbers (shares as the percentage, e.g. 73.9, with a "%" format, to the table's decimals), a cell hidden
 * by small-cell protection as the text "·".
 */
final class TableWorkbook {

    private TableWorkbook() {
    }

    static byte[] of(TableView view, List<String> header, Locale language, TableLabels labels) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CreationHelper helper = book.getCreationHelper();
            Font strong = book.createFont();
            strong.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(strong);
            Set<String> names = new HashSet<>();
            for (TableView.Table table : view.tables()) {
                Sheet sheet = book.createSheet(sheetName(table, names));
                int r = 0;
                Cell title = sheet.createRow(r++).createCell(0);
                title.setCellValue(table.title());
                title.setCellStyle(bold);
                for (String line : header) {
                    sheet.createRow(r++).createCell(0).setCellValue(line);
                }
                sheet.createRow(r++).createCell(0).setCellValue(labels.message("tables.run.population", language)
                        + ": " + table.population());
                r++;
                Styles styles = new Styles(book, helper, table.decimals(), bold);
                r = heads(sheet, r, table, view.compared(), styles, labels, language);
                for (TableView.Row row : table.rows()) {
                    Row line = sheet.createRow(r++);
                    Cell label = line.createCell(0);
                    label.setCellValue(row.label());
                    if (row.total()) {
                        label.setCellStyle(bold);
                    }
                    int c = 1;
                    for (ReportView.Cell cell : row.cells()) {
                        value(line.createCell(c++), cell.now(), styles);
                        if (view.compared()) {
                            value(line.createCell(c++), cell.before(), styles);
                            change(line.createCell(c++), cell, styles);
                        }
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet name Excel takes (at most 31 characters, none of []:*?/\) and that no earlier sheet has. */
    private static String sheetName(TableView.Table table, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(table.title());
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The column heads: each column's label over its values (and, compared, over now, last year and change). */
    private static int heads(Sheet sheet, int r, TableView.Table table, boolean compared, Styles styles,
                             TableLabels labels, Locale language) {
        int span = table.values().size() * (compared ? 3 : 1);
        if (!table.columns().isEmpty()) {
            Row columns = sheet.createRow(r++);
            for (int k = 0; k < table.columns().size(); k++) {
                head(columns, 1 + k * span, table.columns().get(k), styles);
            }
        }
        Row values = sheet.createRow(r++);
        Row years = compared ? sheet.createRow(r++) : null;
        int groups = Math.max(1, table.columns().size());
        for (int k = 0; k < groups; k++) {
            for (int v = 0; v < table.values().size(); v++) {
                int c = 1 + k * span + v * (compared ? 3 : 1);
                head(values, c, table.values().get(v), styles);
                if (compared) {
                    head(years, c, labels.message("tables.run.now", language), styles);
                    head(years, c + 1, labels.message("reports.col.previous", language), styles);
                    head(years, c + 2, labels.message("reports.col.change", language), styles);
                }
            }
        }
        return r;
    }

    private static void head(Row row, int c, String text, Styles styles) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(styles.bold);
    }

    private static void value(Cell cell, ReportView.Value value, Styles styles) {
        if (value.hidden() || value.number() == null) {
            cell.setCellValue(value.hidden() ? "·" : "–");
            return;
        }
        cell.setCellValue(number(value.number()));
        cell.setCellStyle(switch (value.kind()) {
            case COUNT -> styles.count;
            case SHARE -> styles.share;
            case MEAN -> styles.decimal;
        });
    }

    private static void change(Cell cell, ReportView.Cell shown, Styles styles) {
        if (shown.change().hidden()) {
            cell.setCellValue("·");
        } else if (shown.change().number() != null) {
            cell.setCellValue(number(shown.change().number()));
            cell.setCellStyle(shown.now().kind() == FigureKind.COUNT ? styles.signedCount : styles.signedDecimal);
        }
    }

    private static double number(Object number) {
        return number instanceof Integer i ? i : ((BigDecimal) number).doubleValue();
    }

    /** The styles of one table's numbers (its decimals); a workbook holds few styles, so each is made once a table. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle count;
        final CellStyle decimal;
        final CellStyle share;
        final CellStyle signedCount;
        final CellStyle signedDecimal;

        Styles(Workbook book, CreationHelper helper, int decimals, CellStyle bold) {
            String fraction = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
            this.bold = bold;
            count = format(book, helper, "0");
            decimal = format(book, helper, fraction);
            share = format(book, helper, fraction + "\" %\"");
            signedCount = format(book, helper, "+0;−0;0");
            signedDecimal = format(book, helper, "+" + fraction + ";−" + fraction + ";" + fraction);
        }

        private static CellStyle format(Workbook book, CreationHelper helper, String pattern) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(helper.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
