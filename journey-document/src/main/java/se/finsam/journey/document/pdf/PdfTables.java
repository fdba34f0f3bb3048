package se.finsam.journey.document.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import se.finsam.journey.document.Cell;
import se.finsam.journey.document.Columns;
import se.finsam.journey.document.ReadingOrder;
import se.finsam.journey.document.Row;
import se.finsam.journey.document.Table;
import se.finsam.journey.document.Typeface;
import se.finsam.journey.document.Wording;

/**
 * A table in the PDF: caption, header rows (repeated on every page the table spans), numbers right-aligned, total
 * rows bold under a line, footnotes and the manifest line. A table that fits on a page is not split: it starts the
 * next page if the room left is too small.
 */
final class PdfTables {

    private static final Color HEADER_SHADE = new Color(0xEAF0F5);
    private static final Color RULE = new Color(0x404040);
    private static final Color HAIRLINE = new Color(0xD9D9D9);

    /** Lines in a cell break at spaces only, never inside "2025-06-30" or "−419 000". */
    private static final SplitCharacter AT_SPACES = (start, current, end, text, chunks) -> text[current] == ' ';

    private final Document pdf;
    private final PdfFonts fonts;
    private final Integer smallNumberLimit;

    PdfTables(Document pdf, PdfFonts fonts, Integer smallNumberLimit) {
        this.pdf = pdf;
        this.fonts = fonts;
        this.smallNumberLimit = smallNumberLimit;
    }

    /** @param room the room left on the current page */
    void write(ReadingOrder.NumberedTable numbered, float room) throws DocumentException {
        Table table = numbered.table();
        PdfPTable grid = grid(table);
        List<Paragraph> after = new ArrayList<>();
        Font note = fonts.font(Typeface.REGULAR, 8, PdfFonts.TEXT);
        if (table.hasSuppressedCells()) {
            after.add(PdfPass.line(Wording.suppressedNote(smallNumberLimit), note, 2, 0));
        }
        for (String text : table.notes()) {
            after.add(PdfPass.line(text, note, 2, 0));
        }
        after.add(PdfPass.line(Wording.manifestLine(table.manifestId()),
                fonts.font(Typeface.REGULAR, 8, PdfFonts.QUIET), 3, 14));
        float needed = 30 + grid.getTotalHeight() + 14 * after.size();
        float page = pdf.top() - pdf.bottom();
        if (needed > room && needed < page) {
            pdf.newPage();
        }
        pdf.add(PdfPass.line(Wording.tableCaption(numbered.number(), table.caption()),
                fonts.font(Typeface.BOLD, 9.5f, PdfFonts.TEXT), 10, 5));
        pdf.add(grid);
        for (Paragraph paragraph : after) {
            pdf.add(paragraph);
        }
    }

    private PdfPTable grid(Table table) throws DocumentException {
        Columns columns = table.columns();
        int leaves = columns.leaves().size();
        PdfPTable grid = new PdfPTable(leaves + 1);
        grid.setTotalWidth(pdf.right() - pdf.left());
        grid.setLockedWidth(true);
        grid.setWidths(widths(leaves));
        grid.setHorizontalAlignment(Element.ALIGN_LEFT);
        grid.setSplitLate(false);
        Font head = fonts.font(Typeface.BOLD, 8.5f, PdfFonts.TEXT);
        Font body = fonts.font(Typeface.REGULAR, 9, PdfFonts.TEXT);
        Font total = fonts.font(Typeface.BOLD, 9, PdfFonts.TEXT);
        if (columns.twoLevels()) {
            PdfPCell stub = header(columns.stub(), head, Element.ALIGN_LEFT, true, true);
            stub.setRowspan(2);
            stub.setVerticalAlignment(Element.ALIGN_BOTTOM);
            grid.addCell(stub);
            for (Columns.Group group : columns.groups()) {
                PdfPCell cell = header(group.label() == null ? "" : group.label(), head, Element.ALIGN_CENTER, true,
                        false);
                cell.setColspan(group.columns().size());
                grid.addCell(cell);
            }
        } else {
            grid.addCell(header(columns.stub(), head, Element.ALIGN_LEFT, true, true));
        }
        for (Columns.Group group : columns.groups()) {
            for (String leaf : group.columns()) {
                boolean underLabel = group.label() != null;
                PdfPCell cell = header(leaf, head, Element.ALIGN_RIGHT, !columns.twoLevels() || underLabel, true);
                if (underLabel) {
                    // the rule under a group's label, drawn with the lower row so its shade does not cover it
                    cell.setBorderWidthTop(0.5f);
                }
                grid.addCell(cell);
            }
        }
        grid.setHeaderRows(columns.twoLevels() ? 2 : 1);
        List<Row> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean last = r == rows.size() - 1;
            Font font = row.total() ? total : body;
            grid.addCell(body(row.label(), font, Element.ALIGN_LEFT, row.total(), last));
            for (Cell value : row.cells()) {
                grid.addCell(body(value.text(), font, Element.ALIGN_RIGHT, row.total(), last));
            }
        }
        return grid;
    }

    /** The label column takes what the number columns leave, as in the Word table. */
    private static float[] widths(int leaves) {
        float number = Math.max(0.1f, Math.min(0.22f, 0.6f / leaves));
        float label = 1 - leaves * number;
        if (label < 0.2f) {
            number = 0.8f / leaves;
            label = 0.2f;
        }
        float[] widths = new float[leaves + 1];
        java.util.Arrays.fill(widths, number);
        widths[0] = label;
        return widths;
    }

    private static PdfPCell header(String text, Font font, int alignment, boolean top, boolean bottom) {
        PdfPCell cell = cell(text, font, alignment);
        cell.setBackgroundColor(HEADER_SHADE);
        cell.setBorder((top ? Rectangle.TOP : 0) | (bottom ? Rectangle.BOTTOM : 0));
        cell.setBorderWidthTop(1f);
        cell.setBorderColorTop(RULE);
        cell.setBorderWidthBottom(0.75f);
        cell.setBorderColorBottom(RULE);
        return cell;
    }

    private static PdfPCell body(String text, Font font, int alignment, boolean total, boolean last) {
        PdfPCell cell = cell(text, font, alignment);
        cell.setBorder(Rectangle.BOTTOM | (total ? Rectangle.TOP : 0));
        cell.setBorderWidthBottom(last ? 1f : 0.25f);
        cell.setBorderColorBottom(last ? RULE : HAIRLINE);
        cell.setBorderWidthTop(0.75f);
        cell.setBorderColorTop(RULE);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        Chunk content = new Chunk(text, font);
        content.setSplitCharacter(AT_SPACES);
        PdfPCell cell = new PdfPCell(new Phrase(content));
        cell.setUseVariableBorders(true);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setPaddingLeft(4f);
        cell.setPaddingRight(4f);
        cell.setUseAscender(true);
        return cell;
    }
}
