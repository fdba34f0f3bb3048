package se.finsam.journey.api.reports.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsam.journey.api.reports.Scenarios;
import se.finsam.journey.catalogue.FigureKind;
import se.finsam.journey.reports.NationalFigures;
import se.finsam.journey.reports.NationalLayout;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Download;
import se.finsam.journey.api.web.WebSession.Page;
import se.finsam.journey.api.reports.Scenarios;

/**
 * The report page over real HTTP, signed in through the form: an acceptance scenario's published figures appear,
 * each linked to its lineage; wrong parameters are a 400 page that says what to fix; another initiative's
 * analyst gets 403; the XLSX holds the same numbers as the JSON report, and hides what suppression hides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsPageIntegrationTests {

    private static final String REPORT_2025 = "/app/reports?initiative=hallstahammar&period=year&year=2025";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    ServiceClientAccess service;
    JsonNode scenario;

    @BeforeAll
    void scenario() {
        service = ServiceClientAccess.client(port);
        service.initiative("sala", "vastmanland");
        service.user("ella", "ANALYST", "hallstahammar");
        service.user("olle", "ANALYST", "sala");
        scenario = ReportPages.load(service, "hallstahammar-2025", "ella");
    }

    private WebSession ella() {
        return WebSession.signedIn(port, "ella", ServiceClientAccess.password());
    }

    @Test
    void theReportOfTheYearShowsEveryPublishedFigureLinkedToItsLineage() {
        Page page = ella().get(REPORT_2025);

        assertThat(page.status()).isEqualTo(200);
        Map<String, String> linked = ReportPages.linkedCounts(page.body());
        JsonNode published = scenario.get("checks").get(0).get("published");
        published.fields().forEachRemaining(cell ->
                assertThat(linked.get(cell.getKey())).as(cell.getKey()).isEqualTo(cell.getValue().asText()));
        assertThat(page.body()).contains("Avslut och utfall", "Gröna utfall", "/app/manifests/",
                "from=2025-01-01", "role=\"img\"", "Genomströmningstid, rullande 12 månader");
    }

    /** The page lays the report out from the catalogue: a count missing from its layout would be missing here. */
    @Test
    void everyCountOfTheAnswerIsOnThePageLinkedToItsLineageButThoseTheLayoutLeavesOut() throws IOException {
        JsonNode answer = JSON.readTree(service.get("ella", "/api/v1/reports/participants?initiative=hallstahammar"
                + "&from=2025-01-01&to=2025-12-31").body());
        Map<String, String> linked = ReportPages.linkedCounts(ella().get(REPORT_2025 + "&compare=no").body());

        Map<String, JsonNode> counts = Scenarios.figures(answer);
        counts.keySet().removeIf(path -> NationalFigures.CATALOGUE.resolve(path).map(name -> name.family().kind()
                != FigureKind.COUNT || NationalLayout.NOT_LAID_OUT.contains(name.family())).orElse(true));
        assertThat(counts).hasSizeGreaterThan(80);
        counts.forEach((path, value) -> assertThat(linked.get(path)).as(path).isEqualTo(value.asText()));
        assertThat(linked.keySet()).as("nothing else is linked").containsExactlyInAnyOrderElementsOf(counts.keySet());
    }

    @Test
    void sharesAreInSwedishStyleAndAShareOverNobodyIsADash() throws IOException {
        JsonNode json = JSON.readTree(service.get("ella", "/api/v1/reports/participants?initiative=hallstahammar"
                + "&from=2025-01-01&to=2025-12-31").body());
        String studies = json.at("/closures/shares/studies").decimalValue().toPlainString().replace('.', ',') + " %";

        String body = ella().get(REPORT_2025).body();

        assertThat(body).contains(">" + studies + "<");
        assertThat(json.at("/throughputTime/meanMonthsByGender/NON_BINARY").isNull()).isTrue();
        assertThat(body).containsPattern("Medelvärde, icke-binära \\(månader\\)</th>\\s*<td class=\"num\">\\s*"
                + "<span>–</span>");
    }

    @Test
    void inEnglishTheLabelsAndTheDecimalPointAreEnglish() throws IOException {
        JsonNode json = JSON.readTree(service.get("ella", "/api/v1/reports/participants?initiative=hallstahammar"
                + "&from=2025-01-01&to=2025-12-31").body());
        String studies = json.at("/closures/shares/studies").decimalValue().toPlainString() + " %";

        String body = ella().get(REPORT_2025 + "&lang=en").body();

        assertThat(body).contains("Closures and outcomes", "Green outcomes", ">" + studies + "<", "lang=\"en\"");
    }

    @Test
    void datesOutsideTheYears1900To2100GiveA400PageAtTheirField() {
        WebSession ella = ella();

        Page early = ella.get("/app/reports?initiative=hallstahammar&period=custom&from=0000-01-01&to=2025-12-31");
        Page late = ella.get("/app/reports?initiative=hallstahammar&period=custom&from=2025-01-01&to=2025-12-31"
                + "&asOf=9999-01-01");

        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("id=\"from-error\"", "Datumet måste ligga mellan 1900-01-01 och 2100-12-31.");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("id=\"asOf-error\"", "Datumet måste ligga mellan 1900-01-01 och 2100-12-31.");
    }

    @Test
    void anAssociationsReportShowsJourneysAndPersonsSideBySideAndAnInitiativesDoesNot() {
        String association = scenario.get("initiatives").get(0).get("association").asText();
        // An association's report is for who reads every initiative of it.
        service.user("vera", "ANALYST", "*");
        WebSession vera = WebSession.signedIn(port, "vera", ServiceClientAccess.password());

        Page page = vera.get("/app/reports?association=" + association + "&period=year&year=2025&compare=previous");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"persons-table\"", "Deltaganden och personer", "id=\"persons-participants\"",
                "id=\"persons-new\"", "id=\"persons-closed\"", "Personer 2024");
        assertThat(page.body()).containsPattern("href=\"/app/manifests/m-[^\"]+\"[^>]*>Manifest m-");
        assertThat(vera.get(REPORT_2025).body()).doesNotContain("persons-table");
    }

    @Test
    void wrongParametersGiveA400PageThatSaysWhatToFix() {
        WebSession ella = ella();

        Page badYear = ella.get("/app/reports?initiative=hallstahammar&period=year&year=twenty");
        Page badThreshold = ella.get(REPORT_2025 + "&suppress=1");
        Page backwards = ella.get("/app/reports?initiative=hallstahammar&period=custom"
                + "&from=2025-06-01&to=2025-01-01");
        Page both = ella.get(REPORT_2025 + "&association=vastmanland");
        Page export = ella.get("/app/reports/export.xlsx?initiative=hallstahammar&period=year&year=x");

        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body()).contains("Ange ett år med fyra siffror", "id=\"year-error\"",
                "aria-describedby=\"year-error year-hint\"");
        assertThat(badThreshold.status()).isEqualTo(400);
        assertThat(badThreshold.body()).contains("Ange ett heltal från 2 till 100");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("Slutdatumet ligger före startdatumet");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("inte båda");
        assertThat(export.status()).isEqualTo(400);
        assertThat(export.body()).contains("Ange ett år med fyra siffror");
    }

    @Test
    void anAnalystOfAnotherInitiativeIsRefused() {
        WebSession olle = WebSession.signedIn(port, "olle", ServiceClientAccess.password());

        assertThat(olle.get(REPORT_2025).status()).isEqualTo(403);
        assertThat(olle.download("/app/reports/export.xlsx?initiative=hallstahammar&year=2025").status())
                .isEqualTo(403);
        assertThat(olle.get("/app/reports").body()).contains("initiative-sala").doesNotContain("initiative-hallstahammar");
    }

    @Test
    void theXlsxHoldsTheFiguresOfTheJsonReportAsNumbers() throws IOException {
        JsonNode json = JSON.readTree(service.get("ella", "/api/v1/reports/participants?initiative=hallstahammar"
                + "&from=2025-01-01&to=2025-12-31&compare=previous").body());

        Download file = ella().download("/app/reports/export.xlsx?initiative=hallstahammar&year=2025");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentDisposition()).contains(".xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet closures = book.getSheet("Avslut");
            String standard = "Avslut och utfall (andelar av avslut utan tidiga avhopp)";
            Row studies = ReportPages.row(closures, standard, "Studier");
            assertThat(studies.getCell(1).getNumericCellValue()).isEqualTo(json.at("/closures/standardTable/studies").asDouble());
            assertThat(studies.getCell(2).getNumericCellValue())
                    .isEqualTo(json.at("/previous/closures/standardTable/studies").asDouble());
            assertThat(studies.getCell(3).getNumericCellValue())
                    .isEqualTo(json.at("/change/closures.standardTable.studies").asDouble());
            assertThat(studies.getCell(4).getNumericCellValue()).isEqualTo(json.at("/closures/shares/studies").asDouble());
            assertThat(studies.getCell(4).getCellStyle().getDataFormatString()).contains("%");
            Row green = ReportPages.row(closures, standard, "Gröna utfall");
            assertThat(green.getCell(1).getNumericCellValue()).isEqualTo(json.at("/closures/greenOutcomes/count").asDouble());
            Sheet participants = book.getSheet("Deltagare");
            Row total = ReportPages.row(participants, "Deltagare under perioden", "Deltagare totalt");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(json.at("/participants/total").asDouble());
            Row women = ReportPages.row(participants, "Deltagare efter kön", "Kvinna");
            assertThat(women.getCell(1).getNumericCellValue()).isEqualTo(json.at("/participants/byGender/WOMAN").asDouble());
            assertThat(women.getCell(4).getNumericCellValue()).isEqualTo(json.at("/participants/newByGender/WOMAN").asDouble());
            String header = participants.getRow(1).getCell(0).getStringCellValue() + " "
                    + participants.getRow(4).getCell(0).getStringCellValue();
            assertThat(header).contains("hallstahammar", "Manifest: ");
        }
    }

    @Test
    void exportsHideWhatSuppressionHidesAndSayWhy() throws IOException {
        JsonNode json = JSON.readTree(service.get("ella", "/api/v1/reports/participants?initiative=hallstahammar"
                + "&from=2025-01-01&to=2025-12-31&suppress=3").body());
        assertThat(json.at("/closures/standardTable/medicalRehabilitation").isNull()).isTrue();

        WebSession ella = ella();
        Download file = ella.download("/app/reports/export.xlsx?initiative=hallstahammar&year=2025"
                + "&compare=no&suppress=3");
        Page csv = ella.get("/app/reports/export.csv?initiative=hallstahammar&year=2025&suppress=3");
        Page page = ella.get(REPORT_2025 + "&suppress=3");

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet closures = book.getSheet("Avslut");
            Row medical = ReportPages.row(closures, "Avslut och utfall (andelar av avslut utan tidiga avhopp)",
                    "Medicinsk rehabilitering / sjukersättning");
            assertThat(medical.getCell(1).getStringCellValue()).isEqualTo("·");
            Row studies = ReportPages.row(closures, "Avslut och utfall (andelar av avslut utan tidiga avhopp)", "Studier");
            assertThat(studies.getCell(1).getNumericCellValue()).isEqualTo(json.at("/closures/standardTable/studies").asDouble());
            assertThat(closures.getRow(closures.getFirstRowNum() + 6).getCell(0).getStringCellValue())
                    .contains("Små tal under 3");
        }
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("suppressed below 3", "closures.standardTable.medicalRehabilitation;;");
        assertThat(ReportPages.linkedCounts(page.body())).doesNotContainKey("closures.standardTable.medicalRehabilitation");
        assertThat(page.body()).contains("Små tal är dolda");
    }

    @Test
    void asKnownOnADayBeforeTheImportTheReportCountsNobodyAndItsLinksKeepTheInstant() {
        Page page = ella().get(REPORT_2025 + "&asOf=2020-01-31");

        assertThat(page.status()).isEqualTo(200);
        Map<String, String> linked = ReportPages.linkedCounts(page.body());
        assertThat(linked.get("participants.total")).isEqualTo("0");
        assertThat(linked.get("closures.standardTable.closures")).isEqualTo("0");
        // The end of 31 January 2020 in Sweden (UTC+1 in winter).
        assertThat(page.body()).contains("asOf=2020-01-31T22%3A59%3A59.999999999Z", "2020-01-31 23:59:59");
    }

    @Test
    void thePrintViewIsTheReportWithoutTheForm() {
        Page print = ella().get("/app/reports/print?initiative=hallstahammar&year=2025");

        assertThat(print.status()).isEqualTo(200);
        assertThat(print.body()).contains("print-view", "data-print", "Avslut och utfall")
                .doesNotContain("class=\"report-form\"");
    }

    static {
        // Scenarios are shared with the REST report tests; this page test reads the same published figures.
        assert Scenarios.NAMES.contains("hallstahammar-2025");
    }
}
