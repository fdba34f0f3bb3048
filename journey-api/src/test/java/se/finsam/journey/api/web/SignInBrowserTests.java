package se.finsam.journey.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;

/** The way into the web app, in a real Chromium: sign in with the API's users, Swedish by default, sign out. */
class SignInBrowserTests extends BrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @Override
    protected void seed(ServiceClientAccess service) {
        service.initiative("sala", "vastmanland");
        service.user("anna", "STAFF", "sala");
        service.user("nils", "ANALYST", "sala");
    }

    @Test
    void aPageAsksForSignInAndStaffLandOnTheirStartPageInSwedish() {
        browser.go("/app");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Logga in");

        browser.signIn("anna", ServiceClientAccess.password());

        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.text(By.cssSelector(".site-nav"))).contains("Deltagare", "Import", "Rapporter")
                .doesNotContain("Granskning", "Administration");
        browser.screenshot("sign-in-staff-start");

        browser.find(By.cssSelector("a[hreflang=en]")).click();
        browser.waitFor(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
        assertThat(browser.text(By.cssSelector(".site-nav"))).contains("Participants", "Reports");

        browser.signOut();
        assertThat(browser.text(By.cssSelector(".message"))).isEqualTo("You are signed out.");
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndAnAnalystSeesOnlyReports() {
        browser.signIn("nils", "not-the-password");
        assertThat(browser.text(By.cssSelector(".message.error"))).isEqualTo("Fel användarnamn eller lösenord.");

        browser.signIn("nils", ServiceClientAccess.password());
        assertThat(browser.text(By.cssSelector(".site-nav"))).contains("Rapporter").doesNotContain("Deltagare");
    }
}
