package se.finsam.journey.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
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
        Path pictures = folder.resolve("avesta-helarsrapport-sidor-1-4.png");
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).isGreaterThanOrEqualTo(PICTURED_PAGES);
            ImageIO.write(sideBySide(new PDFRenderer(read)), "png", pictures.toFile());
        }
        assertThat(ImageIO.read(pictures.toFile()).getWidth()).isGreaterThan(PICTURED_PAGES * 400);
        assertThat(folder.resolve("avesta-helarsrapport.docx")).isNotEmptyFile();
    }

    /** The first pages at 60 dots per inch, side by side on a grey ground, as one picture for the README. */
    private static BufferedImage sideBySide(PDFRenderer pages) throws IOException {
        int gap = 16;
        BufferedImage first = pages.renderImageWithDPI(0, 60);
        int width = first.getWidth();
        int height = first.getHeight();
        BufferedImage all = new BufferedImage(gap + PICTURED_PAGES * (width + gap), height + 2 * gap,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = all.createGraphics();
        canvas.setColor(new Color(0xDDDDDD));
        canvas.fillRect(0, 0, all.getWidth(), all.getHeight());
        for (int page = 0; page < PICTURED_PAGES; page++) {
            BufferedImage picture = page == 0 ? first : pages.renderImageWithDPI(page, 60);
            canvas.drawImage(picture, gap + page * (width + gap), gap, null);
        }
        canvas.dispose();
        return all;
    }
}
