package se.finsam.journey.document.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/** Word fields and bookmarks, which POI's paragraph API does not offer. */
final class WordFields {

    private WordFields() {
    }

    /** A simple field such as PAGE, with the text shown until Word or LibreOffice computes it. */
    static void simple(XWPFParagraph paragraph, String instruction, String shown) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue(shown);
    }

    /** Marks the paragraph's text (the runs added after this call and before {@link #closeBookmark}). */
    static void openBookmark(XWPFParagraph paragraph, String name, int id) {
        CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
        start.setName(name);
        start.setId(BigInteger.valueOf(id));
    }

    static void closeBookmark(XWPFParagraph paragraph, int id) {
        CTMarkupRange end = paragraph.getCTP().addNewBookmarkEnd();
        end.setId(BigInteger.valueOf(id));
    }
}
