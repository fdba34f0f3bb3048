package se.finsam.journey.document.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import se.finsam.journey.document.Chart;
import se.finsam.journey.document.ProseBlock;
import se.finsam.journey.document.ReadingOrder;
import se.finsam.journey.document.Wording;
import se.finsam.journey.document.chart.ChartDrawing;
import se.finsam.journey.document.chart.ChartPictures;

/** Writes the document's parts, in order, into the Word document. */
final class WordBody {

    private final XWPFDocument word;
    private final Integer smallNumberLimit;
    private int bookmarks;

    WordBody(XWPFDocument word, Integer smallNumberLimit) {
        this.word = word;
        this.smallNumberLimit = smallNumberLimit;
    }

    void write(ReadingOrder.Part part) {
        if (part instanceof ReadingOrder.Heading heading) {
            heading(heading);
        } else if (part instanceof ReadingOrder.Text text) {
            java.util.List<ProseBlock> blocks = text.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                prose(blocks.get(i), i + 1 < blocks.size() && blocks.get(i + 1) instanceof ProseBlock.ItemList);
            }
        } else if (part instanceof ReadingOrder.NumberedTable table) {
            WordTables.write(word, table, smallNumberLimit);
        } else if (part instanceof ReadingOrder.NumberedChart chart) {
            chart(chart.number(), chart.chart());
        }
    }

    /** A paragraph of the given style holding the text. */
    static XWPFParagraph paragraph(XWPFDocument word, String style, String text) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(text);
        return paragraph;
    }

    private void heading(ReadingOrder.Heading heading) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setStyle("Heading" + heading.level());
        int id = ++bookmarks;
        WordFields.openBookmark(paragraph, heading.anchor(), id);
        paragraph.createRun().setText(heading.text());
        WordFields.closeBookmark(paragraph, id);
    }

    /** @param leadsIn whether a list follows ("Varje vecka:"): then the paragraph stays on the list's page */
    private void prose(ProseBlock block, boolean leadsIn) {
        if (block instanceof ProseBlock.Paragraph paragraph) {
            XWPFParagraph text = word.createParagraph();
            if (leadsIn) {
                text.getCTP().addNewPPr().addNewKeepNext();
            }
            for (int i = 0; i < paragraph.lines().size(); i++) {
                XWPFRun line = text.createRun();
                if (i > 0) {
                    line.addBreak();
                }
                line.setText(paragraph.lines().get(i));
            }
        } else if (block instanceof ProseBlock.ItemList list) {
            BigInteger numId = word.getNumbering().addNum(list.numbered() ? WordSetup.NUMBERS : WordSetup.BULLETS);
            if (list.numbered()) {
                for (int level = 0; level < 2; level++) {
                    CTNumLvl restart = word.getNumbering().getNum(numId).getCTNum().addNewLvlOverride();
                    restart.setIlvl(BigInteger.valueOf(level));
                    restart.addNewStartOverride().setVal(BigInteger.ONE);
                }
            }
            XWPFParagraph paragraph = null;
            for (ProseBlock.Item item : list.items()) {
                paragraph = paragraph(word, "ListParagraph", item.text());
                paragraph.setNumID(numId);
                paragraph.setNumILvl(BigInteger.valueOf(item.level()));
            }
            // list paragraphs sit close together; the text after the list keeps its distance
            paragraph.setSpacingAfter(160);
        }
    }

    private void chart(int number, Chart chart) {
        paragraph(word, "Caption", Wording.chartCaption(number, chart.title()));
        float width = WordSetup.TEXT_WIDTH / 20f;
        float height = ChartDrawing.height(chart, width);
        byte[] png = ChartPictures.png(chart, width, height);
        XWPFParagraph figure = word.createParagraph();
        figure.setStyle("Figure");
        XWPFRun run = figure.createRun();
        try {
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png), PictureType.PNG,
                    "diagram-" + number + ".png", Units.toEMU(width), Units.toEMU(height));
            picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(chart.textAlternative());
        } catch (InvalidFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("chart " + number + " could not be added", e));
        }
        var frame = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        frame.setId(number); // unique among the document's drawings, and not 0, which Word may refuse
        frame.setDescr(chart.textAlternative());
        frame.setTitle(chart.title());
        if (chart.manifestId() != null) {
            paragraph(word, "Manifest", Wording.manifestLine(chart.manifestId()));
        } else {
            figure.setSpacingAfter(240);
        }
    }
}
