package se.finsam.journey.api.reports.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.BrowserTest;

/**
 * An analyst in a real Chromium opens the 2025 report of an acceptance scenario, sees the published figures,
 * switches the period and exports the report to Excel; the downloaded file is opened and checked.
 */
class ReportsBrowserTests extends BrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @Override
    protected void seed(ServiceClientAccess service) {
        service.user("ella", "ANALYST", "hallstahammar");
        ReportPages.load(service, "hallstahammar-2025", "ella");
    }

    @Test
    void anAnalystOpensThe2025ReportSwitchesPeriodAndExportsXlsx() throws IOException {
        browser.signIn("ella", ServiceClientAccess.password());
        browser.find(By.cssSelector(".site-nav a[href$='/app/reports']")).click();
        browser.find(By.cssSelector("label[for=initiative-hallstahammar]")).click();
        new Select(browser.find(By.id("period"))).selectByValue("year");
        browser.find(By.id("year")).clear();
        browser.find(By.id("year")).sendKeys("2025");
        browser.find(By.cssSelector(".report-form button[type=submit]")).click();

        browser.waitFor(d -> !d.findElements(By.id("report-title")).isEmpty());
        assertThat(browser.driver().getCurrentUrl()).contains("initiative=hallstahammar", "year=2025");
        assertThat(browser.text(By.id("report-title"))).contains("hallstahammar", "2025");
        assertThat(cell("closures.standardTable.closures")).isEqualTo("16");
        assertThat(cell("closures.standardTable.studies")).isEqualTo("5");
        assertThat(cell("closures.standardTable.continuedRehabilitation")).isEqualTo("5");
        assertThat(cell("participants.total")).isEqualTo("36");
        assertThat(cell("participants.new")).isEqualTo("17");
        assertThat(browser.findAll(By.cssSelector("figure.chart svg[role=img] title"))).hasSize(3);
        browser.screenshot("report-2025");
        scrollTo("report-title");
        browser.screenshot("report-2025-charts");
        scrollTo("section-closures");
        browser.screenshot("report-2025-closures");

        new Select(browser.find(By.id("period"))).selectByValue("h2");
        assertThat(browser.find(By.id("from")).isDisplayed()).isFalse();
        browser.find(By.cssSelector(".report-form button[type=submit]")).click();
        browser.waitFor(d -> d.findElement(By.id("report-title")).getText().contains("1 juli 2025"));
        String halfYearClosures = cell("closures.standardTable.closures");
        assertThat(Integer.parseInt(halfYearClosures)).isLessThanOrEqualTo(16);
        browser.screenshot("report-2025-second-half");

        browser.find(By.id("export-xlsx")).click();
        Path file = browser.downloaded(".xlsx");
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            Sheet closures = book.getSheet("Avslut");
            Row total = ReportPages.row(closures, "Avslut och utfall (andelar av avslut utan tidiga avhopp)",
                    "Avslut totalt");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(Double.parseDouble(halfYearClosures));
            assertThat(closures.getRow(2).getCell(0).getStringCellValue()).contains("2025-07-01 – 2025-12-31");
        }
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    /** The text of this year's count linked to the lineage of {@code path}. */
    private String cell(String path) {
        return browser.find(By.cssSelector("a[href*='cell=" + path + "']")).getText();
    }
}
