package se.finsam.journey.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.ServiceClientAccess.Answer;

/**
 * docs/ledger-api.md, "The finance import": a finance system's CSV and Excel files over real HTTP and PostgreSQL,
 * stored whole or not at all, every refused row named with its row number, column and message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "journey.ledger.import.most-megabytes=1")
class FinanceImportIntegrationTests {

    private static final String OFFICE = "office-fns";
    private static final String HEADER = "Insats;Förbund;Typ;Post-id;År;Från;Till;Prognosdatum;Finansiär;Kostnadsslag;Belopp";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceClientAccess service;

    @BeforeEach
    void twoTeamsAndTheirOffice() {
        service = ServiceClientAccess.client(port);
        service.initiative("fns", "vastmanland");
        service.initiative("sala", "vastmanland");
        service.user(OFFICE, "OFFICE", "fns");
        service.user("office-all", "OFFICE", "*");
        service.user("staff-fns", "STAFF", "fns");
        service.initiative("avesta", "sodra-dalarna");
    }

    private Answer importCsv(String user, String csv) {
        return service.send(user, "POST", "/api/v1/ledger/imports", "text/csv", csv);
    }

    private int ledgerEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'Ledger'", Integer.class);
    }

    @Test
    void aFinanceExportIsStoredWholeAndSendingItAgainStoresNothingNew() {
        String csv = String.join("\r\n", HEADER,
                "avesta;;Tilldelning;;2025;;;;Samordningsförbundet;;1 840 000",
                "avesta;;Tilldelning;;2025;;;;Fagersta kommun;;200 000",
                "avesta;;Budget;;2025;;;;;Personal;1 640 000",
                "avesta;;Kostnad;;;2025-01-01;2025-01-31;;;Personal;182 255,50",
                "avesta;;Kostnad;;;2025-01-01;2025-01-31;;;Personal;182 255,50",
                "avesta;;Prognos;;2025;;;2025-08-15;;Personal;2 190 000",
                ";sodra-dalarna;Kostnad;kansli-q1;;2025-01-01;2025-03-31;;;Övriga;33 664");
        int before = ledgerEvents();

        Answer first = importCsv("office-all", csv);
        Answer again = importCsv("office-all", csv);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("accepted").asInt()).isEqualTo(7);
        assertThat(first.json().path("position").asLong()).isPositive();
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("accepted").asInt()).isZero();
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(7);
        assertThat(ledgerEvents()).isEqualTo(before + 7);
        JsonNode economy = service.getAsAdmin("/api/v1/reports/economy?initiative=avesta&from=2025-01-01&to=2025-12-31"
                + "&minPosition=" + first.json().path("position").asLong()).path("figures").path("total");
        assertThat(economy.path("allocated").decimalValue()).isEqualByComparingTo("2040000.00");
        assertThat(economy.at("/allocatedByParty/MUNICIPALITY:1982").decimalValue()).isEqualByComparingTo("200000");
        assertThat(economy.path("costs").decimalValue()).isEqualByComparingTo("364511.00");
        assertThat(economy.at("/byCostType/STAFF/forecast").decimalValue()).isEqualByComparingTo("2190000");
    }

    @Test
    void everyRefusedRowIsListedWithItsNumberAndColumnAndNothingIsStored() {
        String csv = String.join("\r\n", HEADER,
                "fns;;Tilldelning;;2025;;;;Samordningsförbundet;;500 000",
                "fns;;Kostnad;;;2025-02-01;2025-02-28;;;Personal;1,234",
                "",
                "nowhere;;Kostnad;;;2025-02-01;2025-02-28;;;Personal;100",
                "fns;;Semester;;2025;;;;;;100",
                "fns;;Kostnad;;;2025-03-01;2025-02-28;;;Personal;100",
                "fns;;Budget;;2025;;;;;Lön till 19811228-9874;100",
                "sala;;Tilldelning;;2025;;;;Region;;100");
        int before = ledgerEvents();

        Answer answer = importCsv(OFFICE, csv);

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        JsonNode result = answer.json();
        assertThat(result.path("accepted").asInt()).isZero();
        assertThat(result.path("rejected").asInt()).isEqualTo(6);
        assertThat(result.path("errors").findValuesAsText("row")).containsExactly("3", "5", "6", "7", "8", "9");
        assertThat(error(result, 3).path("field").asText()).isEqualTo("Belopp");
        assertThat(error(result, 3).path("code").asText()).isEqualTo("amount-ambiguous");
        assertThat(error(result, 5).path("message").asText()).contains("may not record money in the ledger of initiative 'nowhere'");
        assertThat(error(result, 6).path("field").asText()).isEqualTo("Typ");
        assertThat(error(result, 7).path("field").asText()).isEqualTo("Till");
        assertThat(error(result, 8).path("code").asText()).isEqualTo("text-identity-number");
        assertThat(error(result, 9).path("message").asText()).contains("may not record money");
        assertThat(answer.body()).doesNotContain("9874");
        assertThat(ledgerEvents()).isEqualTo(before);
    }

    @Test
    void aRowThatBreaksARuleOfItsLedgerIsRefusedToo() {
        assertThat(importCsv(OFFICE, HEADER + "\r\nfns;;Tilldelning;t-1;2024;;;;Region;;100").status()).isEqualTo(200);
        int before = ledgerEvents();

        Answer answer = importCsv(OFFICE, HEADER + "\r\nfns;;Tilldelning;t-2;2024;;;;Region;;100\r\n"
                + "fns;;Tilldelning;t-1;2024;;;;Region;;999");

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(error(answer.json(), 3).path("code").asText()).isEqualTo("record-id-taken");
        assertThat(error(answer.json(), 3).path("field").asText()).isEqualTo("Post-id");
        assertThat(ledgerEvents()).isEqualTo(before);
    }

    @Test
    void anExcelWorkbookWithNumbersAndDatesInItsCellsIsReadLikeTheCsv() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            String[] columns = {"Insats", "Typ", "Från", "Till", "Kostnadsslag", "Belopp"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("fns");
            row.createCell(1).setCellValue("Kostnad");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(2).setCellValue(java.time.LocalDate.of(2025, 4, 1));
            row.getCell(2).setCellStyle(dates);
            row.createCell(3).setCellValue(java.time.LocalDate.of(2025, 4, 30));
            row.getCell(3).setCellStyle(dates);
            row.createCell(4).setCellValue("Lokaler");
            row.createCell(5).setCellValue(12345.5);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        HttpResponse<String> answer = post(xlsx, FinanceImportController.XLSX);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode ledger = service.get(OFFICE, "/api/v1/initiatives/fns/ledger?area=money").json();
        JsonNode stored = ledger.path("records").get(ledger.path("records").size() - 1).path("record");
        assertThat(stored.path("costType").asText()).isEqualTo("PREMISES");
        assertThat(stored.path("from").asText()).isEqualTo("2025-04-01");
        assertThat(stored.path("amount").decimalValue()).isEqualByComparingTo("12345.50");
    }

    @Test
    void theTemplatesExamplesImportAsTheyAre() {
        Answer csv = service.get(OFFICE, "/api/v1/ledger/imports/template.csv");
        Answer xlsx = service.get(OFFICE, "/api/v1/ledger/imports/template.xlsx");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF" + HEADER.replace("Insats;", "Insats;"));
        assertThat(xlsx.status()).isEqualTo(200);
        Answer imported = importCsv("office-all", csv.body().substring(1));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("accepted").asInt() + imported.json().path("duplicates").asInt()).isEqualTo(6);
    }

    @Test
    void whoMayNotRecordMoneyMayNotImportAndAnUnreadableFileIsAClear4xx() {
        assertProblem(importCsv("staff-fns", HEADER + "\r\nfns;;Budget;;2025;;;;;Personal;1"), 403, "may not import");
        assertProblem(importCsv(OFFICE, ""), 422, "empty");
        Answer unknownColumn = importCsv(OFFICE, "Insats;Typ;Pengar\r\nfns;Budget;1");
        assertProblem(unknownColumn, 422, "not a column");
        assertThat(unknownColumn.json().path("code").asText()).isEqualTo("column-unknown");
        assertProblem(importCsv(OFFICE, "Insats;Typ\r\nfns;Budget"), 422, "no column Belopp");
        HttpResponse<String> garbage = post(new byte[]{0, 1, 2, 3, 0, 5}, "application/octet-stream");
        assertThat(garbage.statusCode()).as(garbage.body()).isEqualTo(422);
        HttpResponse<String> tooLarge = post(new byte[2 * 1024 * 1024], "text/csv");
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("larger than 1 MB").doesNotContain("Exception");
    }

    private HttpResponse<String> post(byte[] body, String contentType) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/ledger/imports")).header("Content-Type", contentType)
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((OFFICE + ":"
                            + ServiceClientAccess.password()).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode error(JsonNode result, int row) {
        for (JsonNode error : result.path("errors")) {
            if (error.path("row").asInt() == row) {
                return error;
            }
        }
        throw new AssertionError("no error on row " + row + " in " + result);
    }
}
