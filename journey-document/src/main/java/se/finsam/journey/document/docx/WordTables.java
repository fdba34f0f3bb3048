package se.finsam.journey.document.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import se.finsam.journey.document.Cell;
import se.finsam.journey.document.Columns;
import se.finsam.journey.document.ReadingOrder;
import se.finsam.journey.document.Row;
import se.finsam.journey.document.Table;
import se.finsam.journey.document.Wording;

/**
 * A table as a real Word table: caption above, header rows repeated on every page, numbers right-aligned, total rows
 * bold under a line, then the footnotes and the manifest line. Lines are horizontal only, as in the seed reports.
 */
final class WordTables {

    /** Tables up to this many rows are kept on one page with their caption. */
    private static final int KEPT_TOGETHER = 25;
    private static final String HEADER_SHADE = "EAF0F5";
    private static final String RULE = "404040";
    private static final String HAIRLINE = "D9D9D9";

    private WordTables() {
    }

    static void write(XWPFDocument word, ReadingOrder.NumberedTable numbered, Integer smallNumberLimit) {
        Table table = numbered.table();
        WordBody.paragraph(word, "Caption", Wording.tableCaption(numbered.number(), table.caption()));
        Columns columns = table.columns();
        int[] widths = widths(columns.leaves().size());
        XWPFTable grid = word.createTable();
        grid.removeRow(0);
        frame(grid, widths);
        boolean keep = table.rows().size() <= KEPT_TOGETHER;
        if (columns.twoLevels()) {
            XWPFTableRow upper = headerRow(grid);
            XWPFTableCell stub = text(upper.createCell(), columns.stub(), ParagraphAlignment.LEFT, true, keep);
            vertical(stub, STMerge.RESTART);
            for (Columns.Group group : columns.groups()) {
                XWPFTableCell cell = text(upper.createCell(), group.label() == null ? "" : group.label(),
                        ParagraphAlignment.CENTER, true, keep);
                cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(group.columns().size()));
                shade(cell);
            }
            shade(stub);
        }
        XWPFTableRow lower = headerRow(grid);
        XWPFTableCell stub = text(lower.createCell(), columns.twoLevels() ? "" : columns.stub(),
                ParagraphAlignment.LEFT, true, keep);
        if (columns.twoLevels()) {
            vertical(stub, STMerge.CONTINUE);
        }
        shade(stub);
        rule(stub, "bottom", 6);
        for (String leaf : columns.leaves()) {
            XWPFTableCell cell = text(lower.createCell(), leaf, ParagraphAlignment.RIGHT, true, keep);
            shade(cell);
            rule(cell, "bottom", 6);
        }
        List<Row> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            XWPFTableRow line = emptyRow(grid);
            line.setCantSplitRow(true);
            boolean keepNext = keep || r == rows.size() - 1;
            XWPFTableCell label = text(line.createCell(), row.label(), ParagraphAlignment.LEFT, row.total(), keepNext);
            if (row.total()) {
                rule(label, "top", 6);
            }
            for (Cell value : row.cells()) {
                XWPFTableCell cell = text(line.createCell(), value.text(), ParagraphAlignment.RIGHT, row.total(),
                        keepNext);
                if (row.total()) {
                    rule(cell, "top", 6);
                }
            }
        }
        for (int r = 0; r < grid.getNumberOfRows(); r++) {
            List<XWPFTableCell> cells = grid.getRow(r).getTableCells();
            int column = 0;
            for (XWPFTableCell cell : cells) {
                BigInteger span = cell.getCTTc().getTcPr().isSetGridSpan()
                        ? cell.getCTTc().getTcPr().getGridSpan().getVal() : BigInteger.ONE;
                int width = 0;
                for (int i = 0; i < span.intValue(); i++) {
                    width += widths[column++];
                }
                cell.getCTTc().getTcPr().addNewTcW().setW(BigInteger.valueOf(width));
                cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
            }
        }
        if (table.hasSuppressedCells()) {
            WordBody.paragraph(word, "TableNote", Wording.suppressedNote(smallNumberLimit));
        }
        for (String note : table.notes()) {
            WordBody.paragraph(word, "TableNote", note);
        }
        WordBody.paragraph(word, "Manifest", Wording.manifestLine(table.manifestId()));
    }

    /** The label column's width and each number column's, in twentieths of a point, filling the text width. */
    static int[] widths(int numberColumns) {
        int number = Math.max(900, Math.min(2000, WordSetup.TEXT_WIDTH * 6 / 10 / numberColumns));
        int label = WordSetup.TEXT_WIDTH - numberColumns * number;
        if (label < 1800) {
            number = (WordSetup.TEXT_WIDTH - 1800) / numberColumns;
            label = WordSetup.TEXT_WIDTH - numberColumns * number;
        }
        int[] widths = new int[numberColumns + 1];
        java.util.Arrays.fill(widths, number);
        widths[0] = label;
        return widths;
    }

    private static void frame(XWPFTable grid, int[] widths) {
        CTTblPr properties = grid.getCTTbl().getTblPr();
        properties.getTblW().setW(BigInteger.valueOf(WordSetup.TEXT_WIDTH));
        properties.getTblW().setType(STTblWidth.DXA);
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblBorders borders = properties.getTblBorders();
        line(borders.getTop(), STBorder.SINGLE, 8, RULE);
        line(borders.getBottom(), STBorder.SINGLE, 8, RULE);
        line(borders.getInsideH(), STBorder.SINGLE, 2, HAIRLINE);
        line(borders.getLeft(), STBorder.NIL, 0, "auto");
        line(borders.getRight(), STBorder.NIL, 0, "auto");
        line(borders.getInsideV(), STBorder.NIL, 0, "auto");
        var margins = properties.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.valueOf(85));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(85));
        margins.getRight().setType(STTblWidth.DXA);
        CTTblGrid columns = grid.getCTTbl().addNewTblGrid();
        for (int width : widths) {
            columns.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    private static void line(CTBorder border, STBorder.Enum kind, int eighthsOfAPoint, String colour) {
        border.setVal(kind);
        border.setSz(BigInteger.valueOf(eighthsOfAPoint));
        border.setColor(colour);
    }

    /** A new row without cells (POI's gives a row as many cells as the first row has). */
    private static XWPFTableRow emptyRow(XWPFTable grid) {
        XWPFTableRow row = grid.createRow();
        while (!row.getTableCells().isEmpty()) {
            row.removeCell(0);
        }
        return row;
    }

    private static XWPFTableRow headerRow(XWPFTable grid) {
        XWPFTableRow row = emptyRow(grid);
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        return row;
    }

    private static XWPFTableCell text(XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold,
                                      boolean keepNext) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setStyle("TableText");
        paragraph.setAlignment(alignment);
        if (keepNext) {
            paragraph.getCTPPr().addNewKeepNext();
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        if (!cell.getCTTc().isSetTcPr()) {
            cell.getCTTc().addNewTcPr();
        }
        return cell;
    }

    private static void vertical(XWPFTableCell cell, STMerge.Enum merge) {
        cell.getCTTc().getTcPr().addNewVMerge().setVal(merge);
    }

    /** A header cell: shaded, its text at the foot of the cell (beside a two-row stub). */
    private static void shade(XWPFTableCell cell) {
        cell.getCTTc().getTcPr().addNewVAlign().setVal(STVerticalJc.BOTTOM);
        var shading = cell.getCTTc().getTcPr().addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(HEADER_SHADE);
    }

    private static void rule(XWPFTableCell cell, String side, int eighthsOfAPoint) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        var borders = properties.isSetTcBorders() ? properties.getTcBorders() : properties.addNewTcBorders();
        CTBorder border = "top".equals(side) ? borders.addNewTop() : borders.addNewBottom();
        line(border, STBorder.SINGLE, eighthsOfAPoint, RULE);
    }
}
