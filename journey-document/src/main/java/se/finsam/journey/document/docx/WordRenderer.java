package se.finsam.journey.document.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import se.finsam.journey.document.ReadingOrder;
import se.finsam.journey.document.ReportDocument;
import se.finsam.journey.document.TitlePage;
import se.finsam.journey.document.Wording;

/** Renders a {@link ReportDocument} as a Word document. */
public final class WordRenderer {

    private WordRenderer() {
    }

    public static byte[] render(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(document, out);
        return out.toByteArray();
    }

    public static void render(ReportDocument document, OutputStream out) {
        List<ReadingOrder.Part> parts = ReadingOrder.of(document);
        try (XWPFDocument word = WordSetup.blank(document.titlePage())) {
            titlePage(word, document.titlePage());
            if (document.tableOfContents()) {
                WordContents.write(word, ReadingOrder.headings(parts));
            }
            WordBody body = new WordBody(word, document.smallNumberLimit());
            for (ReadingOrder.Part part : parts) {
                body.write(part);
            }
            WordSetup.finish(word, document.titlePage());
            word.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void titlePage(XWPFDocument word, TitlePage page) {
        if (page.organisation() != null) {
            WordBody.paragraph(word, "TitleNote", page.organisation()).setSpacingBefore(2400);
        }
        XWPFParagraph title = WordBody.paragraph(word, "Title", page.kind());
        if (page.organisation() == null) {
            title.setSpacingBefore(2400);
        }
        WordBody.paragraph(word, "Subtitle", page.subject());
        WordBody.paragraph(word, "TitleNote", Wording.period(page.period()));
        WordBody.paragraph(word, "TitleNote", Wording.made(page));
        XWPFParagraph provenance = WordBody.paragraph(word, "TitleNote", Wording.provenance(page.provenance()));
        provenance.setSpacingBefore(4800);
        provenance.createRun().addBreak(BreakType.PAGE);
    }
}
