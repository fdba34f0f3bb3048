package se.finsam.journey.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.document.Swedish.nb;
import static se.finsam.journey.document.Swedish.row;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsam.journey.document.AvestaReport;
import se.finsam.journey.document.SmallDocument;

/** Renders the small document as PDF and reads it back with PDFBox, an independent PDF library. */
class PdfRendererTests {

    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        pdf = Loader.loadPDF(PdfRenderer.render(SmallDocument.document()));
        text = stripper().getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void theTitlePageNamesTheSubjectThePeriodAndTheEventPositionAndHasNoFooter() throws IOException {
        String title = page(1);
        assertThat(title).contains("Samordningsförbundet Västmanland", "Årsrapport 2025",
                "Samordningsteam Hallstahammar", "Period 2025-01-01 – 2025-12-31", "Framtagen 2026-02-10",
                nb("exakta per händelseposition 1 234 567."));
        assertThat(title).doesNotContain("Sida");
    }

    @Test
    void everyHeadingIsABookmarkAtItsLevel() {
        assertThat(outline(pdf.getDocumentCatalog().getDocumentOutline(), 1)).containsExactly(
                "1 Årets resultat", "2 Avslut och försörjning", "3 Överst i förändringen", "1 Ekonomi", "1 Diagram");
    }

    @Test
    void theContentsGiveThePageEachHeadingIsOn() throws IOException {
        // the Avesta example: its headings are spread over several pages
        try (PDDocument avesta = Loader.loadPDF(PdfRenderer.render(AvestaReport.document()))) {
            String contents = page(avesta, 2);
            Map<String, Integer> bookmarked = new LinkedHashMap<>();
            for (PDOutlineItem item : items(avesta.getDocumentCatalog().getDocumentOutline())) {
                bookmarked.put(item.getTitle(), avesta.getPages().indexOf(item.findDestinationPage(avesta)) + 1);
            }
            assertThat(bookmarked).hasSize(9);
            assertThat(new HashSet<>(bookmarked.values())).as("pages with headings").hasSizeGreaterThan(3);
            for (Map.Entry<String, Integer> heading : bookmarked.entrySet()) {
                Matcher entry = Pattern.compile(Pattern.quote(heading.getKey()) + "[ .]*(\\d+)").matcher(contents);
                assertThat(entry.find()).as("a contents entry for %s", heading.getKey()).isTrue();
                assertThat(Integer.parseInt(entry.group(1))).as("the page of %s", heading.getKey())
                        .isEqualTo(heading.getValue());
            }
        }
    }

    @Test
    void aDocumentWithoutContentsHasItsFirstHeadingOnPageTwo() throws IOException {
        try (PDDocument plain = Loader.loadPDF(PdfRenderer.render(SmallDocument.document().withoutTableOfContents()))) {
            assertThat(new PDFTextStripper().getText(plain)).doesNotContain("Innehåll");
            PDOutlineItem first = plain.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(first.getTitle()).isEqualTo("Årets resultat");
            assertThat(plain.getPages().indexOf(first.findDestinationPage(plain))).isEqualTo(1);
        }
    }

    @Test
    void everyPageButTheFirstSaysWhichPageOfHowManyItIs() throws IOException {
        int pages = pdf.getNumberOfPages();
        assertThat(pages).isGreaterThan(3);
        for (int page = 2; page <= pages; page++) {
            assertThat(page(page)).contains("Samordningsteam Hallstahammar · Årsrapport 2025",
                    "Sida " + page + " av " + pages);
        }
    }

    @Test
    void tableRowsHaveTheirSwedishNumbersAndTotals() {
        assertThat(text).contains(
                "Tabell 1. Avslut efter orsak, 2025 jämfört med 2024",
                "Avslutsorsak",
                row("Arbete", "5", "31,3 %", "3", "25,0 %", "+2"),
                row("Studier", "9", "56,3 %", "7", "58,3 %", "+2"),
                row("Totalt", "16", "100,0 %", "12", "100,0 %", "+4"),
                "Tabell 2. Tilldelning och utfall",
                row("Försäkringskassan", "1 234 567 kr", "1 000 000 kr", "234 567 kr"),
                row("Region Västmanland", "600 000 kr", "650 000 kr", "−50 000 kr"),
                row("Summa (tkr)", "12 225 tkr", "11 247 tkr", "978 tkr"));
    }

    @Test
    void hiddenCellsShowADotAndTheTableSaysWhyAboveItsManifest() {
        assertThat(text).contains("Föräldraledighet · · · · ·");
        assertThat(text).containsSubsequence(
                "· Värdet visas inte: det gäller färre än 3 personer, eller skulle låta ett sådant värde",
                "Manifest m-0123456789abcdef0123456789abcdef — kan kontrolleras i journey",
                "Beloppen är hämtade ur ekonomisystemet.",
                "Manifest m-fedcba9876543210fedcba9876543210 — kan kontrolleras i journey");
        assertThat(occurrences("Värdet visas inte")).isEqualTo(1);
    }

    @Test
    void chartsAreDrawnWithTheirCaptionsLabelsAndManifests() {
        assertThat(text).containsSubsequence("Diagram 1. Stapel: nya deltagare per år",
                "Diagram 2. Liggande: remitterande part, i år och i fjol", "Diagram 3. Staplad: kön per år",
                "Diagram 4. Linje: genomströmningstid per månad", "Diagram 5. Cirkel: andel till arbete och studier",
                "Diagram 6. Ring: utfall mot tilldelning");
        // the charts are vectors: their labels are text in the PDF, in Swedish number formats
        assertThat(text).contains(nb("Studier: 9 (56 %)"), nb("Använt: 92,0 % (92 %)"), nb("23,3 mån"),
                "Försäkringskassan", "Kvinnor");
        assertThat(occurrences("Manifest m-00000000000000000000000000000001 — kan kontrolleras i journey"))
                .isEqualTo(2);
        assertThat(pdf.getPage(pdf.getNumberOfPages() - 1).getResources().getXObjectNames()).isNotEmpty();
    }

    @Test
    void everyFontIsEmbeddedLiberationSans() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
                fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(font -> font.startsWith("LiberationSans"));
    }

    @Test
    void theDocumentIsSwedishAndTitled() {
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Årsrapport 2025 – Samordningsteam Hallstahammar");
        assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("journey");
        assertThat(text).contains("Överst i förändringen", "Ökningen gäller främst studier.");
    }

    /**
     * The text in the order it is written. OpenPDF writes tables and headings on layers of their own, after the
     * page's other text, so a row's cells come out together; sorting by position instead would mix in the spaces
     * OpenPDF writes to make room between paragraphs.
     */
    private static PDFTextStripper stripper() {
        return new PDFTextStripper();
    }

    private static String page(int number) throws IOException {
        return page(pdf, number);
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = stripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }

    private static int occurrences(String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> outline(PDOutlineNode node, int level) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            titles.add(level + " " + item.getTitle());
            titles.addAll(outline(item, level + 1));
        }
        return titles;
    }

    private static List<PDOutlineItem> items(PDOutlineNode node) {
        List<PDOutlineItem> items = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            items.add(item);
            items.addAll(items(item));
        }
        return items;
    }
}
