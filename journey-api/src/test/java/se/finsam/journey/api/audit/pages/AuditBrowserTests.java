package se.finsam.journey.api.audit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.BrowserTest;

/** An auditor in a real Chromium: from a count to its journeys, then the trail, the chain and a manifest. */
class AuditBrowserTests extends BrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    ServiceClientAccess service;
    long position;

    @Override
    protected void seed(ServiceClientAccess service) {
        this.service = service;
        position = AuditScenario.record(service);
        service.user("greta", "AUDITOR", "sala", "fns");
    }

    @Test
    void anAuditorFollowsACountToItsJourneys() {
        String manifest = service.getAsAdmin("/api/v1/reports/participants?" + AuditScenario.YEAR_2025
                + "&minPosition=" + position).path("manifest").asText();
        browser.signIn("greta", ServiceClientAccess.password());

        // From the report as the team published it, the count of closures to work leads to its journeys.
        browser.go("/app/reports?initiative=sala&period=year&year=2025");
        browser.screenshot("audit-report");
        browser.find(By.cssSelector("a[href*='cell=closures.standardTable.work']")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/app/lineage"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Avslut till arbete");
        assertThat(browser.text(By.cssSelector(".figure"))).isEqualTo("2");
        List<String> journeys = browser.findAll(By.cssSelector(".journey-id")).stream().map(WebElement::getText).toList();
        assertThat(journeys).containsExactly("sala-1", "sala-3");
        assertThat(browser.text(By.cssSelector("table.lineage"))).contains("Rättelse", "fel avslutsdatum", "rättad")
                .doesNotContain("sala-2");
        browser.screenshot("audit-lineage");

        browser.find(By.linkText("Granskning")).click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/app/audit"));
        assertThat(browser.text(By.cssSelector("table.reads"))).contains("greta", "Ursprung",
                "closures.standardTable.work");
        browser.find(By.cssSelector("#chain button[type=submit]")).click();
        assertThat(browser.text(By.cssSelector("#chain .message"))).startsWith("Kedjan är hel");
        browser.screenshot("audit-trail-and-chain");

        browser.go("/app/manifests/" + manifest);
        browser.find(By.cssSelector("form[action$='/verify'] button")).click();
        assertThat(browser.text(By.cssSelector("#verification .message"))).startsWith("Identisk");
        browser.screenshot("audit-manifest-verified");

        browser.find(By.linkText("Ändringar sedan publiceringen")).click();
        assertThat(browser.text(By.cssSelector(".message"))).isEqualTo("Inga siffror har ändrats sedan publiceringen.");
        browser.screenshot("audit-restatement");
    }
}
