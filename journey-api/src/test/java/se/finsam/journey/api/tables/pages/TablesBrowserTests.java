package se.finsam.journey.api.tables.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.line;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.BrowserTest;

/**
 * An analyst in a real Chromium builds Samverkansteam Avesta's closure table (seed 002, "Deltagarresultat" and
 * Bilaga 2: the causes grouped into the report's five columns, by gender, with shares; closures by age band and
 * gender) in the form without writing JSON, saves it, runs it for 2024-07-01–2025-06-30, exports it to Excel (the
 * file is opened and its cells checked), changes a band, sees version 2 beside version 1, and follows a count to
 * exactly its journeys; then the run and the form at a tablet's width.
 */
class TablesBrowserTests extends BrowserTest {

    /** The five columns of Avesta's table, and the causes of each. */
    private static final String[][] COLUMNS = {
            {"Arbete", "WORK"},
            {"Studier", "STUDIES"},
            {"Annan arbetslivsinriktad rehab", "ACTIVE_JOB_SEEKING", "CONTINUED_REHABILITATION"},
            {"Sjukersättning", "SICKNESS_COMPENSATION"},
            {"Annat", "MEDICAL_REHABILITATION", "PARENTAL_LEAVE", "MOVED", "NOT_MEASURED", "OTHER"}};
    private static final int[][] BANDS = {{16, 20}, {21, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}};

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    /**
     * Avesta's year as its report tells it, in closures: 18 measured closures (10 women, 8 men) and a drop-out,
     * studies 2 + 1, other work-oriented rehabilitation 4 + 5, sickness compensation 1 + 1, other 3 + 1; and people
     * still enrolled.
     */
    @Override
    protected void seed(ServiceClientAccess service) {
        service.initiative("avesta", "sodra-dalarna");
        service.user("anita", "ANALYST", "avesta");
        List<String> lines = new ArrayList<>();
        String[][] closures = {
                {"WOMAN", "STUDIES", "2003"}, {"WOMAN", "STUDIES", "1999"}, {"MAN", "STUDIES", "1962"},
                {"WOMAN", "CONTINUED_REHABILITATION", "1995"}, {"WOMAN", "CONTINUED_REHABILITATION", "1988"},
                {"WOMAN", "ACTIVE_JOB_SEEKING", "1979"}, {"WOMAN", "CONTINUED_REHABILITATION", "1992"},
                {"MAN", "CONTINUED_REHABILITATION", "1975"}, {"MAN", "CONTINUED_REHABILITATION", "1980"},
                {"MAN", "CONTINUED_REHABILITATION", "1970"}, {"MAN", "ACTIVE_JOB_SEEKING", "1984"},
                {"MAN", "CONTINUED_REHABILITATION", "1986"},
                {"WOMAN", "SICKNESS_COMPENSATION", "1966"}, {"MAN", "SICKNESS_COMPENSATION", "1960"},
                {"WOMAN", "MEDICAL_REHABILITATION", "1990"}, {"WOMAN", "MEDICAL_REHABILITATION", "1985"},
                {"WOMAN", "MOVED", "2001"}, {"MAN", "OTHER", "1972"}, {"WOMAN", "DROPOUT", "1994"}};
        for (int i = 0; i < closures.length; i++) {
            String journey = "avesta-c" + i;
            lines.add(referral(journey, closures[i][0], closures[i][2], "2023-0" + (1 + i % 9) + "-10"));
            lines.add(line(journey, "enrolment", "e", "2023-0" + (1 + i % 9) + "-20", ""));
            lines.add(line(journey, "closure", "c", "2025-0" + (1 + i % 6) + "-15",
                    "\"cause\":\"" + closures[i][1] + "\",\"supportAfter\":\"UNKNOWN\""));
        }
        for (int i = 0; i < 12; i++) {
            String journey = "avesta-a" + i;
            lines.add(referral(journey, i % 3 == 0 ? "MAN" : "WOMAN", String.valueOf(1980 + i), "2024-09-01"));
            lines.add(line(journey, "enrolment", "e", "2024-09-15", ""));
        }
        var imported = service.importAsAdmin(String.join("\n", lines));
        assertThat(imported.path("rejected").asInt()).as(imported.toString()).isZero();
        service.awaitReadModel(imported.path("position").asLong());
    }

    private static String referral(String journey, String gender, String birthYear, String date) {
        return line(journey, "referral", "r", date, "\"initiative\":\"avesta\",\"referringParty\":\"REGION\","
                + "\"person\":{\"gender\":\"" + gender + "\",\"birthYear\":" + birthYear + "},"
                + "\"supportBefore\":\"SICKNESS_BENEFIT\"");
    }

    @Test
    void anAnalystBuildsAvestasClosureTableRunsExportsChangesABandAndFollowsACount() throws IOException {
        browser.signIn("anita", ServiceClientAccess.password());
        browser.find(By.cssSelector(".site-nav a[href$='/app/tables']")).click();
        browser.find(By.id("new-definition")).click();

        type("id", "avesta-closures");
        type("title", "Samverkansteam Avesta: deltagarresultat");
        type("tables[0].id", "results");
        type("tables[0].title", "Avslutade efter resultat och kön");
        choose("tables[0].population", "measuredClosures");
        chooseAndWait("tables[0].columns.by", "closureCause");
        for (int g = 0; g < COLUMNS.length; g++) {
            press("addGroup:0:columns");
            type("tables[0].columns.groups[" + g + "].label", COLUMNS[g][0]);
            for (int c = 1; c < COLUMNS[g].length; c++) {
                tick("tables[0].columns.groups[" + g + "].codes", COLUMNS[g][c]);
            }
        }
        untick("tables[0].values", "shareOfTotal");
        tick("tables[0].values", "shareOfRow");
        choose("tables[0].decimals", "1");

        press("addTable");
        type("tables[1].id", "ages");
        type("tables[1].title", "Avslutade efter ålder och kön");
        choose("tables[1].population", "measuredClosures");
        chooseAndWait("tables[1].rows.by", "ageBand");
        for (int b = 0; b < BANDS.length; b++) {
            press("addBand:1:rows");
            type("tables[1].rows.bands[" + b + "].low", String.valueOf(BANDS[b][0]));
            type("tables[1].rows.bands[" + b + "].high", String.valueOf(BANDS[b][1]));
        }
        chooseAndWait("tables[1].columns.by", "gender");
        untick("tables[1].values", "shareOfTotal");
        browser.screenshot("tables-form-avesta");

        browser.find(By.id("save-definition")).click();
        browser.waitFor(d -> !d.findElements(By.id("saved")).isEmpty());
        assertThat(browser.text(By.id("saved"))).isEqualTo("Version 1 sparades.");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Avslutsorsak: Arbete (Arbete); "
                + "Studier (Studier); Annan arbetslivsinriktad rehab (Aktivt arbetssökande, Fortsatt aktiv rehabilitering)",
                "Ålder: 16–20 år, 21–24 år, 25–34 år, 35–44 år, 45–54 år, 55–64 år");

        browser.find(By.id("run-definition")).click();
        browser.find(By.cssSelector("label[for=initiative-avesta]")).click();
        new Select(browser.find(By.id("period"))).selectByValue("july");
        browser.find(By.id("year")).clear();
        browser.find(By.id("year")).sendKeys("2024");
        browser.find(By.id("run-tables")).click();
        browser.waitFor(d -> !d.findElements(By.id("run-title")).isEmpty());
        assertThat(browser.text(By.id("run-title"))).contains("avesta", "1 juli 2024", "30 juni 2025");
        assertThat(count("results", "WOMAN/Studier")).isEqualTo("2");
        assertThat(count("results", "WOMAN/Annan arbetslivsinriktad rehab")).isEqualTo("4");
        assertThat(count("results", "MAN/Annan arbetslivsinriktad rehab")).isEqualTo("5");
        assertThat(count("results", "WOMAN/total")).isEqualTo("10");
        assertThat(count("results", "total/total")).isEqualTo("18");
        assertThat(browser.find(By.cssSelector("table[data-table=results]")).getText()).contains("40,0 %");
        browser.screenshot("tables-run-avesta");

        browser.find(By.id("export-xlsx")).click();
        Path file = browser.downloaded(".xlsx");
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            // Excel names a sheet in at most 31 characters.
            Sheet results = book.getSheetAt(0);
            assertThat(results.getSheetName()).isEqualTo("Avslutade efter resultat och kö");
            Row women = row(results, "Kvinna");
            // Compared with the year before, each value is three columns (this year, last year, the change): Arbete
            // count 1–3 and share of row 4–6, Studier 7–12, Annan arbetslivsinriktad rehab 13–18, …, Annat 25–30, then
            // Övriga 31–36 (the drop-outs' cause is in no group; a measured closure is never one) and Totalt 37–42.
            assertThat(number(women.getCell(7))).isEqualTo(2);
            assertThat(number(women.getCell(8))).isZero();
            assertThat(number(women.getCell(9))).isEqualTo(2);
            assertThat(number(women.getCell(10))).isEqualTo(20.0);
            assertThat(women.getCell(10).getCellStyle().getDataFormatString()).contains("%");
            assertThat(number(women.getCell(13))).isEqualTo(4);
            assertThat(number(women.getCell(16))).isEqualTo(40.0);
            assertThat(number(women.getCell(31))).isZero();
            assertThat(number(row(results, "Totalt").getCell(37))).isEqualTo(18);
            assertThat(results.getRow(1).getCell(0).getStringCellValue()).contains("avesta-closures", "version 1");
            assertThat(book.getSheet("Avslutade efter ålder och kön")).isNotNull();
        }

        WebElement rehabilitatedWomen = link("results", "WOMAN/Annan arbetslivsinriktad rehab");
        String runPage = browser.driver().getCurrentUrl();
        rehabilitatedWomen.click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/app/tables/lineage"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Avslutade efter resultat och kön: Kvinna, "
                + "Annan arbetslivsinriktad rehab");
        assertThat(browser.findAll(By.cssSelector("table.lineage .journey-id"))).hasSize(4);
        browser.screenshot("tables-lineage-avesta");

        browser.go("/app/tables/avesta-closures/edit");
        WebElement lastHigh = browser.find(By.name("tables[1].rows.bands[5].high"));
        lastHigh.clear();
        browser.find(By.id("save-definition")).click();
        browser.waitFor(d -> !d.findElements(By.id("saved")).isEmpty());
        assertThat(browser.text(By.id("saved"))).isEqualTo("Version 2 sparades.");
        new Select(browser.find(By.id("compare-from"))).selectByValue("1");
        new Select(browser.find(By.id("compare-to"))).selectByValue("2");
        browser.find(By.id("compare-versions")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/changes"));
        String changes = browser.text(By.id("table-ages"));
        assertThat(changes).contains("Rader: nya band 55 år och äldre.", "Rader: borttagna band 55–64 år.");
        assertThat(browser.text(By.id("table-results"))).contains("oförändrad");
        assertThat(browser.findAll(By.cssSelector("#table-ages tr.changed th"))).extracting(WebElement::getText)
                .containsExactly("Rader");
        browser.screenshot("tables-changes-avesta");

        browser.driver().manage().window().setSize(new Dimension(768, 1024));
        browser.driver().get(runPage);
        browser.waitFor(d -> !d.findElements(By.id("run-title")).isEmpty());
        assertThat(count("results", "total/total")).isEqualTo("18");
        assertThat(overflow()).isFalse();
        browser.screenshot("tables-run-avesta-tablet");
        browser.go("/app/tables/avesta-closures/edit");
        assertThat(overflow()).isFalse();
        browser.screenshot("tables-form-avesta-tablet");
        assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }

    private void type(String name, String text) {
        WebElement field = browser.find(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String name, String value) {
        new Select(browser.find(By.name(name))).selectByValue(value);
    }

    /** Chooses a dimension; the page's script sends the form to draw its bands or groups, and the page comes back. */
    private void chooseAndWait(String name, String value) {
        WebElement before = browser.find(By.tagName("main"));
        choose(name, value);
        browser.waitFor(ExpectedConditions.stalenessOf(before)::apply);
        browser.find(By.name(name));
    }

    /** Presses one of the form's buttons (it sends the form) and waits for the page to come back. */
    private void press(String action) {
        WebElement button = browser.find(By.cssSelector("button[name=action][value='" + action + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.waitFor(ExpectedConditions.stalenessOf(button)::apply);
        browser.find(By.tagName("main"));
    }

    private void tick(String name, String value) {
        WebElement box = browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            click(box);
        }
    }

    private void untick(String name, String value) {
        WebElement box = browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (box.isSelected()) {
            click(box);
        }
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** The link of a count on the run page: its table and its cell (ROW/COLUMN), as the lineage link names them. */
    private WebElement link(String table, String cell) {
        for (WebElement link : browser.findAll(By.cssSelector("table[data-table=" + table + "] a[href*='/app/tables/lineage']"))) {
            String href = java.net.URLDecoder.decode(link.getAttribute("href"), java.nio.charset.StandardCharsets.UTF_8);
            if (href.contains("cell=" + cell + "&") || href.endsWith("cell=" + cell)) {
                return link;
            }
        }
        throw new AssertionError("no count of " + table + " " + cell);
    }

    private String count(String table, String cell) {
        return link(table, cell).getText();
    }

    private boolean overflow() {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
    }

    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static double number(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }
}
