package se.finsam.journey.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.BrowserTest;

/**
 * The API's reference page in a real Chromium: Swagger UI, served from the jar, under the service's own
 * Content-Security-Policy ({@code default-src 'self'}), behind the same sign-in as the pages.
 */
class ApiReferenceBrowserTests extends BrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @Override
    protected void seed(ServiceClientAccess service) {
        service.user("root", "ADMIN");
    }

    @Test
    void anAdministratorSignsInAndReadsEveryEndpointWithItsParametersAndErrorAnswers() {
        browser.go("/swagger-ui.html");
        browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
        browser.signIn("root", ServiceClientAccess.password());
        browser.waitFor(d -> d.getCurrentUrl().contains("/swagger-ui/"));

        browser.waitFor(Duration.ofSeconds(30), d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
        assertThat(browser.text(By.cssSelector(".info .title"))).startsWith("journey");
        List<String> paths = browser.findAll(By.cssSelector(".opblock .opblock-summary-path")).stream()
                .map(WebElement::getText).map(path -> path.replace("\u200b", "")).toList();
        assertThat(paths).contains("/api/v1/journeys/{journeyId}/records", "/api/v1/imports",
                "/api/v1/reports/participants", "/api/v1/reports/participants/lineage",
                "/api/v1/reports/manifests/{id}/verify", "/api/v1/initiatives/{code}", "/api/v1/audit/reads");
        assertThat(paths).allMatch(path -> path.startsWith("/api/"));
        assertThat(browser.text(By.cssSelector(".scheme-container"))).contains("Authorize");
        browser.screenshot("api-reference");

        WebElement report = browser.findAll(By.cssSelector(".opblock-get")).stream()
                .filter(block -> block.findElement(By.cssSelector(".opblock-summary-path")).getText()
                        .replace("\u200b", "").equals("/api/v1/reports/participants"))
                .findFirst().orElseThrow();
        report.findElement(By.cssSelector(".opblock-summary")).click();
        browser.waitFor(d -> !report.findElements(By.cssSelector(".parameters")).isEmpty());
        assertThat(report.findElement(By.cssSelector(".parameters")).getText())
                .contains("initiative", "association", "from", "to", "asOf", "compare", "minPosition", "suppress");
        assertThat(report.findElement(By.cssSelector(".responses-table")).getText())
                .contains("400", "401", "403", "404", "429", "503", "minPosition");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                report.findElement(By.cssSelector(".parameters")));
        browser.screenshot("api-reference-report");

        assertThat(browser.consoleMessages()).as("what the browser refused or reported")
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused"));
    }

    @Test
    void theAdministrationPageLeadsToTheReferencePage() {
        browser.signIn("root", ServiceClientAccess.password());
        browser.find(By.linkText("Administration")).click();
        browser.find(By.id("api-reference")).click();
        browser.waitFor(Duration.ofSeconds(30), d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
        assertThat(browser.driver().getCurrentUrl()).contains("/swagger-ui/");
    }
}
