package se.finsam.journey.api.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.finsam.journey.api.ServiceClientAccess;

/**
 * What every browser test class repeated: the service on a random port, its data set up through the API, then a
 * fresh {@link Browser} per test, closed after it. Each subclass keeps its own {@code @DynamicPropertySource}
 * with {@code ServiceClientAccess.ownDatabase}, so that each class still gets its own Spring context and database
 * (a source declared here would be the same for all of them, and Spring would share one context between them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    /** Sets up users and data through the API, before the browser opens. */
    protected abstract void seed(ServiceClientAccess service);

    @BeforeEach
    final void openBrowser() {
        seed(ServiceClientAccess.client(port));
        browser = Browser.open(port);
    }

    @AfterEach
    final void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
