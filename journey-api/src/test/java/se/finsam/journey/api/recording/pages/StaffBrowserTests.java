package se.finsam.journey.api.recording.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.BrowserTest;

/** Staff at work in a real Chromium: a referral, an enrolment, a closure, and a wrong record retracted. */
class StaffBrowserTests extends BrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @Override
    protected void seed(ServiceClientAccess service) {
        service.initiative("sala", "vastmanland");
        service.user("anna", "STAFF", "sala");
    }

    private void choose(String id, String value) {
        new Select(browser.find(By.id(id))).selectByValue(value);
    }

    private void type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void save() {
        browser.find(By.id("save")).click();
    }

    private void recordFromTimeline(String type) {
        browser.find(By.id("new-" + type)).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("type=" + type));
    }

    private String savedAndBackOnTheTimeline() {
        browser.waitFor(d -> !d.findElements(By.id("flash")).isEmpty());
        return browser.text(By.id("flash"));
    }

    @Test
    void staffRecordsAReferralEnrolmentAndClosureAndRetractsAWrongRecord() {
        browser.signIn("anna", ServiceClientAccess.password());
        browser.go("/app/journeys");
        browser.find(By.linkText("Ny deltagare (anvisning)")).click();

        type("f-journeyId", "sala-0042");
        choose("f-referringParty", "SOCIAL_INSURANCE_AGENCY");
        choose("f-person-gender", "WOMAN");
        // 1940 is a year a birth year may be (1900–2100) but too early for a participant referred now.
        type("f-person-birthYear", "1940");
        type("f-person-name", "Testa Testsson");
        choose("f-supportBefore", "SICKNESS_BENEFIT");
        save();
        // An age outside 16–67 is refused, next to the birth year, and what was typed stays.
        WebElement error = browser.find(By.id("e-person-birthYear"));
        int age = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).getYear() - 1940;
        assertThat(error.getText()).isEqualTo("Deltagaren måste vara 16–67 år vid anvisningen (enligt födelseåret "
                + age + " år).");
        assertThat(browser.find(By.id("f-person-birthYear")).getAttribute("aria-describedby"))
                .isEqualTo("e-person-birthYear");
        assertThat(new Select(browser.find(By.id("f-person-gender"))).getFirstSelectedOption().getText())
                .isEqualTo("Kvinna");
        browser.screenshot("staff-referral-refused");

        type("f-person-birthYear", "1990");
        save();
        assertThat(savedAndBackOnTheTimeline()).isEqualTo("Registreringen är sparad.");
        assertThat(browser.text(By.id("status"))).isEqualTo("Väntar");
        assertThat(browser.text(By.id("person-name"))).isEqualTo("Testa Testsson");

        recordFromTimeline("enrolment");
        save();
        savedAndBackOnTheTimeline();
        assertThat(browser.text(By.id("status"))).isEqualTo("Aktiv");

        // A wrong record: an assessment with the wrong instrument.
        recordFromTimeline("assessment");
        choose("f-instrument", "WORK_ABILITY");
        type("f-score", "7");
        type("f-recordId", "fel-skattning");
        save();
        savedAndBackOnTheTimeline();

        recordFromTimeline("closure");
        choose("f-cause", "WORK");
        choose("f-supportAfter", "NO_PUBLIC_SUPPORT");
        choose("f-subsidisedEmployment", "false");
        save();
        savedAndBackOnTheTimeline();
        assertThat(browser.text(By.id("status"))).isEqualTo("Avslutad");
        browser.screenshot("staff-journey-closed");

        browser.find(By.cssSelector("#record-fel-skattning a.retract-link")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("type=retraction"));
        assertThat(new Select(browser.find(By.id("f-retracts"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("fel-skattning");
        save();
        assertThat(browser.find(By.id("e-reason")).getText()).isEqualTo("Fyll i fältet.");
        browser.screenshot("staff-retraction-needs-reason");
        type("f-reason", "Fel instrument, skulle vara självskattad stegförflyttning");
        save();
        savedAndBackOnTheTimeline();

        WebElement retracted = browser.find(By.id("record-fel-skattning"));
        assertThat(retracted.findElement(By.cssSelector("h3 del")).getText()).endsWith("Skattning");
        assertThat(retracted.findElement(By.cssSelector(".retraction-reason")).getText())
                .contains("anna").contains("Fel instrument, skulle vara självskattad stegförflyttning");
        assertThat(browser.text(By.id("status"))).isEqualTo("Avslutad");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                retracted);
        browser.screenshot("staff-timeline-retracted");

        // The list reads the read model: wait until it includes every record stored so far, then open it once.
        ServiceClientAccess service = ServiceClientAccess.client(port);
        service.awaitReadModel(service.storeHead());
        browser.go("/app/journeys?initiative=sala");
        assertThat(browser.findAll(By.linkText("sala-0042"))).hasSize(1);
        assertThat(browser.text(By.xpath("//tr[.//a[text()='sala-0042']]//span[contains(@class, 'badge')]")))
                .isEqualTo("Avslutad");
        browser.screenshot("staff-journey-list");
    }
}
