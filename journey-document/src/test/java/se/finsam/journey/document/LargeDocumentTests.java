package se.finsam.journey.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import se.finsam.journey.document.docx.WordRenderer;
import se.finsam.journey.document.pdf.PdfRenderer;

/**
 * A document as large as an association's annual report gets (ten sections of four tables and a chart each)
 * renders completely in both formats. The time and memory it took are printed, not asserted: the machine is shared.
 */
class LargeDocumentTests {

    private static final int SECTIONS = 10;
    private static final int TABLES_PER_SECTION = 4;
    private static final int ROWS = 12;

    @Test
    void fortyTablesAndTenChartsRenderAsWordAndPdf() throws IOException {
        ReportDocument document = large();

        Measured<byte[]> word = measure(() -> WordRenderer.render(document));
        Measured<byte[]> pdf = measure(() -> PdfRenderer.render(document));
        System.out.printf("Large document (40 tables, 10 charts): Word %d ms, %d KiB, %d MiB allocated; "
                        + "PDF %d ms, %d KiB, %d MiB allocated%n", word.millis(), word.value().length / 1024,
                word.allocated() >> 20, pdf.millis(), pdf.value().length / 1024, pdf.allocated() >> 20);

        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(word.value()))) {
            assertThat(read.getTables()).hasSize(SECTIONS * TABLES_PER_SECTION);
            assertThat(read.getAllPictures()).hasSize(SECTIONS);
            assertThat(read.getTables().get(39).getRow(ROWS + 2).getCell(0).getText()).isEqualTo("Totalt");
        }
        try (PDDocument read = Loader.loadPDF(pdf.value())) {
            String text = new PDFTextStripper().getText(read);
            for (int section = 1; section <= SECTIONS; section++) {
                for (int table = 1; table <= TABLES_PER_SECTION; table++) {
                    assertThat(text).contains(Wording.manifestLine(manifest(section, table)));
                }
                assertThat(text).contains("Diagram " + section + ". Deltagare per månad, avsnitt " + section);
            }
            assertThat(read.getNumberOfPages()).isGreaterThan(SECTIONS * 2);
        }
    }

    private static ReportDocument large() {
        List<Section> sections = new ArrayList<>();
        List<String> months = List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov",
                "dec");
        for (int s = 1; s <= SECTIONS; s++) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Prose("Avsnitt " + s + " beskriver teamets år.\n\n- första punkten\n- andra punkten"));
            for (int t = 1; t <= TABLES_PER_SECTION; t++) {
                List<Row> rows = new ArrayList<>();
                for (int r = 1; r <= ROWS; r++) {
                    rows.add(Row.of("Rad " + r + " (område " + s + ")", Cell.count(r * t), Cell.percent(r * 1.5),
                            Cell.count(r + t), Cell.percent(r * 1.25), Cell.count(r * t - r - t).asChange()));
                }
                rows.add(Row.total("Totalt", Cell.count(1000), Cell.percent(100), Cell.count(900),
                        Cell.percent(100), Cell.count(100).asChange()));
                blocks.add(new Table("Tabell " + t + " i avsnitt " + s,
                        Columns.grouped("Orsak", Columns.Group.of("2025", "antal", "andel"),
                                Columns.Group.of("2024", "antal", "andel"), Columns.Group.of("förändring", "antal")),
                        rows, manifest(s, t)));
            }
            List<Number> now = new ArrayList<>();
            List<Number> before = new ArrayList<>();
            for (int m = 0; m < months.size(); m++) {
                now.add(20 + m + s);
                before.add(18 + m);
            }
            blocks.add(new Chart(ChartKind.BAR, "Deltagare per månad, avsnitt " + s,
                    "Deltagare per månad i år och i fjol.", months,
                    List.of(Series.of("2025", now.toArray(Number[]::new)),
                            Series.of("2024", before.toArray(Number[]::new))),
                    "Antal", Unit.COUNT, manifest(s, 0)));
            sections.add(new Section("Avsnitt " + s, blocks));
        }
        TitlePage title = new TitlePage("Årsrapport 2025", "Samordningsförbundet Västmanland", null,
                new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), LocalDate.of(2026, 2, 1),
                new Provenance(987_654, null));
        return ReportDocument.of(title, sections);
    }

    private static String manifest(int section, int table) {
        return String.format("m-%016x%016x", section, table);
    }

    private record Measured<T>(T value, long millis, long allocated) {
    }

    private static <T> Measured<T> measure(java.util.function.Supplier<T> work) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        T value = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Measured<>(value, millis, threads.getThreadAllocatedBytes(thread) - allocatedBefore);
    }
}
