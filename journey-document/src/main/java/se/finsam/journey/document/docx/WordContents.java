package se.finsam.journey.document.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import se.finsam.journey.document.ReadingOrder;
import se.finsam.journey.document.Wording;

/**
 * The table of contents: each heading as a link to it, with a dotted leader (the TOC styles' tab) to a PAGEREF field
 * that gives the page the heading's bookmark is on. Both Word and LibreOffice compute those page numbers from their
 * own layout; the fields are marked dirty, so Word does it as it opens the document.
 *
 * <p>It is not wrapped in Word's TOC field: LibreOffice then shows the entries as they were saved and computes no
 * page number until someone updates the index by hand. The headings carry Word's heading styles, so a TOC field a
 * user inserts, and Word's navigation pane, find them.
 */
final class WordContents {

    private WordContents() {
    }

    static void write(XWPFDocument word, List<ReadingOrder.Heading> headings) {
        WordBody.paragraph(word, "TOCHeading", Wording.CONTENTS);
        for (ReadingOrder.Heading heading : headings) {
            XWPFParagraph entry = word.createParagraph();
            entry.setStyle("TOC" + heading.level());
            CTHyperlink link = entry.getCTP().addNewHyperlink();
            link.setAnchor(heading.anchor());
            link.addNewR().addNewT().setStringValue(heading.text());
            link.addNewR().addNewTab();
            var begin = link.addNewR().addNewFldChar();
            begin.setFldCharType(STFldCharType.BEGIN);
            begin.setDirty(true);
            var code = link.addNewR().addNewInstrText();
            code.setStringValue(" PAGEREF " + heading.anchor() + " \\h ");
            code.setSpace(SpaceAttribute.Space.PRESERVE);
            link.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            link.addNewR().addNewT().setStringValue("–");
            link.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        }
        word.createParagraph().createRun().addBreak(BreakType.PAGE);
    }
}
