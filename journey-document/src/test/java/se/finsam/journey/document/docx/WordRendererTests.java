package se.finsam.journey.document.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.document.Swedish.nb;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import se.finsam.journey.document.Chart;
import se.finsam.journey.document.ReportDocument;
import se.finsam.journey.document.SmallDocument;

/** Renders the small document as Word and reads it back with POI, as a reader of the file would find it. */
class WordRendererTests {

    private static ReportDocument model;
    private static XWPFDocument word;

    @BeforeAll
    static void render() throws IOException {
        model = SmallDocument.document();
        word = new XWPFDocument(new ByteArrayInputStream(WordRenderer.render(model)));
    }

    @Test
    void headingsAreWordHeadingStylesAtTheirLevelInOrder() {
        List<String> headings = word.getParagraphs().stream()
                .filter(paragraph -> paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading"))
                .map(paragraph -> paragraph.getStyle() + " " + paragraph.getText()).toList();
        assertThat(headings).containsExactly("Heading1 Årets resultat", "Heading2 Avslut och försörjning",
                "Heading3 Överst i förändringen", "Heading1 Ekonomi", "Heading1 Diagram");
        for (int level = 1; level <= 3; level++) {
            var style = word.getStyles().getStyle("Heading" + level).getCTStyle();
            assertThat(style.getName().getVal()).isEqualTo("heading " + level);
            assertThat(style.getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
        }
    }

    @Test
    void theTitlePageNamesTheSubjectThePeriodAndTheEventPositionTheFiguresAreExactAt() {
        String text = String.join("\n", word.getParagraphs().stream().limit(8).map(XWPFParagraph::getText).toList());
        assertThat(text).contains("Samordningsförbundet Västmanland", "Årsrapport 2025",
                "Samordningsteam Hallstahammar", "Period 2025-01-01 – 2025-12-31", "Framtagen 2026-02-10",
                nb("Gjord med journey. Siffrorna är exakta per händelseposition 1 234 567."));
    }

    @Test
    void theContentsListEveryHeadingWithAPageFieldToItsBookmark() {
        List<XWPFParagraph> entries = word.getParagraphs().stream()
                .filter(paragraph -> paragraph.getStyle() != null && paragraph.getStyle().startsWith("TOC")
                        && !"TOCHeading".equals(paragraph.getStyle())).toList();
        // the page number is a field whose saved text is "–" until Word or LibreOffice computes it
        assertThat(entries).extracting(paragraph -> paragraph.getStyle() + " " + paragraph.getText())
                .containsExactly("TOC1 Årets resultat\t–", "TOC2 Avslut och försörjning\t–",
                        "TOC3 Överst i förändringen\t–", "TOC1 Ekonomi\t–", "TOC1 Diagram\t–");
        String body = word.getDocument().xmlText();
        for (XWPFParagraph entry : entries) {
            var link = entry.getCTP().getHyperlinkArray(0);
            assertThat(link.xmlText()).contains("PAGEREF " + link.getAnchor());
            assertThat(body).contains("w:name=\"" + link.getAnchor() + "\"");
        }
    }

    @Test
    void aDocumentWithoutContentsGoesFromItsTitlePageToItsFirstHeading() throws IOException {
        try (XWPFDocument plain = new XWPFDocument(new ByteArrayInputStream(
                WordRenderer.render(model.withoutTableOfContents())))) {
            List<String> styles = plain.getParagraphs().stream().map(XWPFParagraph::getStyle)
                    .filter(style -> style != null).toList();
            assertThat(styles).doesNotContain("TOCHeading", "TOC1", "TOC2", "TOC3").contains("Heading1");
        }
    }

    @Test
    void aTableIsARealTableWithTwoHeaderRowsAndRightAlignedSwedishNumbers() {
        XWPFTable table = word.getTables().get(0);
        assertThat(rowTexts(table.getRow(0))).containsExactly("Avslutsorsak", "2025", "2024", "förändring");
        assertThat(rowTexts(table.getRow(1))).containsExactly("", "antal", "andel", "antal", "andel", "antal");
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(table.getRow(1).isRepeatHeader()).isTrue();
        assertThat(rowTexts(table.getRow(2))).containsExactly("Arbete", "5", nb("31,3 %"), "3", nb("25,0 %"), "+2");
        assertThat(rowTexts(table.getRow(3))).containsExactly("Studier", "9", nb("56,3 %"), "7", nb("58,3 %"), "+2");
        for (XWPFTableCell number : table.getRow(2).getTableCells().subList(1, 6)) {
            assertThat(number.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        }
        assertThat(table.getRow(2).getCell(0).getParagraphs().get(0).getAlignment())
                .isEqualTo(ParagraphAlignment.LEFT);
    }

    @Test
    void aTotalRowIsBoldAndOtherRowsAreNot() {
        XWPFTable table = word.getTables().get(0);
        XWPFTableRow total = table.getRow(5);
        assertThat(rowTexts(total)).containsExactly("Totalt", "16", nb("100,0 %"), "12", nb("100,0 %"), "+4");
        assertThat(total.getTableCells()).allSatisfy(cell -> assertThat(bold(cell)).isTrue());
        assertThat(table.getRow(2).getTableCells()).allSatisfy(cell -> assertThat(bold(cell)).isFalse());
    }

    @Test
    void hiddenCellsShowADotAndTheTableSaysWhyUnderIt() {
        XWPFTable table = word.getTables().get(0);
        assertThat(rowTexts(table.getRow(4))).containsExactly("Föräldraledighet", "·", "·", "·", "·", "·");
        assertThat(after(table)).containsSubsequence(
                "· Värdet visas inte: det gäller färre än 3 personer, eller skulle låta ett sådant värde räknas "
                        + "fram (skydd för små tal).",
                "Manifest m-0123456789abcdef0123456789abcdef — kan kontrolleras i journey");
    }

    @Test
    void everyTableHasItsNumberedCaptionAboveAndItsManifestBelow() {
        XWPFTable outcomes = word.getTables().get(0);
        XWPFTable money = word.getTables().get(1);
        assertThat(before(outcomes)).isEqualTo("Tabell 1. Avslut efter orsak, 2025 jämfört med 2024");
        assertThat(before(money)).isEqualTo("Tabell 2. Tilldelning och utfall");
        assertThat(after(money)).containsExactly("Beloppen är hämtade ur ekonomisystemet.",
                "Manifest m-fedcba9876543210fedcba9876543210 — kan kontrolleras i journey");
        assertThat(after(money)).doesNotContain(
                "· Värdet visas inte: det gäller färre än 3 personer, eller skulle låta ett sådant värde räknas "
                        + "fram (skydd för små tal).");
    }

    @Test
    void amountsAreInWholeKronorOrThousandsWithAMinusSign() {
        XWPFTable money = word.getTables().get(1);
        assertThat(rowTexts(money.getRow(1))).containsExactly("Försäkringskassan", nb("1 234 567 kr"),
                nb("1 000 000 kr"), nb("234 567 kr"));
        assertThat(rowTexts(money.getRow(2))).containsExactly("Region Västmanland", nb("600 000 kr"),
                nb("650 000 kr"), nb("−50 000 kr"));
        assertThat(rowTexts(money.getRow(3))).containsExactly("Summa (tkr)", nb("12 225 tkr"), nb("11 247 tkr"),
                nb("978 tkr"));
    }

    @Test
    void everyChartIsAPictureAtPrintResolutionWithItsTextAlternative() throws IOException {
        List<Chart> charts = SmallDocument.charts();
        List<XWPFPictureData> pictures = word.getAllPictures();
        assertThat(pictures).hasSize(charts.size());
        for (XWPFPictureData picture : pictures) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.getData()));
            // 16 cm wide at 300 dots per inch
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(1850);
        }
        List<String> descriptions = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (XWPFParagraph paragraph : word.getParagraphs()) {
            for (var run : paragraph.getRuns()) {
                for (var drawing : run.getCTR().getDrawingList()) {
                    for (CTInline inline : drawing.getInlineList()) {
                        descriptions.add(inline.getDocPr().getDescr());
                    }
                }
            }
            if ("Caption".equals(paragraph.getStyle()) && paragraph.getText().startsWith("Diagram")) {
                captions.add(paragraph.getText());
            }
        }
        assertThat(descriptions).containsExactlyElementsOf(charts.stream().map(Chart::textAlternative).toList());
        assertThat(captions).containsExactly("Diagram 1. Stapel: nya deltagare per år",
                "Diagram 2. Liggande: remitterande part, i år och i fjol", "Diagram 3. Staplad: kön per år",
                "Diagram 4. Linje: genomströmningstid per månad", "Diagram 5. Cirkel: andel till arbete och studier",
                "Diagram 6. Ring: utfall mot tilldelning");
    }

    @Test
    void theTeamsTextKeepsItsParagraphsAndBecomesABulletList() {
        List<XWPFParagraph> paragraphs = word.getParagraphs();
        int lead = indexOf(paragraphs, "Viktigast under året:");
        assertThat(paragraphs.get(lead - 1).getText()).isEqualTo("Teamet har arbetat med 36 personer under året.");
        XWPFParagraph first = paragraphs.get(lead + 1);
        XWPFParagraph second = paragraphs.get(lead + 2);
        assertThat(first.getText()).isEqualTo("gruppstarter i ACT");
        assertThat(second.getText()).isEqualTo("samverkan med Försäkringskassan");
        assertThat(first.getNumID()).isNotNull().isEqualTo(second.getNumID());
        assertThat(word.getNumbering().getAbstractNum(word.getNumbering().getAbstractNumID(first.getNumID()))
                .getCTAbstractNum().getLvlArray(0).getNumFmt().getVal().toString()).isEqualTo("bullet");
    }

    @Test
    void everyPageButTheTitlePageHasAFooterWithItsPageNumber() {
        XWPFFooter footer = word.getHeaderFooterPolicy().getDefaultFooter();
        assertThat(footer.getText()).contains("Samordningsteam Hallstahammar · Årsrapport 2025", "Sida ", " av ");
        String fields = footer.getParagraphs().get(0).getCTP().xmlText();
        assertThat(fields).contains("w:instr=\"PAGE\"", "w:instr=\"NUMPAGES\"");
        assertThat(word.getHeaderFooterPolicy().getFirstPageFooter().getText()).isBlank();
        assertThat(word.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
    }

    @Test
    void theDocumentIsSwedishA4() {
        String defaults = word.getStyles().getCtStyles().getDocDefaults().xmlText();
        assertThat(defaults).contains("w:val=\"sv-SE\"");
        var page = word.getDocument().getBody().getSectPr().getPgSz();
        assertThat(((java.math.BigInteger) page.getW()).intValue()).isEqualTo(11906);
        assertThat(((java.math.BigInteger) page.getH()).intValue()).isEqualTo(16838);
        assertThat(word.getProperties().getCoreProperties().getTitle())
                .isEqualTo("Årsrapport 2025 – Samordningsteam Hallstahammar");
    }

    private static List<String> rowTexts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static boolean bold(XWPFTableCell cell) {
        return cell.getParagraphs().get(0).getRuns().stream().allMatch(run -> run.isBold());
    }

    private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph \"" + text + "\"");
    }

    /** The text of the paragraph just before the table. */
    private static String before(XWPFTable table) {
        List<IBodyElement> body = word.getBodyElements();
        return ((XWPFParagraph) body.get(body.indexOf(table) - 1)).getText();
    }

    /** The texts of the paragraphs after the table, up to the next table or heading. */
    private static List<String> after(XWPFTable table) {
        List<IBodyElement> body = word.getBodyElements();
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : body.subList(body.indexOf(table) + 1, body.size())) {
            if (!(element instanceof XWPFParagraph paragraph) || (paragraph.getStyle() != null
                    && (paragraph.getStyle().startsWith("Heading") || "Caption".equals(paragraph.getStyle())))) {
                break;
            }
            texts.add(paragraph.getText());
        }
        return texts;
    }
}
