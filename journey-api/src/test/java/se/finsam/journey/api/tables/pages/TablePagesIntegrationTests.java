package se.finsam.journey.api.tables.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.reports.Scenarios;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;

/**
 * The pages of analysts' tables over real HTTP and PostgreSQL, signed in through the form: a definition built in
 * the form is the document a client would PUT (the same version and SHA-256); its mistakes stand beside their fields
 * in Swedish; the buttons change the form without JavaScript; the preview computes over real data; running a
 * definition gives the API's figures with every count linked to exactly its journeys, and Excel and CSV with the
 * same numbers; two versions are compared in words; the JSON editor names each mistake's line; a table manifest
 * says what it is of, verifies on its page and is restated there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TablePagesIntegrationTests {

    private static final String YEAR = "initiative=hallstahammar&period=year&year=2025&compare=no";
    /** The definition the form fields below build. */
    private static final String DOCUMENT = """
            {"title": "Hallstahammar: avslut", "tables": [
              {"id": "closures", "title": "Avslut efter utfall och kön", "population": "closures",
               "rows": {"by": "standardOutcome"}, "columns": {"by": "gender"}, "values": ["count", "shareOfColumn"]},
              {"id": "ages", "title": "Deltagare efter ålder", "population": "participants",
               "rows": {"by": "ageBand", "bands": [[16, 29], [30, 44], [45, null]]}, "values": ["count"]}]}""";
    private static final Pattern TABLE_LINEAGE = Pattern.compile("<a href=\"(/app/tables/lineage\\?[^\"]*)\"[^>]*>([^<]*)</a>");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;
    ServiceClientAccess service;

    @BeforeAll
    void hallstahammar2025() {
        service = ServiceClientAccess.client(port);
        JsonNode scenario = Scenarios.load("hallstahammar-2025");
        for (JsonNode initiative : scenario.get("initiatives")) {
            service.initiative(initiative.get("code").asText(), initiative.get("association").asText());
        }
        service.user("ella", "ANALYST", "hallstahammar");
        service.user("stina", "STAFF", "hallstahammar");
        long position = service.importAsAdmin(Scenarios.ndjson(scenario)).get("position").asLong();
        assertThat(service.get("ella", "/api/v1/reports/participants?initiative=hallstahammar&from=2025-01-01"
                + "&to=2025-12-31&minPosition=" + position).status()).isEqualTo(200);
    }

    private WebSession ella() {
        return WebSession.signedIn(port, "ella", ServiceClientAccess.password());
    }

    /** The form's fields for {@link #DOCUMENT}, then {@code more} (which may replace any of them). */
    private static String[] fields(String id, String... more) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String[] base = {"id", id, "title", "Hallstahammar: avslut",
                "tables[0].id", "closures", "tables[0].title", "Avslut efter utfall och kön",
                "tables[0].population", "closures", "tables[0].rows.by", "standardOutcome",
                "tables[0].columns.by", "gender", "tables[0].values", "count", "tables[0].values", "shareOfColumn",
                "tables[0].ageAt", "reference", "tables[0].decimals", "1",
                "tables[1].id", "ages", "tables[1].title", "Deltagare efter ålder", "tables[1].population", "participants",
                "tables[1].rows.by", "ageBand", "tables[1].rows.bands[0].low", "16", "tables[1].rows.bands[0].high", "29",
                "tables[1].rows.bands[1].low", "30", "tables[1].rows.bands[1].high", "44",
                "tables[1].rows.bands[2].low", "45", "tables[1].rows.bands[2].high", "",
                "tables[1].columns.by", "", "tables[1].values", "count", "tables[1].ageAt", "reference",
                "tables[1].decimals", "1", "previewScope", "initiative:hallstahammar", "previewPeriod", "year",
                "previewYear", "2025"};
        for (int i = 0; i < base.length; i += 2) {
            fields.computeIfAbsent(base[i], k -> new ArrayList<>()).add(base[i + 1]);
        }
        Map<String, List<String>> replaced = new LinkedHashMap<>();
        for (int i = 0; i < more.length; i += 2) {
            replaced.computeIfAbsent(more[i], k -> new ArrayList<>()).add(more[i + 1]);
        }
        fields.putAll(replaced);
        List<String> flat = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> {
            flat.add(name);
            flat.add(value);
        }));
        return flat.toArray(String[]::new);
    }

    private Page save(WebSession session, String... fields) {
        return session.post("/app/tables/new", "/app/tables/form", fields);
    }

    @Test
    void aDefinitionBuiltInTheFormIsTheDocumentAClientWouldPutWithTheSameHash() {
        WebSession ella = ella();
        Page saved = save(ella, fields("from-form", "action", "save"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/app/tables/from-form");
        assertThat(ella.follow(saved).body()).contains("Version 1 sparades.", "Avslut efter utfall och kön",
                "Utfall (standardtabellen)", "16–29 år", "45 år och äldre");
        JsonNode fromForm = service.get("ella", "/api/v1/definitions/from-form").json();
        JsonNode fromApi = service.put("ella", "/api/v1/definitions/from-api", DOCUMENT).json();
        assertThat(fromForm.path("sha256").asText()).isEqualTo(fromApi.path("sha256").asText());
        assertThat(fromForm.path("createdBy").asText()).isEqualTo("ella");

        Page again = save(ella, fields("from-form", "action", "save"));
        assertThat(ella.follow(again).body()).contains("Inget ändrades: version 1 är fortfarande den senaste.");
    }

    @Test
    void theFormsMistakesStandBesideTheirFieldsInSwedishAndNothingIsStored() {
        Page refused = save(ella(), fields("with-mistakes", "action", "save", "title", "",
                "tables[1].rows.bands[1].low", "25", "tables[1].rows.bands[1].high", "40",
                "tables[1].rows.bands[0].high", "30", "tables[0].title", "Avslut för 19121212-1212"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errorAt(refused.body(), "f-title")).contains("Saknas.");
        assertThat(errorAt(refused.body(), "f-tables-1-rows-bands-1")).contains("Bandet [25, 40] överlappar bandet [16, 30].");
        assertThat(errorAt(refused.body(), "f-tables-0-title")).contains("liknar ett personnummer")
                .as("the message never repeats the number (the field keeps what was typed, to correct it)")
                .doesNotContain("1212");
        assertThat(refused.body()).contains("href=\"#f-tables-1-rows-bands-1\"");
        assertThat(service.get("ella", "/api/v1/definitions/with-mistakes").status()).isEqualTo(404);
    }

    /** The text of the messages shown at the field whose anchor is {@code anchor}. */
    private static String errorAt(String html, String anchor) {
        Matcher error = Pattern.compile("<div class=\"field-error\" id=\"" + anchor + "-error\">(.*?)</div>",
                Pattern.DOTALL).matcher(html);
        assertThat(error.find()).as("messages at " + anchor).isTrue();
        return error.group(1);
    }

    @Test
    void theButtonsAddAndRemoveTablesBandsGroupsAndFiltersWithoutJavaScript() {
        WebSession ella = ella();
        Page withBand = save(ella, fields("buttons", "action", "addBand:1:rows"));
        assertThat(withBand.status()).isEqualTo(200);
        assertThat(withBand.body()).contains("name=\"tables[1].rows.bands[3].low\"");

        Page withGroup = save(ella, fields("buttons", "action", "addGroup:0:rows"));
        assertThat(withGroup.body()).contains("name=\"tables[0].rows.groups[0].label\"",
                "name=\"tables[0].rows.groups[0].codes\" value=\"work\"", "Aktivt arbetssökande");

        Page withFilter = save(ella, fields("buttons", "action", "addFilter:0", "tables[0].filters[0].by", "gender"));
        assertThat(withFilter.body()).contains("name=\"tables[0].filters[1].by\"",
                "name=\"tables[0].filters[0].codes\" value=\"WOMAN\"");

        Page oneTable = save(ella, fields("buttons", "action", "removeTable:0"));
        assertThat(oneTable.body()).contains("name=\"tables[0].rows.bands[0].low\"")
                .doesNotContain("name=\"tables[1].id\"");
        assertThat(service.get("ella", "/api/v1/definitions/buttons").status()).isEqualTo(404);
    }

    @Test
    void thePreviewComputesTheFormsTablesOverRealDataWithoutStoringAnything() {
        WebSession ella = ella();
        String csrf = WebSession.csrf(ella.get("/app/tables/new").body());
        Page preview = ella.postWith(csrf, "/app/tables/preview", fields("previewed", "action", "preview"));

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).startsWith("<div id=\"preview\"").contains("Avslut efter utfall och kön",
                "Studier", "Kvinna", "Totalt");
        JsonNode api = service.put("ella", "/api/v1/definitions/previewed-api", DOCUMENT).json();
        JsonNode tables = service.get("ella", "/api/v1/reports/tables?definition=previewed-api&initiative=hallstahammar"
                + "&from=2025-01-01&to=2025-12-31").json();
        String studies = tables.at("/tables/closures/cells").path("studies/total/count").asText();
        assertThat(studies).isEqualTo("5");
        assertThat(preview.body()).contains(">" + studies + "<");
        assertThat(service.get("ella", "/api/v1/definitions/previewed").status()).isEqualTo(404);
        assertThat(api.path("version").asInt()).isEqualTo(1);

        Page mistaken = ella.postWith(csrf, "/app/tables/preview", fields("previewed", "tables[0].values", "count",
                "tables[0].values", "count"));
        assertThat(mistaken.body()).contains("Värdet ”count” står två gånger.", "href=\"#f-tables-0-values\"");
    }

    @Test
    void runningADefinitionGivesTheApisFiguresAndEveryCountLeadsToExactlyItsJourneys() {
        service.put("ella", "/api/v1/definitions/run", DOCUMENT);
        WebSession ella = ella();
        Page run = ella.get("/app/tables/run/run?" + YEAR);

        assertThat(run.status()).as(run.body()).isEqualTo(200);
        JsonNode api = service.get("ella", "/api/v1/reports/tables?definition=run&initiative=hallstahammar"
                + "&from=2025-01-01&to=2025-12-31").json();
        Map<String, String> linked = linkedCounts(run.body());
        api.at("/tables/closures/cells").fields().forEachRemaining(cell -> {
            if (cell.getKey().endsWith("/count")) {
                String lineageCell = "closures:" + cell.getKey().substring(0, cell.getKey().length() - "/count".length());
                assertThat(linked.get(lineageCell)).as(cell.getKey()).isEqualTo(cell.getValue().asText());
            }
        });
        String studiesWomen = api.at("/tables/closures/cells").path("studies/WOMAN/count").asText();
        Matcher link = TABLE_LINEAGE.matcher(run.body());
        String lineage = null;
        while (link.find()) {
            if (link.group(1).contains("cell=studies/WOMAN") || link.group(1).contains("cell=studies%2FWOMAN")) {
                lineage = link.group(1).replace("&amp;", "&");
                break;
            }
        }
        assertThat(lineage).isNotNull();
        Page journeys = ella.get(lineage);
        assertThat(journeys.status()).as(journeys.body()).isEqualTo(200);
        assertThat(journeys.body()).contains("Avslut efter utfall och kön: Studier, Kvinna");
        assertThat(countOf(journeys.body(), "class=\"journey-id\"")).isEqualTo(Integer.parseInt(studiesWomen));

        String manifest = api.path("manifest").asText();
        assertThat(run.body()).contains("/app/manifests/" + manifest);
        Page manifestPage = ella.get("/app/manifests/" + manifest);
        assertThat(manifestPage.body()).contains("id=\"manifest-tables\"", "definitionen run, version 1",
                api.at("/definition/sha256").asText());
    }

    private static Map<String, String> linkedCounts(String html) {
        Map<String, String> counts = new LinkedHashMap<>();
        Matcher link = TABLE_LINEAGE.matcher(html);
        while (link.find()) {
            String query = link.group(1).substring(link.group(1).indexOf('?') + 1).replace("&amp;", "&");
            String table = null;
            String cell = null;
            for (String parameter : query.split("&")) {
                String value = URLDecoder.decode(parameter.substring(parameter.indexOf('=') + 1), StandardCharsets.UTF_8);
                if (parameter.startsWith("table=")) {
                    table = value;
                } else if (parameter.startsWith("cell=")) {
                    cell = value;
                }
            }
            counts.putIfAbsent(table + ":" + cell, link.group(2).strip());
        }
        return counts;
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void theExcelHoldsOneSheetPerTableWithNumbersAsNumbersAndTheCsvEveryCell() throws IOException {
        service.put("ella", "/api/v1/definitions/exported", DOCUMENT);
        JsonNode api = service.get("ella", "/api/v1/reports/tables?definition=exported&initiative=hallstahammar"
                + "&from=2025-01-01&to=2025-12-31").json();
        WebSession.Download xlsx = ella().download("/app/tables/exported/export.xlsx?" + YEAR);

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentDisposition()).contains("exported-v1-hallstahammar-2025-01-01-2025-12-31.xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet closures = book.getSheet("Avslut efter utfall och kön");
            Row studies = row(closures, "Studier");
            Cell womenCount = studies.getCell(1);
            assertThat(womenCount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(womenCount.getNumericCellValue()).isEqualTo(api.at("/tables/closures/cells")
                    .path("studies/WOMAN/count").asDouble());
            Cell womenShare = studies.getCell(2);
            assertThat(womenShare.getNumericCellValue()).isEqualTo(api.at("/tables/closures/cells")
                    .path("studies/WOMAN/shareOfColumn").asDouble());
            assertThat(womenShare.getCellStyle().getDataFormatString()).contains("%");
            assertThat(book.getSheet("Deltagare efter ålder")).isNotNull();
        }

        WebSession.Download csv = ella().download("/app/tables/exported/export.csv?" + YEAR);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF# definition exported version 1").contains("manifest " + csv.manifest())
                .contains("closures;studies;WOMAN;count;" + api.at("/tables/closures/cells").path("studies/WOMAN/count")
                        .asText() + "\r\n")
                .contains("ages;45+;;count;");
    }

    /** The row of a sheet whose first cell is {@code label}. */
    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    @Test
    void twoVersionsAreComparedSideBySideInWords() {
        service.put("ella", "/api/v1/definitions/compared", DOCUMENT);
        service.put("ella", "/api/v1/definitions/compared", DOCUMENT.replace("[45, null]", "[45, 64]")
                .replace("\"values\": [\"count\", \"shareOfColumn\"]", "\"values\": [\"count\"]"));
        Page changes = ella().get("/app/tables/compared/changes?from=1&to=2");

        assertThat(changes.status()).as(changes.body()).isEqualTo(200);
        assertThat(changes.body()).contains("Version 1 och 2 sida vid sida", "Rader: nya band 45–64 år.",
                "Rader: borttagna band 45 år och äldre.", "Borttagna värden: Andel av kolumnen.",
                "class=\"changed\"");
        assertThat(ella().get("/app/tables/compared/changes?from=2&to=2").body()).contains("Versionerna har samma tabeller.");
        assertThat(ella().get("/app/tables").body()).contains("Hallstahammar: avslut", "/app/tables/compared?version=2");
    }

    @Test
    void theJsonEditorSavesTheSameWayAndNamesTheLineOfEachMistake() {
        WebSession ella = ella();
        String csrf = WebSession.csrf(ella.get("/app/tables/new/json").body());
        Page notJson = ella.postWith(csrf, "/app/tables/json", "id", "as-json", "json", "{\"title\": \n\n\"x\",,}",
                "action", "save");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("Rad 3", "inte giltig JSON");

        String json = DOCUMENT.replace("[30, 44]", "[25, 44]");
        Page refused = ella.postWith(csrf, "/app/tables/json", "id", "as-json", "json", json, "action", "save");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Rad 5", "/tables/1/rows/bands/1", "Bandet [25, 44] överlappar bandet [16, 29].");
        assertThat(service.get("ella", "/api/v1/definitions/as-json").status()).isEqualTo(404);

        Page saved = ella.postWith(csrf, "/app/tables/json", "id", "as-json", "json", DOCUMENT, "action", "save");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(service.get("ella", "/api/v1/definitions/as-json").json().path("version").asInt()).isEqualTo(1);
    }

    /**
     * A team of its own, so that the closure recorded after publication changes no other test's figures: the table
     * manifest verifies on its page, and its restatement names the changed cells in words with the closure.
     */
    @Test
    void aTableManifestVerifiesOnItsPageAndItsRestatementNamesTheChangedCellsAndTheRecordThatChangedThem() {
        service.initiative("sent-team", "sent-forbund");
        String referral = "\"initiative\":\"sent-team\",\"referringParty\":\"REGION\","
                + "\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1990},\"supportBefore\":\"SICKNESS_BENEFIT\"";
        long imported = service.importAsAdmin(String.join("\n",
                ServiceClientAccess.line("sent-1", "referral", "r", "2025-02-01", referral),
                ServiceClientAccess.line("sent-1", "enrolment", "e", "2025-02-10", ""),
                ServiceClientAccess.line("sent-1", "closure", "c", "2025-06-01",
                        "\"cause\":\"WORK\",\"supportAfter\":\"UNKNOWN\""),
                ServiceClientAccess.line("sent-2", "referral", "r", "2025-03-01", referral),
                ServiceClientAccess.line("sent-2", "enrolment", "e", "2025-03-10", ""))).path("position").asLong();
        service.awaitReadModel(imported);
        service.put(ServiceClientAccess.adminUser(), "/api/v1/definitions/restated", DOCUMENT);
        String manifest = service.getAsAdmin("/api/v1/reports/tables?definition=restated&initiative=sent-team"
                + "&from=2025-01-01&to=2025-12-31&minPosition=" + imported).path("manifest").asText();
        WebSession admin = WebSession.signedIn(port, ServiceClientAccess.adminUser(), ServiceClientAccess.adminPassword());

        assertThat(admin.get("/app/manifests/" + manifest).body()).contains("id=\"manifest-tables\"",
                "definitionen restated, version 1");
        Page verified = admin.post("/app/manifests/" + manifest, "/app/manifests/" + manifest + "/verify");
        assertThat(verified.status()).as(verified.body()).isEqualTo(302);
        assertThat(admin.get("/app/manifests/" + manifest).body()).contains("Identisk");

        long closed = service.importAsAdmin(ServiceClientAccess.line("sent-2", "closure", "c", "2025-10-01",
                "\"cause\":\"STUDIES\",\"supportAfter\":\"UNKNOWN\"")).path("position").asLong();
        service.awaitReadModel(closed);
        Page restated = admin.get("/app/manifests/" + manifest + "/restatement");
        assertThat(restated.status()).as(restated.body()).isEqualTo(200);
        assertThat(restated.body()).contains("Avslut efter utfall och kön: Studier, Kvinna", "sent-2")
                .doesNotContain("Inga siffror har ändrats");
    }

    @Test
    void staffRunDefinitionsButOnlyAnalystsAndAdministratorsWriteThem() {
        service.put("ella", "/api/v1/definitions/for-staff", DOCUMENT);
        WebSession stina = WebSession.signedIn(port, "stina", ServiceClientAccess.password());

        assertThat(stina.get("/app/tables/new").status()).isEqualTo(403);
        assertThat(stina.get("/app/tables/for-staff/edit").status()).isEqualTo(403);
        assertThat(stina.get("/app/tables/for-staff/run?" + YEAR).status()).isEqualTo(200);
        assertThat(stina.get("/app/tables/for-staff").body()).doesNotContain("/app/tables/for-staff/edit");
        assertThat(stina.get("/app/tables/for-staff/run?initiative=sala&period=year&year=2025").status())
                .isEqualTo(403);
    }
}
