package se.finsam.journey.api.organisation.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.BrowserTest;

/** An administrator in a real Chromium sets up a new team and its first staff member, who then signs in. */
class AdminBrowserTests extends BrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @Override
    protected void seed(ServiceClientAccess service) {
        service.user("root", "ADMIN");
    }

    @Test
    void anAdministratorCreatesAnInitiativeAndAStaffUserWhoCanSignIn() {
        browser.signIn("root", ServiceClientAccess.password());
        browser.find(By.linkText("Administration")).click();
        browser.find(By.linkText("Ny insats")).click();

        browser.find(By.id("code")).sendKeys("Fagersta");
        browser.find(By.id("name")).sendKeys("Samordningsteam Fagersta");
        browser.find(By.id("association")).sendKeys("vastmanland");
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.text(By.id("code-error"))).startsWith("Använd 2–32 tecken");
        assertThat(browser.find(By.id("code")).getAttribute("aria-describedby")).contains("code-error");
        browser.screenshot("admin-initiative-error");
        browser.find(By.id("code")).clear();
        browser.find(By.id("code")).sendKeys("fagersta");
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.text(By.cssSelector(".message.success"))).isEqualTo("Insatsen fagersta är skapad.");

        browser.find(By.linkText("Ny användare")).click();
        browser.find(By.id("username")).sendKeys("karin");
        browser.find(By.id("password")).sendKeys("karins-first-password");
        browser.find(By.id("role-STAFF")).click();
        browser.find(By.id("initiative-fagersta")).click();
        browser.screenshot("admin-new-user");
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.text(By.cssSelector(".message.success"))).isEqualTo("Användaren karin är skapad.");
        assertThat(browser.text(By.id("users"))).contains("karin", "Personal", "fagersta");
        browser.screenshot("admin-overview");

        browser.signOut();
        browser.signIn("karin", "karins-first-password");
        assertThat(browser.text(By.cssSelector(".site-nav"))).contains("Deltagare").doesNotContain("Administration");
        assertThat(browser.text(By.tagName("main"))).contains("Dina insatser: fagersta");
        browser.screenshot("admin-new-user-signed-in");
    }
}
