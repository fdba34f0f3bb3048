package se.finsam.journey.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import se.finsam.journey.document.docx.WordRenderer;
import se.finsam.journey.document.pdf.PdfRenderer;

/**
 * Writes the Avesta example as Word and PDF, with pictures of the PDF's first pages, to {@code target/examples}, or
 * to the folder named by the system property {@code examples.dir} (the checked-in copies in {@code docs/examples}
 * are made with {@code -Dexamples.dir=$PWD/docs/examples}).
 */
class ExampleDocumentsTests {

    private static final int PICTURED_PAGES = 4;

    @Test
    void theAvestaExampleIsWrittenAsWordAndPdfWithPicturesOfItsFirstPages() throws IOException {
        Path folder = Path.of(System.getProperty("examples.dir", "target/examples"));
        Files.createDirectories(folder);
        ReportDocument document = AvestaReport.document();
        Files.write(folder.resolve("avesta-helarsrapport.docx"), WordRenderer.render(document));
        byte[] pdf = PdfRenderer.render(document);
        Files.write(folder.resolve("avesta-helarsrapport.pdf"), pdf);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            PDFRenderer pages = new PDFRenderer(read);
            for (int page = 0; page < Math.min(PICTURED_PAGES, read.getNumberOfPages()); page++) {
                BufferedImage picture = pages.renderImageWithDPI(page, 60);
                Path file = folder.resolve("avesta-helarsrapport-sida-" + (page + 1) + ".png");
                ImageIO.write(picture, "png", file.toFile());
                assertThat(file).isNotEmptyFile();
            }
        }
        assertThat(folder.resolve("avesta-helarsrapport.docx")).isNotEmptyFile();
    }
}
