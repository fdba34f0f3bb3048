package se.finsam.journey.api.document.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.document.DocumentFiles;
import se.finsam.journey.api.web.BrowserTest;
import se.finsam.journey.document.SwedishNumbers;
import se.finsam.journey.document.Unit;

/**
 * In a real Chromium, the analyst of a team records its 2025 allocation, costs and forecast, two goals (one tied to
 * the share to work), a group activity and the section texts, downloads the annual report as Word and as PDF, and
 * opens both: the tables are there, with the figures the service's own reports give and manifest ids that verify.
 * The roles stay as they are: money is the office's to record and goals and texts the analyst's, so the analyst here
 * is one user with both roles (OFFICE and ANALYST), as in {@code LedgerBrowserTests}.
 */
class ReportDocumentBrowserTests extends BrowserTest {

    private static final Pattern MANIFEST = Pattern.compile("Manifest (\\S+) — kan kontrolleras i journey");

    private ServiceClientAccess service;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @Override
    protected void seed(ServiceClientAccess service) {
        this.service = service;
        service.initiative("fns", "vastmanland");
        service.userWithRoles("karin", List.of("OFFICE", "ANALYST"), "fns");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String id = "fns-" + i;
            lines.add(ServiceClientAccess.line(id, "referral", "r", "2025-0" + i + "-02", "\"initiative\":\"fns\","
                    + "\"referringParty\":\"" + (i % 2 == 0 ? "SOCIAL_INSURANCE_AGENCY" : "MUNICIPALITY") + "\","
                    + "\"person\":{\"gender\":\"" + (i % 3 == 0 ? "MAN" : "WOMAN") + "\",\"birthYear\":198" + i + "},"
                    + "\"supportBefore\":\"SICKNESS_BENEFIT\""));
            lines.add(ServiceClientAccess.line(id, "enrolment", "e", "2025-0" + i + "-12", ""));
            if (i <= 3) {
                lines.add(ServiceClientAccess.line(id, "closure", "c", "2025-1" + i + "-01", "\"cause\":\""
                        + (i == 3 ? "STUDIES" : "WORK") + "\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\""));
            }
        }
        lines.add(ServiceClientAccess.line("fns-2024", "referral", "r", "2024-03-02", "\"initiative\":\"fns\","
                + "\"referringParty\":\"MUNICIPALITY\",\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1990},"
                + "\"supportBefore\":\"SICKNESS_BENEFIT\""));
        lines.add(ServiceClientAccess.line("fns-2024", "enrolment", "e", "2024-03-12", ""));
        service.importAsAdmin(String.join("\n", lines));
    }

    @Test
    void theAnalystRecordsTheYearWritesItsTextsAndFindsEveryTableFigureAndManifestInBothFiles() throws IOException {
        browser.signIn("karin", ServiceClientAccess.password());
        browser.go("/app/ledgers/initiative/fns");
        record("allocation", "f-year", "2025", "f-financingParty", "Samordningsförbundet", "f-amount", "1 840 000");
        newRecord("cost");
        date("f-from", "2025-01-01");
        date("f-to", "2025-12-31");
        type("f-costType", "Personal");
        type("f-amount", "1 093 533");
        save();
        record("forecast", "f-year", "2025", "f-costType", "Personal", "f-amount", "1 900 000");
        newRecord("goal");
        type("f-year", "2025");
        type("f-area", "Arbete");
        type("f-text", "Fler deltagare går vidare till arbete");
        type("f-figure", "closures.shares.work");
        type("f-target", "50");
        new Select(browser.find(By.id("f-direction"))).selectByValue("AT_LEAST");
        save();
        record("goal", "f-year", "2025", "f-area", "Metod", "f-text", "Utveckla gruppverksamheten");
        newRecord("activity");
        type("f-kind", "Gruppverksamhet");
        type("f-title", "ACT-grupp");
        date("f-from", "2025-09-01");
        date("f-to", "2025-10-13");
        type("f-sessions", "7");
        type("f-attendances", "49");
        type("f-uniqueParticipants", "9");
        save();

        browser.find(By.cssSelector(".site-nav a[href$='/app/report-document']")).click();
        browser.find(By.id("initiative-fns")).click();
        new Select(browser.find(By.id("period"))).selectByValue("year");
        type("year", "2025");
        browser.find(By.cssSelector(".report-form button[type=submit]")).click();
        browser.waitFor(d -> !d.findElements(By.id("download-docx")).isEmpty());
        writeText("inledning", "Samordningsteam FNS arbetar med personer som står långt från arbete.\n\n"
                + "- sex deltagare\n- tre avslut");
        writeText("maluppfyllelse", "Målet om arbete bedöms vara nått.");
        assertThat(browser.text(By.id("section-inledning"))).contains("Versioner (1)");
        browser.screenshot("report-document-texts");

        browser.find(By.id("download-docx")).click();
        byte[] docx = Files.readAllBytes(browser.downloaded(".docx"));
        browser.find(By.id("download-pdf")).click();
        byte[] pdf = Files.readAllBytes(browser.downloaded(".pdf"));

        String word = DocumentFiles.wordParagraphs(docx);
        // PDFBox gives the document's no-break spaces (between thousands, before a unit) as they are.
        String pdfText = DocumentFiles.pdfText(pdf).replace('\n', ' ').replace(SwedishNumbers.SPACE, ' ');
        List<DocumentFiles.WordTable> tables = DocumentFiles.wordTables(docx);
        for (String text : List.of("Årsrapport 2025", "sex deltagare", "Målet om arbete bedöms vara nått.",
                "Deltagare under perioden", "Avslut och resultat", "Måluppfyllelse", "Ekonomiskt utfall och prognos",
                "Personalresurser", "Grupp- och strukturaktiviteter efter slag")) {
            assertThat(word).contains(text);
            assertThat(pdfText).contains(text);
        }

        String year = "initiative=fns&from=2025-01-01&to=2025-12-31";
        JsonNode participants = get("/api/v1/reports/participants?" + year);
        assertThat(row(tables, "Deltagare under perioden").get(1)).isEqualTo(count(participants.at("/participants/total")));
        assertThat(row(tables, "Avslut").get(1)).isEqualTo(count(participants.at("/closures/total")));
        JsonNode economy = get("/api/v1/reports/economy?" + year);
        String costs = SwedishNumbers.format(economy.at("/figures/total/costs").decimalValue(), Unit.KRONOR);
        assertThat(row(tables, "Utfall under perioden").get(1)).isEqualTo(costs);
        assertThat(pdfText).contains(costs.replace(SwedishNumbers.SPACE, ' '));
        JsonNode goals = get("/api/v1/reports/goals?" + year);
        BigDecimal share = goals.at("/figures/goals").findValue("result").decimalValue();
        String result = SwedishNumbers.format(share, Unit.PERCENT);
        assertThat(tables.stream().flatMap(table -> table.rows().stream())
                .filter(row -> row.get(0).startsWith("Fler deltagare går vidare till arbete")).findFirst()
                .orElseThrow().get(2)).isEqualTo(result);
        JsonNode activities = get("/api/v1/reports/activities?" + year);
        assertThat(row(tables, "Gruppverksamhet").get(2)).isEqualTo(count(activities.at(
                "/figures/total/byKind/GROUP_PROGRAMME/sessions")));

        // Each download is a publication of its own, so each file is checked against the manifests it names.
        List<String> wordManifests = manifests(word).stream().distinct().toList();
        List<String> pdfManifests = manifests(pdfText.replaceAll("\\s+", " ")).stream().distinct().toList();
        assertThat(wordManifests).hasSize(5);
        assertThat(pdfManifests).hasSize(5);
        for (String manifest : java.util.stream.Stream.concat(wordManifests.stream(), pdfManifests.stream())
                .distinct().toList()) {
            assertThat(service.getAsAdmin("/api/v1/reports/manifests/" + manifest + "/verify").path("verified")
                    .asBoolean()).as(manifest).isTrue();
        }
    }

    private JsonNode get(String path) {
        ServiceClientAccess.Answer answer = service.get("karin", path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> manifests(String text) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = MANIFEST.matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static List<String> row(List<DocumentFiles.WordTable> tables, String label) {
        return tables.stream().flatMap(table -> table.rows().stream()).filter(row -> row.get(0).equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row '" + label + "' in the document"));
    }

    private static String count(JsonNode value) {
        return SwedishNumbers.format(BigDecimal.valueOf(value.asLong()), Unit.COUNT);
    }

    private void writeText(String section, String text) {
        type("text-" + section, text);
        browser.find(By.id("save-" + section)).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("#section-" + section));
    }

    private void record(String type, String... fields) {
        newRecord(type);
        for (int i = 0; i < fields.length; i += 2) {
            type(fields[i], fields[i + 1]);
        }
        save();
    }

    private void newRecord(String type) {
        browser.find(By.id("new-" + type)).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("type=" + type));
    }

    private void save() {
        browser.find(By.id("save")).click();
        browser.waitFor(d -> !d.findElements(By.id("saved")).isEmpty());
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
}
