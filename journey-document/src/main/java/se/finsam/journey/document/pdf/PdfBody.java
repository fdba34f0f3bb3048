package se.finsam.journey.document.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import se.finsam.journey.document.Chart;
import se.finsam.journey.document.ProseBlock;
import se.finsam.journey.document.ReadingOrder;
import se.finsam.journey.document.Typeface;
import se.finsam.journey.document.Wording;
import se.finsam.journey.document.chart.ChartDrawing;

/** Writes the document's parts, in order, into the PDF. */
final class PdfBody {

    /** A heading needs this much room below it for its first lines; otherwise it starts the next page. */
    private static final float ROOM_AFTER_HEADING = 110;
    /** A paragraph that leads in to a list ("Varje vecka:") needs room for itself and the list's first items. */
    private static final float ROOM_AFTER_LEAD_IN = 70;

    private final Document pdf;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final Integer smallNumberLimit;
    private final PdfOutline[] outlines = new PdfOutline[4];

    PdfBody(Document pdf, PdfWriter writer, PdfFonts fonts, Integer smallNumberLimit) {
        this.pdf = pdf;
        this.writer = writer;
        this.fonts = fonts;
        this.smallNumberLimit = smallNumberLimit;
        outlines[0] = writer.getDirectContent().getRootOutline();
    }

    void write(ReadingOrder.Part part) throws DocumentException {
        if (part instanceof ReadingOrder.Heading heading) {
            heading(heading);
        } else if (part instanceof ReadingOrder.Text text) {
            java.util.List<ProseBlock> blocks = text.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                boolean leadsIn = i + 1 < blocks.size() && blocks.get(i + 1) instanceof ProseBlock.ItemList;
                if (leadsIn && room() < ROOM_AFTER_LEAD_IN) {
                    pdf.newPage();
                }
                prose(blocks.get(i));
            }
        } else if (part instanceof ReadingOrder.NumberedTable table) {
            new PdfTables(pdf, fonts, smallNumberLimit).write(table, room());
        } else if (part instanceof ReadingOrder.NumberedChart chart) {
            chart(chart.number(), chart.chart());
        }
    }

    /** The room left on the current page, in points. */
    private float room() {
        return writer.getVerticalPosition(false) - pdf.bottom();
    }

    private void heading(ReadingOrder.Heading heading) throws DocumentException {
        if (room() < ROOM_AFTER_HEADING) {
            pdf.newPage();
        }
        Font font = switch (heading.level()) {
            case 1 -> fonts.font(Typeface.BOLD, 16, PdfFonts.HEADING);
            case 2 -> fonts.font(Typeface.BOLD, 13, PdfFonts.HEADING);
            default -> fonts.font(Typeface.BOLD, 11, PdfFonts.SUBHEADING);
        };
        Chunk text = new Chunk(heading.text(), font);
        text.setLocalDestination(heading.anchor());
        text.setGenericTag(heading.anchor());
        Paragraph paragraph = new Paragraph(text);
        paragraph.setLeading(font.getSize() * 1.25f);
        paragraph.setSpacingBefore(heading.level() == 1 ? 22 : heading.level() == 2 ? 14 : 10);
        paragraph.setSpacingAfter(heading.level() == 1 ? 8 : 5);
        paragraph.setKeepTogether(true);
        pdf.add(paragraph);
        PdfOutline parent = outlines[heading.level() - 1];
        outlines[heading.level()] = new PdfOutline(parent, PdfAction.gotoLocalPage(heading.anchor(), false),
                heading.text(), heading.level() == 1);
    }

    private void prose(ProseBlock block) throws DocumentException {
        Font font = fonts.body();
        if (block instanceof ProseBlock.Paragraph paragraph) {
            Paragraph text = new Paragraph(String.join("\n", paragraph.lines()), font);
            text.setLeading(14.5f);
            text.setSpacingAfter(7);
            pdf.add(text);
        } else if (block instanceof ProseBlock.ItemList list) {
            com.lowagie.text.List outer = list(list.numbered(), font, 0);
            com.lowagie.text.List inner = null;
            for (ProseBlock.Item item : list.items()) {
                ListItem entry = new ListItem(14.5f, item.text(), font);
                if (item.level() == 0) {
                    outer.add(entry);
                    inner = null;
                } else {
                    if (inner == null) {
                        inner = list(list.numbered(), font, 1);
                        outer.add(inner);
                    }
                    inner.add(entry);
                }
            }
            Paragraph holder = new Paragraph("", font);
            holder.add(outer);
            holder.setSpacingAfter(7);
            pdf.add(holder);
        }
    }

    private static com.lowagie.text.List list(boolean numbered, Font font, int level) {
        com.lowagie.text.List list = new com.lowagie.text.List(numbered, false, 14);
        if (numbered && level == 1) {
            list.setLettered(true);
            list.setLowercase(true);
        }
        // the symbol's font is also the numbers' font
        list.setListSymbol(new Chunk(numbered ? "" : level == 0 ? "•" : "–", font));
        list.setIndentationLeft(level == 0 ? 4 : 14);
        return list;
    }

    private void chart(int number, Chart chart) throws DocumentException {
        float width = pdf.right() - pdf.left();
        float height = ChartDrawing.height(chart, width);
        Paragraph caption = PdfPass.line(Wording.chartCaption(number, chart.title()),
                fonts.font(Typeface.BOLD, 9.5f, PdfFonts.TEXT), 10, 4);
        if (room() < height + 50) {
            pdf.newPage();
        }
        pdf.add(caption);
        PdfTemplate drawing = writer.getDirectContent().createTemplate(width, height);
        Graphics2D surface = drawing.createGraphics(width, height, fonts);
        try {
            ChartDrawing.draw(chart, surface, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            surface.dispose();
        }
        Image picture = Image.getInstance(drawing);
        picture.setAlignment(Element.ALIGN_CENTER);
        picture.setAlt(chart.textAlternative());
        pdf.add(picture);
        if (chart.manifestId() != null) {
            pdf.add(PdfPass.line(Wording.manifestLine(chart.manifestId()),
                    fonts.font(Typeface.REGULAR, 8, PdfFonts.QUIET), 3, 12));
        } else {
            pdf.add(PdfPass.line(" ", fonts.font(Typeface.REGULAR, 8, PdfFonts.QUIET), 0, 6));
        }
    }
}
