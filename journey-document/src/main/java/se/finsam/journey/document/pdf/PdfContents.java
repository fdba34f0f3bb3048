package se.finsam.journey.document.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.util.List;
import java.util.Map;
import se.finsam.journey.document.ReadingOrder;
import se.finsam.journey.document.Typeface;
import se.finsam.journey.document.Wording;

/** The table of contents: each heading, linked to its place, with a dotted leader to its page number. */
final class PdfContents {

    private PdfContents() {
    }

    static void write(Document pdf, PdfFonts fonts, List<ReadingOrder.Heading> headings, Map<String, Integer> pages)
            throws DocumentException {
        pdf.add(PdfPass.line(Wording.CONTENTS, fonts.font(Typeface.BOLD, 16, PdfFonts.HEADING), 0, 16));
        DottedLineSeparator dots = new DottedLineSeparator();
        dots.setGap(3);
        dots.setLineColor(PdfFonts.QUIET);
        for (ReadingOrder.Heading heading : headings) {
            Font font = heading.level() == 1 ? fonts.font(Typeface.BOLD, 10.5f, PdfFonts.TEXT) : fonts.body();
            Paragraph entry = new Paragraph("", font);
            entry.setLeading(15);
            entry.setSpacingBefore(heading.level() == 1 ? 6 : 0);
            entry.setIndentationLeft((heading.level() - 1) * 14f);
            entry.add(new Chunk(heading.text(), font).setLocalGoto(heading.anchor()));
            Chunk leader = new Chunk(dots);
            leader.setFont(font); // else OpenPDF picks a fallback font for the leader's placeholder character
            entry.add(leader);
            Integer page = pages.get(heading.anchor());
            entry.add(new Chunk(page == null ? "0" : String.valueOf(page), font).setLocalGoto(heading.anchor()));
            pdf.add(entry);
        }
        pdf.newPage();
    }
}
