package se.finsam.journey.api.ledger.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.BrowserTest;

/**
 * In a real Chromium, the office and analyst of a team (one user with both roles) records the team's 2025
 * allocation, a cost and a forecast (an ambiguous amount refused beside its field on the way), a goal tied to the
 * share to work with its assessment, then opens the economy and goal reports and finds what was recorded.
 */
class LedgerBrowserTests extends BrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @Override
    protected void seed(ServiceClientAccess service) {
        service.initiative("fns", "vastmanland");
        service.userWithRoles("karin", List.of("OFFICE", "ANALYST"), "fns");
        service.importAsAdmin(String.join("\n",
                ServiceClientAccess.line("fns-1", "referral", "r", "2025-01-10", "\"initiative\":\"fns\","
                        + "\"referringParty\":\"SOCIAL_INSURANCE_AGENCY\",\"person\":{\"gender\":\"WOMAN\","
                        + "\"birthYear\":1985},\"supportBefore\":\"SICKNESS_BENEFIT\""),
                ServiceClientAccess.line("fns-1", "enrolment", "e", "2025-01-20", ""),
                ServiceClientAccess.line("fns-1", "closure", "c", "2025-05-30", "\"cause\":\"WORK\","
                        + "\"supportAfter\":\"NO_PUBLIC_SUPPORT\"")));
    }

    private void type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** A date field is set as its value: typing into a date input depends on the browser's locale. */
    private void date(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id(id)), isoDate);
    }

    private void newRecord(String type) {
        browser.find(By.id("new-" + type)).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("type=" + type));
    }

    private String savedBackInTheLedger() {
        browser.find(By.id("save")).click();
        browser.waitFor(d -> !d.findElements(By.id("saved")).isEmpty());
        return browser.text(By.id("saved"));
    }

    @Test
    void theTeamRecordsItsMoneyAndAGoalAndFindsThemInItsReports() {
        browser.signIn("karin", ServiceClientAccess.password());
        browser.find(By.cssSelector(".site-nav a[href$='/app/ledgers']")).click();
        browser.find(By.id("ledger-initiative-fns")).click();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Liggare: Team fns");

        newRecord("allocation");
        type("f-year", "2025");
        type("f-financingParty", "Samordningsförbundet");
        type("f-amount", "1,840");
        browser.find(By.id("save")).click();
        WebElement refused = browser.find(By.id("e-amount"));
        assertThat(refused.getText()).startsWith("Beloppet kan betyda två olika saker");
        assertThat(browser.find(By.id("f-amount")).getAttribute("aria-describedby")).contains("e-amount");
        browser.screenshot("ledger-amount-refused");
        type("f-amount", "1 840 000");
        type("f-recordId", "tilldelning-2025");
        assertThat(savedBackInTheLedger()).contains("tilldelning-2025");

        newRecord("cost");
        date("f-from", "2025-01-01");
        date("f-to", "2025-06-30");
        type("f-costType", "Personal");
        type("f-amount", "1 093 533");
        savedBackInTheLedger();

        newRecord("forecast");
        type("f-year", "2025");
        type("f-costType", "Personal");
        type("f-amount", "2 190 000");
        savedBackInTheLedger();

        newRecord("goal");
        type("f-year", "2025");
        type("f-area", "Arbete");
        type("f-text", "Fler deltagare går vidare till arbete");
        type("f-figure", "closures.shares.work");
        type("f-target", "20");
        new Select(browser.find(By.id("f-direction"))).selectByValue("AT_LEAST");
        type("f-recordId", "mal-arbete");
        savedBackInTheLedger();
        browser.find(By.id("assess-mal-arbete")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("type=goal-assessment"));
        type("f-text", "Målet är nått: en av en avslutad gick till arbete.");
        new Select(browser.find(By.id("f-attainment"))).selectByValue("REACHED");
        savedBackInTheLedger();
        assertThat(browser.text(By.id("records-money"))).contains("tilldelning-2025", "Samordningsförbundet",
                "1 840 000", "2 190 000", "Personal");
        browser.screenshot("ledger-fns");

        browser.go("/app/ledger-reports/economy?initiative=fns&period=h1&year=2025&compare=no");
        browser.waitFor(d -> !d.findElements(By.id("economy-summary")).isEmpty());
        String summary = browser.text(By.id("economy-summary"));
        assertThat(summary).contains("Tilldelat 1 840 000", "Utfall under perioden 1 093 533",
                "Helårsprognos 2 190 000");
        assertThat(browser.text(By.id("economy-per-participant"))).contains("Deltagare 1 1 093 533");
        browser.screenshot("ledger-economy-report");

        browser.find(By.cssSelector("a[href*='/app/ledger-reports/goals']")).click();
        browser.waitFor(d -> !d.findElements(By.id("goals")).isEmpty());
        String goals = browser.text(By.id("goals"));
        assertThat(goals).contains("Fler deltagare går vidare till arbete", "minst 20,0", "100,0", "Ja",
                "Nått: Målet är nått");
        browser.screenshot("ledger-goal-report");
    }
}
