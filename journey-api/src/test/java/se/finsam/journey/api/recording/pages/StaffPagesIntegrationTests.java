package se.finsam.journey.api.recording.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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

/** The staff pages over real HTTP, signed in through the form: the journey list, forms, access and the import. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffPagesIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    static boolean seeded;
    /** The position of the seeded records' last event. */
    static long seededPosition;

    static String referral(String journeyId, String date) {
        return ServiceClientAccess.line(journeyId, "referral", "ref", date, "\"initiative\":\""
                + journeyId.substring(0, journeyId.indexOf('-')) + "\",\"referringParty\":\"REGION\","
                + "\"person\":{\"gender\":\"WOMAN\",\"birthYear\":1990},\"supportBefore\":\"SICKNESS_BENEFIT\"");
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        ServiceClientAccess service = ServiceClientAccess.client(port);
        service.initiative("sala", "vastmanland");
        service.initiative("fns", "vastmanland");
        service.user("anna", "STAFF", "sala");
        service.user("olle", "STAFF", "fns");
        service.user("nils", "ANALYST", "sala");
        seededPosition = service.importAsAdmin(String.join("\n",
                referral("sala-waiting1", "2025-01-10"),
                referral("sala-active2", "2025-01-11"),
                ServiceClientAccess.line("sala-active2", "enrolment", "enr", "2025-01-20", ""),
                referral("sala-closed3", "2025-01-12"),
                ServiceClientAccess.line("sala-closed3", "enrolment", "enr", "2025-01-20", ""),
                ServiceClientAccess.line("sala-closed3", "closure", "clo", "2025-03-01",
                        "\"cause\":\"WORK\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\""),
                referral("sala-void4", "2025-01-13"),
                ServiceClientAccess.line("sala-void4", "retraction", "ret", "2025-01-14",
                        "\"retracts\":\"ref\",\"reason\":\"registrerad av misstag\""),
                referral("sala-gone5", "2025-01-14"),
                ServiceClientAccess.line("sala-gone5", "referral-withdrawn", "wd", "2025-01-15", ""),
                referral("fns-other1", "2025-01-10"))).path("position").asLong();
        seeded = true;
    }

    private WebSession anna() {
        return WebSession.signedIn(port, "anna", ServiceClientAccess.password());
    }

    /** Asks for the page until it answers as {@code ready} says: for a background import's result page. */
    private static Page eventually(WebSession session, String path, Predicate<String> ready) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        Page page = session.get(path);
        while (!ready.test(page.body()) && Instant.now().isBefore(until)) {
            sleep(200);
            page = session.get(path);
        }
        return page;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> journeyIdsIn(String html) {
        Matcher m = Pattern.compile("href=\"/app/journeys/([A-Za-z0-9._-]+)\"").matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            if (!m.group(1).equals("new")) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    @Test
    void staffLinkTwoJourneysAsTheSamePersonOnTheJourneyPageWithTheRefusalBesideItsField() {
        WebSession anna = anna();
        String page = "/app/journeys/sala-waiting1";
        assertThat(anna.get(page).body()).contains("id=\"same-person\"", "Samma person", "id=\"link-form\"");

        Page refused = anna.follow(anna.post(page, page + "/links", "journey", "sala-waiting1", "reason", "samma"));
        assertThat(refused.body()).contains("id=\"e-link-journey\"", "kan inte kopplas till sig självt");
        Page noReason = anna.follow(anna.post(page, page + "/links", "journey", "sala-gone5", "reason", ""));
        assertThat(noReason.body()).contains("id=\"e-link-reason\"", "Ange ett skäl.")
                .doesNotContain("Samma person som deltagande sala-gone5");

        Page linked = anna.follow(anna.post(page, page + "/links", "journey", "sala-gone5", "reason", "samma person"));
        assertThat(linked.body()).contains("Deltagandena är kopplade som samma person.",
                "Samma person som deltagande sala-gone5", "samma person", "/app/journeys/sala-waiting1/links/sala-gone5/unlink");
        Page unlinkRefused = anna.follow(anna.post(page, page + "/links/sala-gone5/unlink", "reason", ""));
        assertThat(unlinkRefused.body()).contains("id=\"e-unlink-sala-gone5\"", "Ange ett skäl.");
        Page unlinked = anna.follow(anna.post(page, page + "/links/sala-gone5/unlink", "reason", "inte samma"));
        assertThat(unlinked.body()).contains("Deltagandena är isärkopplade.")
                .doesNotContain("Samma person som deltagande sala-gone5");
    }

    @Test
    void theJourneyListFiltersByStatusAndByAPartOfTheId() {
        // The list reads the facts read model, which follows the event store within moments: wait for its
        // position, not for words in the page ("Makulerad" is also an option of the status filter).
        ServiceClientAccess.client(port).awaitReadModel(seededPosition);
        WebSession anna = anna();
        Page all = anna.get("/app/journeys?initiative=sala");
        assertThat(all.status()).isEqualTo(200);
        assertThat(journeyIdsIn(all.body())).containsExactlyInAnyOrder("sala-waiting1", "sala-active2",
                "sala-closed3", "sala-void4", "sala-gone5");

        assertThat(journeyIdsIn(anna.get("/app/journeys?initiative=sala&status=WAITING").body()))
                .containsExactly("sala-waiting1");
        assertThat(journeyIdsIn(anna.get("/app/journeys?initiative=sala&status=ACTIVE").body()))
                .containsExactly("sala-active2");
        assertThat(journeyIdsIn(anna.get("/app/journeys?initiative=sala&status=CLOSED").body()))
                .containsExactly("sala-closed3");
        assertThat(journeyIdsIn(anna.get("/app/journeys?initiative=sala&status=VOID").body()))
                .containsExactly("sala-void4");
        assertThat(journeyIdsIn(anna.get("/app/journeys?initiative=sala&status=WITHDRAWN").body()))
                .containsExactly("sala-gone5");
        assertThat(journeyIdsIn(anna.get("/app/journeys?initiative=sala&q=CLOSED").body()))
                .containsExactly("sala-closed3");
        assertThat(journeyIdsIn(anna.get("/app/journeys?initiative=sala&q=%25").body())).isEmpty();
        assertThat(anna.get("/app/journeys?initiative=sala&status=sleeping").status()).isEqualTo(400);
    }

    @Test
    void theTimelineStrikesThroughARetractedRecordWithItsReason() {
        Page page = anna().get("/app/journeys/sala-void4");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Makulerad").contains("<del class=\"retracted\">2025-01-13 Anvisning</del>")
                .contains("registrerad av misstag").contains("Rättelse");
    }

    @Test
    void anAnalystAndStaffOfAnotherInitiativeAreTurnedAway() {
        WebSession nils = WebSession.signedIn(port, "nils", ServiceClientAccess.password());
        assertThat(nils.get("/app/journeys").status()).isEqualTo(403);
        assertThat(nils.get("/app/journeys/sala-active2").status()).isEqualTo(403);
        assertThat(nils.get("/app/imports").status()).isEqualTo(403);
        assertThat(nils.get("/app/journeys/new").status()).isEqualTo(403);

        WebSession olle = WebSession.signedIn(port, "olle", ServiceClientAccess.password());
        assertThat(olle.get("/app/journeys?initiative=sala").status()).isEqualTo(403);
        // Another initiative's journey is answered as one that does not exist, so its existence is not told either.
        Page journey = olle.get("/app/journeys/sala-active2");
        assertThat(journey.status()).isEqualTo(404);
        assertThat(journey.body()).doesNotContain("2025-01-20").contains("sala-active2&#39; does not exist");
        assertThat(olle.get("/app/journeys/sala-active2/records/new?type=enrolment").status()).isEqualTo(404);
        assertThat(olle.get("/app/journeys").body()).contains("fns").doesNotContain("initiative=sala");
        assertThat(olle.get("/app/journeys/nobody-here").status()).isEqualTo(404);
    }

    @Test
    void aRefusedRecordShowsTheFormAgainWithTheMessageNextToItsField() {
        WebSession anna = anna();
        Page form = anna.get("/app/journeys/sala-active2/records/new?type=assessment");
        assertThat(form.status()).isEqualTo(200);

        Page refused = anna.postWith(WebSession.csrf(form.body()), "/app/journeys/sala-active2/records",
                "type", "assessment", "date", "2025-02-01", "instrument", "SELF_RATED_STEP", "score", "42");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fieldOf(refused.body(), "score")).contains("has-error")
                .contains("Skattningen ligger utanför instrumentets skala (0–10).")
                .contains("value=\"42\"").contains("aria-describedby=\"e-score\"");
        assertThat(refused.body()).contains("<option value=\"SELF_RATED_STEP\" selected=\"selected\"");

        Page missing = anna.postWith(WebSession.csrf(form.body()), "/app/journeys/sala-active2/records",
                "type", "closure", "date", "2025-02-01", "supportAfter", "UNKNOWN");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(fieldOf(missing.body(), "cause")).contains("Fyll i fältet.");

        Page saved = anna.postWith(WebSession.csrf(form.body()), "/app/journeys/sala-active2/records",
                "type", "assessment", "date", "2025-02-01", "instrument", "SELF_RATED_STEP", "score", "6,5");
        assertThat(saved.status()).isEqualTo(302);
        Page timeline = anna.follow(saved);
        assertThat(timeline.body()).contains("Registreringen är sparad.").contains("6.5")
                .contains("Upplevd stegförflyttning (0–10)");
    }

    /** The HTML of the field whose input has id f-{name}: from its div to the next field's. */
    private static String fieldOf(String html, String name) {
        int input = html.indexOf("id=\"f-" + name + "\"");
        assertThat(input).as("the form has field " + name).isPositive();
        int start = html.lastIndexOf("<div", input);
        int end = html.indexOf("<div", input);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    private static Page finished(WebSession session, Page started) {
        assertThat(started.status()).isEqualTo(302);
        String path = started.location().replaceFirst("^https?://[^/]+", "");
        return eventually(session, path, b -> b.contains("id=\"totals\"") || b.contains("import-failure"));
    }

    @Test
    void theCsvTemplateImportsWithTheBadRowListedByRowColumnAndMessage() {
        WebSession anna = anna();
        byte[] template = anna.download("/app/imports/template.csv").bytes();
        String text = new String(template, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFDeltagar-id;Typ av registrering;Datum;");
        assertThat(text).contains("# Kvinna;WOMAN");
        String header = text.substring(1, text.indexOf("\r\n"));
        String csv = "\uFEFF" + header + "\r\n"
                + "csv-1;Anvisning;2025-02-01;;sala;Regionen;;Kvinna;1985;1981;;;Sjukersättning\r\n"
                + "csv-2;anvisning;2025-02-01;;sala;Regionen;;Okänt;1985;;;;Sjukersättning\r\n"
                + "csv-1;Inskrivning;2025-02-10\r\n";
        Page form = anna.get("/app/imports");

        Page result = finished(anna, anna.upload("/app/imports", WebSession.csrf(form.body()),
                "deltagare.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.body()).contains("Godtagna: 2").contains("Avvisade: 1");
        assertThat(result.body()).containsPattern("<td class=\"num\">3</td>\\s*<td>csv-2</td>\\s*<td>Kön</td>\\s*"
                + "<td>Värdet finns inte i kodlistan.</td>");
    }

    @Test
    void theExcelTemplateAndNdjsonImportWithTheirBadLinesListed() throws Exception {
        WebSession anna = anna();
        byte[] template = anna.download("/app/imports/template.xlsx").bytes();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kolumn");
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            put(sheet.createRow(1), header, Map.of("Deltagar-id", "xlsx-1", "Typ av registrering", "Anvisning",
                    "Datum", "2025-03-01", "Insats", "sala", "Anvisande part", "Kommunen", "Kön", "Man",
                    "Födelseår", 1980, "Försörjning före", "Försörjningsstöd/ekonomiskt bistånd"));
            put(sheet.createRow(2), header, Map.of("Deltagar-id", "xlsx-1", "Typ av registrering", "Inskrivning",
                    "Datum", "2025-03-05"));
            put(sheet.createRow(3), header, Map.of("Deltagar-id", "xlsx-1", "Typ av registrering", "Skattning",
                    "Datum", "2025-03-06", "Skattningsinstrument", "BIP", "Skattning", "fyra"));
            workbook.write(out);
            filled = out.toByteArray();
        }
        Page form = anna.get("/app/imports");
        Page result = finished(anna, anna.upload("/app/imports", WebSession.csrf(form.body()),
                "deltagare.xlsx", filled));
        assertThat(result.body()).contains("Godtagna: 2").contains("Avvisade: 1");
        assertThat(result.body()).containsPattern("<td class=\"num\">4</td>\\s*<td>xlsx-1</td>\\s*"
                + "<td>Skattning</td>\\s*<td>Ange ett tal, t.ex. 7 eller 7,5.</td>");

        String ndjson = referral("sala-nd1", "2025-03-01") + "\n"
                + ServiceClientAccess.line("sala-nd1", "closure", "c", "2025-03-02",
                "\"cause\":\"WORK\",\"supportAfter\":\"UNKNOWN\"") + "\n";
        Page nd = finished(anna, anna.upload("/app/imports", WebSession.csrf(form.body()),
                "records.ndjson", ndjson.getBytes(StandardCharsets.UTF_8)));
        assertThat(nd.body()).contains("Godtagna: 1").contains("Avvisade: 1")
                .containsPattern("<td class=\"num\">2</td>\\s*<td>sala-nd1</td>");
    }

    private static void put(Row row, List<String> header, Map<String, Object> cells) {
        cells.forEach((column, value) -> {
            int index = header.indexOf(column);
            assertThat(index).as("template column " + column).isNotNegative();
            if (value instanceof Integer number) {
                row.createCell(index).setCellValue(number);
            } else {
                row.createCell(index).setCellValue((String) value);
            }
        });
    }

    @Test
    void aFileThePageCannotReadIsSaidPlainly() {
        WebSession anna = anna();
        Page form = anna.get("/app/imports");

        Page empty = anna.upload("/app/imports", WebSession.csrf(form.body()), "tom.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Filen är tom.");

        Page image = anna.upload("/app/imports", WebSession.csrf(form.body()), "bild.png",
                "just some words, no records".getBytes(StandardCharsets.UTF_8));
        assertThat(image.status()).isEqualTo(400);
        assertThat(image.body()).contains("Filen kan inte läsas som NDJSON, CSV eller Excel");

        Page badXlsx = anna.upload("/app/imports", WebSession.csrf(form.body()), "trasig.xlsx",
                new byte[]{'P', 'K', 3, 4, 1, 2, 3});
        assertThat(badXlsx.status()).isEqualTo(400);
        assertThat(badXlsx.body()).contains("Excel-filen kunde inte läsas");

        Page noHeader = anna.upload("/app/imports", WebSession.csrf(form.body()), "fel.csv",
                "Id;Vad\r\nx;y\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.body()).contains("Rubrikraden saknar kolumnen ”Deltagar-id”");
    }
}
