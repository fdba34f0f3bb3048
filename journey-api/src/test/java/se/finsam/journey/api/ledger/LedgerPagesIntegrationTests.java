package se.finsam.journey.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;

/**
 * The ledgers' pages over real HTTP with a signed-in session: recording through the forms (a refusal beside its
 * field, in Swedish or English, from its code), retraction with a reason, the finance import, and the reports with
 * their Excel and CSV exports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerPagesIntegrationTests {

    private static final String FNS = "/app/ledgers/initiative/fns";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    ServiceClientAccess service;

    @BeforeEach
    void aTeamWithItsOfficeAndAnalyst() {
        service = ServiceClientAccess.client(port);
        service.initiative("fns", "vastmanland");
        service.user("office-fns", "OFFICE", "fns");
        service.user("analyst-fns", "ANALYST", "fns");
    }

    private WebSession signIn(String user) {
        return WebSession.signedIn(port, user, ServiceClientAccess.password());
    }

    @Test
    void theOfficeRecordsAnAllocationThroughItsFormAndSeesItInTheLedger() {
        WebSession office = signIn("office-fns");
        assertThat(office.get("/app/ledgers").body()).contains("ledger-initiative-fns", "ledger-association-vastmanland");
        Page form = office.get(FNS + "/new?type=allocation");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<h1>Ny post: Tilldelning (Team fns)</h1>").doesNotContain("th:text");

        Page saved = office.post(FNS + "/new?type=allocation", FNS + "/records", "type", "allocation", "year", "2025",
                "financingParty", "Samordningsförbundet", "amount", "1 840 000", "recordId", "page-a1");

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Page ledger = office.follow(saved);
        assertThat(ledger.body()).contains("<h1>Liggare: Team fns</h1>", "Sparat: post page-a1", "record-page-a1",
                "<dd>1\u00a0840\u00a0000</dd>", "<dd>Samordningsförbundet</dd>").doesNotContain("th:text", "ASSOCIATION");
    }

    @Test
    void aRefusedAmountIsExplainedBesideItsFieldInTheUsersLanguage() {
        WebSession office = signIn("office-fns");

        Page swedish = office.post(FNS + "/new?type=allocation", FNS + "/records", "type", "allocation", "year", "2025",
                "financingParty", "Region", "amount", "1,234");
        office.get("/app?lang=en");
        Page english = office.post(FNS + "/new?type=allocation", FNS + "/records", "type", "allocation", "year", "2025",
                "financingParty", "Region", "amount", "1,234");

        assertThat(swedish.status()).isEqualTo(422);
        assertThat(swedish.body()).contains("id=\"e-amount\"", "Beloppet kan betyda två olika saker",
                "aria-invalid=\"true\"", "value=\"1,234\"");
        assertThat(english.body()).contains("id=\"e-amount\"", "The amount could mean two things");
        office.get("/app?lang=sv");
    }

    @Test
    void aRecordIsRetractedWithAReasonAndStaysStruckThrough() {
        WebSession office = signIn("office-fns");
        office.post(FNS + "/new?type=cost", FNS + "/records", "type", "cost", "from", "2025-01-01", "to", "2025-01-31",
                "costType", "Personal", "amount", "10 000", "recordId", "page-c1");

        assertThat(office.get(FNS + "/records/page-c1/retract").body()).contains(">Liggare: Team fns</a>",
                "<dd>Personal</dd>", "<dd>10\u00a0000</dd>").doesNotContain("th:text", "STAFF");
        Page retracted = office.post(FNS + "/records/page-c1/retract", FNS + "/records/page-c1/retract",
                "reason", "fel månad");

        assertThat(retracted.status()).as(retracted.body()).isEqualTo(302);
        assertThat(office.follow(retracted).body()).contains("Rättad (office-fns): fel månad");
        Page again = office.post(FNS, FNS + "/records/page-c1/retract", "reason", "igen");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Posten page-c1 är redan rättad.");
    }

    @Test
    void anAnalystSetsAGoalAndAssessesIt() {
        WebSession analyst = signIn("analyst-fns");
        Page goal = analyst.post(FNS + "/new?type=goal", FNS + "/records", "type", "goal", "year", "2025", "area",
                "Arbete", "text", "Fler deltagare till arbete", "figure", "closures.shares.work", "target", "20",
                "direction", "AT_LEAST", "recordId", "page-g1");
        assertThat(goal.status()).as(goal.body()).isEqualTo(302);
        Page form = analyst.get(FNS + "/new?type=goal-assessment&goal=page-g1");
        assertThat(form.body()).contains("Fler deltagare till arbete");

        Page assessed = analyst.post(FNS + "/new?type=goal-assessment&goal=page-g1", FNS + "/records", "type",
                "goal-assessment", "goal", "page-g1", "text", "Bedöms ligga väl i fas", "attainment", "PARTLY_REACHED");

        assertThat(assessed.status()).as(assessed.body()).isEqualTo(302);
        assertThat(analyst.get(FNS + "/new?type=allocation").status()).isEqualTo(403);
        Page report = analyst.get("/app/ledger-reports/goals?initiative=fns&period=year&year=2025&compare=no");
        assertThat(report.body()).contains("Fler deltagare till arbete", "Bedöms ligga väl i fas", "minst 20,0");
    }

    @Test
    void theFinanceImportPageStoresAFileOrListsItsWrongRows() {
        WebSession office = signIn("office-fns");
        String csrf = WebSession.csrf(office.get("/app/ledgers/import").body());
        byte[] good = ("Insats;Typ;År;Finansiär;Belopp\r\nfns;Tilldelning;2024;Region;100 000\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = ("Insats;Typ;År;Finansiär;Belopp\r\nfns;Tilldelning;2024;Region;1.000\r\n")
                .getBytes(StandardCharsets.UTF_8);

        Page stored = office.upload("/app/ledgers/import", csrf, "ekonomi.csv", good);
        Page refused = office.upload("/app/ledgers/import", WebSession.csrf(stored.body()), "ekonomi.csv", bad);

        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.body()).contains("Importen är klar: 1 poster sparade");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Ingenting sparades", "<td>2</td>", "<td>Belopp</td>",
                "Beloppet kan betyda två olika saker");
        byte[] wrongType = ("Insats;Typ;År;Finansiär;Belopp\r\nfns;Lön;2024;Region;100\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] wrongColumn = ("Insats;Typ;Pengar\r\nfns;Budget;1\r\n").getBytes(StandardCharsets.UTF_8);
        Page typeRefused = office.upload("/app/ledgers/import", WebSession.csrf(refused.body()), "ekonomi.csv",
                wrongType);
        Page unreadable = office.upload("/app/ledgers/import", WebSession.csrf(typeRefused.body()), "ekonomi.csv",
                wrongColumn);
        assertThat(typeRefused.body()).contains("Typ ska vara Tilldelning, Budget, Kostnad eller Prognos.");
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.body()).contains("Filen kunde inte läsas: Kolumnen ”Pengar” finns inte i mallen.")
                .doesNotContain("is not a column");
    }

    @Test
    void theEconomyReportPageShowsLastYearAndExportsExcelAndCsv() throws IOException {
        WebSession office = signIn("office-fns");
        office.post(FNS + "/new?type=allocation", FNS + "/records", "type", "allocation", "year", "2025",
                "financingParty", "Region", "amount", "500 000", "recordId", "page-e1");
        String query = "initiative=fns&period=h1&year=2025&compare=previous";

        Page report = office.get("/app/ledger-reports/economy?" + query);
        WebSession.Download xlsx = office.download("/app/ledger-reports/economy/export.xlsx?" + query);
        WebSession.Download csv = office.download("/app/ledger-reports/economy/export.csv?" + query);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("Tilldelning och utfall", "Budgetutfall efter kostnadsslag", "500\u00a0000",
                "Föregående år", "id=\"manifest\"");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.manifest()).startsWith("m-");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            StringBuilder cells = new StringBuilder();
            DataFormatter formatter = new DataFormatter();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(formatter.formatCellValue(cell)).append('|')));
            assertThat(cells.toString()).contains("Tilldelning och utfall", "Tilldelat|500000", xlsx.manifest());
        }
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains("# report economy", "total.allocated;500000,00");
        Page twoYears = office.get("/app/ledger-reports/economy?initiative=fns&period=july&year=2024");
        assertThat(twoYears.status()).isEqualTo(400);
        assertThat(twoYears.body()).contains("ett budgetår");
    }
}
