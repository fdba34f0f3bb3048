package se.finsam.journey.api.document.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;

/**
 * The report document's page over real HTTP and PostgreSQL: an analyst saves section texts as versions through its
 * forms, a refused text is said beside its field and nothing is stored, staff read the texts without a form, and the
 * document downloads as Word and PDF from the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentPagesIntegrationTests {

    private static final String PAGE = "/app/report-document?initiative=fns&period=year&year=2025";
    private static final String[] REPORT = {"initiative", "fns", "period", "year", "year", "2025"};

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    ServiceClientAccess service;

    @BeforeAll
    void aTeamWithItsAnalystAndStaff() {
        service = ServiceClientAccess.client(port);
        service.initiative("fns", "vastmanland");
        service.user("analyst-fns", "ANALYST", "fns");
        service.user("staff-fns", "STAFF", "fns");
        service.importAsAdmin(ServiceClientAccess.line("fns-1", "referral", "r", "2025-02-01", "\"initiative\":\"fns\","
                + "\"referringParty\":\"SOCIAL_INSURANCE_AGENCY\",\"person\":{\"gender\":\"MAN\",\"birthYear\":1990},"
                + "\"supportBefore\":\"SICKNESS_BENEFIT\""));
    }

    @Test
    void anAnalystSavesASectionTextAndSeesItsVersions() {
        WebSession analyst = signIn("analyst-fns");
        Page saved = analyst.post(PAGE, "/app/report-document/texts/verksamheten", with("text",
                "Teamet har arbetat med gruppverksamhet.\n\n- ACT-grupp\n- samtalsgrupp"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).contains("/app/report-document?").contains("#section-verksamheten");

        Page page = analyst.follow(saved);
        assertThat(page.body()).contains("<h1>Rapportdokument</h1>", "Teamet har arbetat med gruppverksamhet.",
                "Versioner (1)", "Version 1, analyst-fns").doesNotContain("th:text");
        analyst.post(PAGE, "/app/report-document/texts/verksamheten", with("text", "Andra versionen."));
        assertThat(analyst.get(PAGE).body()).contains("Versioner (2)", "Andra versionen.");
    }

    @Test
    void aTextWithAnIdentityNumberIsSaidBesideItsFieldAndNothingIsStored() {
        WebSession analyst = signIn("analyst-fns");
        Page refused = analyst.post(PAGE, "/app/report-document/texts/avslutning", with("text",
                "Ring 19850312-1234."));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"error-avslutning\"", "liknar ett personnummer");
        assertThat(service.get("analyst-fns", "/api/v1/initiatives/fns/report-texts/avslutning/versions"
                + "?from=2025-01-01&to=2025-12-31").json()).isEmpty();
    }

    @Test
    void staffReadTheTextsWithoutAFormAndMayNotSaveOne() {
        WebSession staff = signIn("staff-fns");
        Page page = staff.get(PAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Analytiker och administratörer skriver texterna").doesNotContain("<textarea");

        // The page's sign-out form carries the session's CSRF token: the refusal is the role's, not a forged request's.
        Page refused = staff.postWith(WebSession.csrf(page.body()), "/app/report-document/texts/inledning",
                with("text", "Staff text."));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theDocumentDownloadsFromThePageAsWordAndPdf() {
        WebSession analyst = signIn("analyst-fns");
        assertThat(analyst.get(PAGE).body()).contains("id=\"download-docx\"", "id=\"download-pdf\"");

        WebSession.Download word = analyst.download("/app/report-document/document.docx?initiative=fns&period=year"
                + "&year=2025");
        assertThat(word.status()).isEqualTo(200);
        assertThat(word.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        assertThat(word.contentDisposition()).contains("arsrapport-2025-fns.docx");
        WebSession.Download pdf = analyst.download("/app/report-document/document.pdf?initiative=fns&period=janaug"
                + "&year=2025&suppress=3");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.contentDisposition()).contains("rapport-2025-01-01-2025-08-31-fns.pdf");
    }

    @Test
    void aWrongFieldOfTheFormIsAClearMistakeOnThePageAndOfItsDownloads() {
        WebSession analyst = signIn("analyst-fns");
        Page page = analyst.get("/app/report-document?initiative=fns&period=year&year=2025&suppress=1");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"form-errors\"").doesNotContain("Exception");
        assertThat(analyst.download("/app/report-document/document.pdf?initiative=fns&period=year&year=2025"
                + "&suppress=1").status()).isEqualTo(400);
    }

    private WebSession signIn(String user) {
        return WebSession.signedIn(port, user, ServiceClientAccess.password());
    }

    private static String[] with(String name, String value) {
        String[] fields = java.util.Arrays.copyOf(REPORT, REPORT.length + 2);
        fields[REPORT.length] = name;
        fields[REPORT.length + 1] = value;
        return fields;
    }
}
