package se.finsam.journey.document.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsam.journey.document.ReadingOrder;
import se.finsam.journey.document.ReportDocument;
import se.finsam.journey.document.TitlePage;
import se.finsam.journey.document.Typeface;
import se.finsam.journey.document.Wording;

/** One layout of the whole document, given the page numbers of the layout before (none the first time). */
final class PdfPass {

    /** 25 mm. */
    static final float MARGIN = 70.87f;

    /** Where each heading landed (anchor → page) and how many pages there are. */
    record Layout(Map<String, Integer> headingPages, int pages) {
        Layout {
            headingPages = Map.copyOf(headingPages);
        }
    }

    record Result(byte[] pdf, Layout layout) {
    }

    private final ReportDocument document;
    private final Layout known;

    PdfPass(ReportDocument document, Layout known) {
        this.document = document;
        this.known = known;
    }

    Result run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        Map<String, Integer> landed = new HashMap<>();
        PdfFonts fonts = new PdfFonts();
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            PdfPageFooter footer = new PdfPageFooter(fonts, Wording.footer(document.titlePage()), known.pages(), landed);
            writer.setPageEvent(footer);
            TitlePage page = document.titlePage();
            pdf.addTitle(page.kind() + " – " + page.subject());
            pdf.addSubject(Wording.period(page.period()));
            pdf.addCreator("journey");
            pdf.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(Wording.LANGUAGE_TAG));
            titlePage(pdf, writer, fonts, page);
            List<ReadingOrder.Part> parts = ReadingOrder.of(document);
            if (document.tableOfContents()) {
                PdfContents.write(pdf, fonts, ReadingOrder.headings(parts), known.headingPages());
            }
            PdfBody body = new PdfBody(pdf, writer, fonts, document.smallNumberLimit());
            for (ReadingOrder.Part part : parts) {
                body.write(part);
            }
            pdf.close();
            return new Result(out.toByteArray(), new Layout(landed, footer.lastPage()));
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be laid out", e);
        }
    }

    private static void titlePage(Document pdf, PdfWriter writer, PdfFonts fonts, TitlePage page)
            throws DocumentException {
        Paragraph top = new Paragraph(" ", fonts.body());
        top.setSpacingBefore(120);
        pdf.add(top);
        if (page.organisation() != null) {
            pdf.add(line(page.organisation(), fonts.font(Typeface.REGULAR, 11, PdfFonts.QUIET), 0, 8));
        }
        pdf.add(line(page.kind(), fonts.font(Typeface.BOLD, 26, PdfFonts.HEADING), 12, 6));
        pdf.add(line(page.subject(), fonts.font(Typeface.REGULAR, 16, PdfFonts.SUBHEADING), 0, 24));
        pdf.add(line(Wording.period(page.period()), fonts.font(Typeface.REGULAR, 11, PdfFonts.TEXT), 0, 4));
        pdf.add(line(Wording.made(page), fonts.font(Typeface.REGULAR, 11, PdfFonts.TEXT), 0, 4));
        // where the figures come from, at the foot of the page
        ColumnText foot = new ColumnText(writer.getDirectContent());
        foot.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), pdf.bottom() + 60);
        foot.setAlignment(Element.ALIGN_LEFT);
        foot.setLeading(13);
        foot.addText(new Chunk(Wording.provenance(page.provenance()),
                fonts.font(Typeface.REGULAR, 9.5f, PdfFonts.QUIET)));
        foot.go();
        pdf.newPage();
    }

    static Paragraph line(String text, com.lowagie.text.Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(new Chunk(text, font));
        paragraph.setLeading(font.getSize() * 1.3f);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }
}
