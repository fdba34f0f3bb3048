package se.finsam.journey.document.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import se.finsam.journey.document.TitlePage;
import se.finsam.journey.document.Wording;

/**
 * What every document gets before and after its content: the styles, list definitions and settings (from
 * {@code styles.xml}, {@code numbering.xml} and {@code settings.xml} beside this class), A4 pages with 2.5 cm margins, the footer with
 * page numbers (none on the title page), and the document's properties.
 */
final class WordSetup {

    /** A4 with 2.5 cm margins: the width text and tables have, in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 2 * 1418;
    static final BigInteger BULLETS = BigInteger.ZERO;
    static final BigInteger NUMBERS = BigInteger.ONE;

    private WordSetup() {
    }

    static XWPFDocument blank(TitlePage page) {
        XWPFDocument word = new XWPFDocument();
        try (InputStream styles = resource("styles.xml"); InputStream numbering = resource("numbering.xml");
             InputStream settings = resource("settings.xml")) {
            word.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
            word.getSettings().getCTSettings().set(SettingsDocument.Factory.parse(settings).getSettings());
            XWPFNumbering lists = word.createNumbering();
            for (CTAbstractNum list : NumberingDocument.Factory.parse(numbering).getNumbering().getAbstractNumList()) {
                lists.addAbstractNum(new XWPFAbstractNum(list, lists));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("the Word styles beside WordSetup do not parse", e);
        }
        CTSectPr section = word.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1418));
        margins.setBottom(BigInteger.valueOf(1418));
        margins.setLeft(BigInteger.valueOf(1418));
        margins.setRight(BigInteger.valueOf(1418));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        var properties = word.getProperties().getCoreProperties();
        properties.setTitle(page.kind() + " – " + page.subject());
        properties.setSubjectProperty(Wording.period(page.period()));
        properties.setCreator("journey");
        return word;
    }

    /** The footers: "subject · kind" and "Sida N av M" on every page but the title page, which has none. */
    static void finish(XWPFDocument word, TitlePage page) {
        word.createFooter(HeaderFooterType.FIRST).createParagraph();
        XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph line = footer.createParagraph();
        line.setStyle("Footer");
        line.createRun().setText(Wording.footer(page));
        line.createRun().addTab();
        line.createRun().setText("Sida ");
        WordFields.simple(line, "PAGE", "1");
        line.createRun().setText(" av ");
        WordFields.simple(line, "NUMPAGES", "1");
    }

    private static InputStream resource(String name) {
        InputStream in = WordSetup.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing beside " + WordSetup.class.getName());
        }
        return in;
    }
}
