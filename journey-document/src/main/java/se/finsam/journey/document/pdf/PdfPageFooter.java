package se.finsam.journey.document.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Map;
import se.finsam.journey.document.Typeface;
import se.finsam.journey.document.Wording;

/**
 * Writes the footer on every page but the title page, and notes on which page each heading lands (headings carry
 * their anchor as a generic tag, which OpenPDF reports here when it places them).
 */
final class PdfPageFooter extends PdfPageEventHelper {

    private final PdfFonts fonts;
    private final String text;
    private final int pages;
    private final Map<String, Integer> headingPages;
    private int lastPage;

    /**
     * @param pages        the page count of the layout before (0 the first time: then the count is a placeholder)
     * @param headingPages filled with the page of each heading's anchor
     */
    PdfPageFooter(PdfFonts fonts, String text, int pages, Map<String, Integer> headingPages) {
        this.fonts = fonts;
        this.text = text;
        this.pages = pages;
        this.headingPages = headingPages;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        lastPage = page;
        if (page == 1) {
            return;
        }
        var font = fonts.font(Typeface.REGULAR, 8, PdfFonts.QUIET);
        float y = document.bottom() - 28;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(text, font),
                document.left(), y, 0);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                new Phrase(Wording.pageOf(page, pages), font), document.right(), y, 0);
    }

    /** The number of the last page finished. */
    int lastPage() {
        return lastPage;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String anchor) {
        headingPages.putIfAbsent(anchor, writer.getPageNumber());
    }
}
