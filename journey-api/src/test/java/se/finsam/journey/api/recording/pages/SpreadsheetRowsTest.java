package se.finsam.journey.api.recording.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming spreadsheet readers on their own: what rows they pass on, and what they refuse to hold. */
class SpreadsheetRowsTest {

    /** Every row passed on: its number, then its cells, or "TOO LONG". */
    private static final class Collected implements RowSink {
        final List<String> rows = new ArrayList<>();

        @Override
        public boolean row(int number, List<String> cells, boolean tooLong) {
            rows.add(number + ": " + (tooLong ? "TOO LONG" : String.join("|", cells)));
            return true;
        }
    }

    private static List<String> csv(String text, char separator) throws Exception {
        Collected rows = new Collected();
        CsvRows.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), separator, rows);
        return rows.rows;
    }

    @Test
    void csvQuotesHoldSeparatorsQuotesAndLineBreaksAndABlankLineIsABlankRow() throws Exception {
        assertThat(csv("\uFEFFa;\"b;c\";\"say \"\"hi\"\"\"\r\n\r\n\"two\nlines\";x\n", ';'))
                .containsExactly("1: a|b;c|say \"hi\"", "2: ", "3: two\nlines|x");
    }

    @Test
    void aCsvRowOfMillionsOfSeparatorsIsOneRowOfAtMost256EmptyCells() throws Exception {
        Collected rows = new Collected();
        List<Integer> widths = new ArrayList<>();
        CsvRows.read(new ByteArrayInputStream(";".repeat(5_000_000).getBytes(StandardCharsets.US_ASCII)), ';',
                (number, cells, tooLong) -> widths.add(cells.size()) && rows.row(number, cells, tooLong));

        assertThat(widths).containsExactly(RowSink.MOST_COLUMNS);
    }

    @Test
    void aCsvRowOfMoreThan64KiBIsPassedOnAsTooLongAndTheNextRowIsRead() throws Exception {
        String cell = "x".repeat(40_000);
        assertThat(csv(cell + ";" + cell + "\nnext;row\n", ';')).containsExactly("1: TOO LONG", "2: next|row");
    }

    @Test
    void aCsvCellLongerThanARowMayBeStopsTheReadingAtItsRow() {
        String text = "a;b\n" + "x".repeat(RowSink.MOST_ROW_CHARS + 1) + ";c\nd;e\n";

        assertThatThrownBy(() -> csv(text, ';')).isInstanceOfSatisfying(RowSink.CellTooLong.class,
                e -> assertThat(e.row).isEqualTo(2));
    }

    @Test
    void anExcelSheetPassesOnRowsItLeavesOutAsBlankDatesAsIsoDatesAndNumbersInFull(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("sheet.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Registreringar");
            Row first = sheet.createRow(0);
            first.createCell(0).setCellValue("id");
            first.createCell(2).setCellValue("datum");
            Row third = sheet.createRow(2);
            third.createCell(0).setCellValue("sala-1");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            third.createCell(1).setCellValue(LocalDate.of(2025, 3, 1));
            third.getCell(1).setCellStyle(date);
            third.createCell(2).setCellValue(4.5);
            third.createCell(3).setCellValue(1985);
            workbook.createSheet("Förklaring").createRow(0).createCell(0).setCellValue("not read");
            workbook.write(out);
        }
        Collected rows = new Collected();

        OPCPackage xlsx = XlsxRows.open(file);
        try {
            XlsxRows.read(xlsx, rows, UnaryOperator.identity());
        } finally {
            xlsx.revert();
        }

        assertThat(rows.rows).containsExactly("1: id||datum", "2: ", "3: sala-1|2025-03-01|4.5|1985");
    }

    @Test
    void aFileThatIsNotAnExcelWorkbookIsRefused(@TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("trasig.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        assertThatThrownBy(() -> XlsxRows.open(file)).isInstanceOfSatisfying(XlsxRows.Refused.class,
                e -> assertThat(e.key).isEqualTo("import.error.xlsx"));
    }
}
