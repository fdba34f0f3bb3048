package se.finsam.journey.api.recording.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;

/**
 * The import page with files that used to hurt, over real HTTP: files read as streams (a CSV of nothing but
 * semicolons, an Excel sheet with rows left out), what the page says about a file without a header or without
 * data, an import the database stops taking midway, and polling an import's page while it ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "journey.import.chunk-size=200")
class ImportPagesIntegrationTests {

    private static final String HEADER = "Deltagar-id;Typ av registrering;Datum;Registrerings-id;Insats;Anvisande part;"
            + "Kön;Födelseår;Försörjning före\r\n";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void anInitiativeWithItsStaff() {
        ServiceClientAccess service = ServiceClientAccess.client(port);
        service.initiative("sala", "vastmanland");
        service.user("anna", "STAFF", "sala");
    }

    private WebSession anna() {
        return WebSession.signedIn(port, "anna", ServiceClientAccess.password());
    }

    private static String row(String journeyId) {
        return journeyId + ";Anvisning;2025-02-01;r;sala;Regionen;Kvinna;1985;Sjukersättning\r\n";
    }

    @Test
    void aCsvOfNothingButSemicolonsIsSaidToHaveNeitherHeaderNorDataNotToBeEmpty() {
        WebSession anna = anna();
        byte[] semicolons = ";;;;;;;;;\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8);

        Page answer = anna.upload("/app/imports", WebSession.csrf(anna.get("/app/imports").body()), "tom.csv",
                semicolons);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Filen har 1000000 rader men alla är tomma").doesNotContain("Filen är tom");
    }

    @Test
    void aCsvOfOneLineOfMillionsOfSemicolonsIsReadInConstantMemoryAndSaidToBeEmptyOfData() {
        WebSession anna = anna();
        byte[] semicolons = ";".repeat(10_000_000).getBytes(StandardCharsets.UTF_8);

        Page answer = anna.upload("/app/imports", WebSession.csrf(anna.get("/app/imports").body()), "semikolon.csv",
                semicolons);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Filen har 1 rader men alla är tomma");
    }

    @Test
    void aSpreadsheetWithAHeaderAndNothingUnderItIsSaidToHaveNoRows() {
        WebSession anna = anna();
        String csv = "\uFEFF" + HEADER + ";;;;\r\n# Kvinna;WOMAN\r\n";

        Page answer = anna.upload("/app/imports", WebSession.csrf(anna.get("/app/imports").body()), "mall.csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Filen har en rubrikrad men inga rader med uppgifter under den.");
    }

    @Test
    void anExcelSheetWithRowsLeftOutIsReadRowByRowAndItsRejectionsNameTheSheetsRows() throws Exception {
        WebSession anna = anna();
        byte[] xlsx;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Registreringar");
            cells(sheet.createRow(2), HEADER.strip().split(";"));
            cells(sheet.createRow(3), row("sala-x1").strip().split(";"));
            cells(sheet.createRow(7), row("sala-x2").strip().replace("Kvinna", "Okänt").split(";"));
            Row numbers = sheet.createRow(9);
            cells(numbers, row("sala-x3").strip().split(";"));
            numbers.getCell(7).setCellValue(1990);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        Page result = finished(anna, anna.upload("/app/imports", WebSession.csrf(anna.get("/app/imports").body()),
                "luckor.xlsx", xlsx));

        assertThat(result.body()).contains("Godtagna: 2").contains("Avvisade: 1");
        assertThat(result.body()).containsPattern("<td class=\"num\">8</td>\\s*<td>sala-x2</td>\\s*<td>Kön</td>");
    }

    @Test
    void anImportTheDatabaseStopsTakingMidwaySaysFromWhichRowToImportAgain() {
        jdbc.execute("CREATE FUNCTION refuse_as_if_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.aggregateidentifier = 'sala-full250' THEN RAISE EXCEPTION 'could not extend file' "
                + "USING ERRCODE = 'disk_full'; END IF; RETURN NEW; END $$");
        jdbc.execute("CREATE TRIGGER refuse_as_if_full BEFORE INSERT ON domainevententry FOR EACH ROW "
                + "EXECUTE FUNCTION refuse_as_if_full()");
        StringBuilder csv = new StringBuilder("\r\n").append(HEADER);
        for (int i = 0; i < 300; i++) {
            csv.append(row("sala-full" + i));
        }
        try {
            WebSession anna = anna();
            Page result = finished(anna, anna.upload("/app/imports",
                    WebSession.csrf(anna.get("/app/imports").body()), "stor.csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8)));

            // Rows 1 (blank) and 2 (header) come first: line 201 is row 203.
            assertThat(result.body()).contains("Importen avbröts vid rad 203: databasen kunde inte spara")
                    .contains("Godtagna: 200");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier "
                    + "LIKE 'sala-full%'", Integer.class)).isEqualTo(200);
        } finally {
            jdbc.execute("DROP TRIGGER refuse_as_if_full ON domainevententry");
            jdbc.execute("DROP FUNCTION refuse_as_if_full()");
        }
    }

    @Test
    void pollingAnImportsPageWhileTheImportEndsAlwaysShowsAWholePage() throws Exception {
        WebSession anna = anna();
        List<String> broken = new CopyOnWriteArrayList<>();
        ExecutorService pollers = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 6; round++) {
                StringBuilder ndjson = new StringBuilder();
                for (int i = 0; i < 400; i++) {
                    ndjson.append(ServiceClientAccess.line("sala-poll" + round + "x" + i, "referral", "r",
                            "2025-02-01", "\"initiative\":\"sala\",\"referringParty\":\"REGION\",\"person\":"
                                    + "{\"gender\":\"WOMAN\",\"birthYear\":1990},\"supportBefore\":\"UNKNOWN\""))
                            .append('\n');
                }
                Page started = anna.upload("/app/imports", WebSession.csrf(anna.get("/app/imports").body()),
                        "poll.ndjson", ndjson.toString().getBytes(StandardCharsets.UTF_8));
                String path = started.location().replaceFirst("^https?://[^/]+", "");
                List<Future<?>> polls = new java.util.ArrayList<>();
                for (int p = 0; p < 3; p++) {
                    polls.add(pollers.submit(() -> {
                        Instant until = Instant.now().plus(Duration.ofSeconds(60));
                        while (Instant.now().isBefore(until)) {
                            Page page = anna.get(path);
                            if (page.status() != 200) {
                                broken.add(page.status() + " " + path);
                            }
                            if (page.body().contains("id=\"totals\"")) {
                                return;
                            }
                        }
                    }));
                }
                for (Future<?> poll : polls) {
                    poll.get(90, TimeUnit.SECONDS);
                }
            }
        } finally {
            pollers.shutdownNow();
        }

        assertThat(broken).isEmpty();
    }

    private static void cells(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private static Page finished(WebSession session, Page started) {
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        String path = started.location().replaceFirst("^https?://[^/]+", "");
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        Page page = session.get(path);
        while (!(page.body().contains("id=\"totals\"") || page.body().contains("import-failure"))
                && Instant.now().isBefore(until)) {
            sleep();
            page = session.get(path);
        }
        return page;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
