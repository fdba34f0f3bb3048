package se.finsam.journey.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.reports.Scenarios;

/**
 * Writes the example documents of {@code docs/examples}: the acceptance suite's scenario of three Västmanland teams
 * in 2025 (their published tables rebuilt as journeys) loaded into a service, with the money and staff their
 * association's annual report (seed S0) states for them recorded in their ledgers, and the annual report of each
 * team and of the association downloaded as Word and PDF, with a picture of the association's first PDF pages.
 * It runs only when asked, with {@code -Dseed.examples.dir=$PWD/docs/examples} (see docs/examples/README.md): the
 * checked-in files are made by hand when the document changes, not by every build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A condition on the class, not an assumption in the test: skipped, it does not even start a service.
@EnabledIfSystemProperty(named = "seed.examples.dir", matches = ".+")
class SeedExampleDocumentsTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PICTURED_PAGES = 4;
    private static final String YEAR = "from=2025-01-01&to=2025-12-31";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void theSeedTeamsAnnualReportsAreWrittenAsWordAndPdf() throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("seed.examples.dir")));
        ServiceClientAccess service = ServiceClientAccess.client(port);
        JsonNode scenario = Scenarios.load("vastmanland-three-teams-2025");
        for (JsonNode initiative : scenario.get("initiatives")) {
            ServiceClientAccess.Answer created = service.put(ServiceClientAccess.adminUser(), "/api/v1/initiatives/"
                    + initiative.get("code").asText(), JSON.createObjectNode().put("name", initiative.get("name")
                    .asText()).put("association", initiative.get("association").asText()).toString());
            assertThat(created.status()).as(created.body()).isIn(200, 201);
        }
        assertThat(service.importAsAdmin(Scenarios.ndjson(scenario)).path("rejected").asInt()).isZero();
        // Seed S0, "Ekonomiskt resultat": allocated and used funds 2025 per team, in tkr.
        money(service, "hallstahammar", "1 250 000", "1 250 000");
        money(service, "surahammar", "1 250 000", "1 196 000");
        money(service, "sala", "1 720 000", "1 671 000");
        // Seed S0, "Personal": each team's positions and who employs them.
        position(service, "sala", "s1", "MANAGER", "1,00", "MUNICIPALITY:1981");
        position(service, "sala", "s2", "Socialkonsulent", "1,00", "MUNICIPALITY:1981");
        position(service, "sala", "s3", "EMPLOYMENT_OFFICER", "0,40", "EMPLOYMENT_SERVICE");
        position(service, "sala", "s4", "PSYCHIATRIC_NURSE", "0,10", "REGION");
        position(service, "hallstahammar", "h1", "MANAGER", "1,00", "MUNICIPALITY:1961");
        position(service, "hallstahammar", "h2", "Arbetskonsulent", "0,60", "MUNICIPALITY:1961");
        position(service, "hallstahammar", "h3", "EMPLOYMENT_OFFICER", "0,20", "EMPLOYMENT_SERVICE");
        position(service, "hallstahammar", "h4", "COUNSELLOR", "0,10", "REGION");
        position(service, "surahammar", "u1", "MANAGER", "1,00", "MUNICIPALITY:1907");
        position(service, "surahammar", "u2", "EMPLOYMENT_OFFICER", "0,60", "EMPLOYMENT_SERVICE");
        position(service, "surahammar", "u3", "COUNSELLOR", "0,10", "REGION");
        String about = "Ett exempel gjort av journey: deltagarna är acceptanssvitens scenario "
                + "vastmanland-three-teams-2025 (teamens publicerade tabeller för 2025 återskapade som resor), "
                + "tilldelning, använda medel och personal är de som Västmanlands årsrapport 2025 anger. Mål, "
                + "aktiviteter och teamens egna texter är inte registrerade.";
        for (String owner : List.of("initiatives/hallstahammar", "initiatives/surahammar", "initiatives/sala",
                "associations/vastmanland")) {
            ServiceClientAccess.Answer text = service.put(ServiceClientAccess.adminUser(), "/api/v1/" + owner
                    + "/report-texts/inledning?" + YEAR, JSON.createObjectNode().put("text", about).toString());
            assertThat(text.status()).as(text.body()).isEqualTo(201);
        }
        for (String scope : List.of("initiative=hallstahammar", "initiative=surahammar", "initiative=sala",
                "association=vastmanland")) {
            for (String suffix : List.of("docx", "pdf")) {
                DocumentFiles.Download document = DocumentFiles.get(port, ServiceClientAccess.adminUser(),
                        ServiceClientAccess.adminPassword(), "/api/v1/reports/document." + suffix + "?" + scope + "&"
                                + YEAR);
                assertThat(document.status()).as(document.text()).isEqualTo(200);
                String name = "arsrapport-2025-" + scope.substring(scope.indexOf('=') + 1) + "." + suffix;
                Files.write(folder.resolve(name), document.body());
            }
        }
        try (PDDocument read = Loader.loadPDF(Files.readAllBytes(folder.resolve("arsrapport-2025-vastmanland.pdf")))) {
            ImageIO.write(sideBySide(new PDFRenderer(read)), "png",
                    folder.resolve("arsrapport-2025-vastmanland-sidor-1-4.png").toFile());
        }
    }

    private static void money(ServiceClientAccess service, String team, String allocated, String used) {
        record(service, team, JSON.createObjectNode().put("type", "allocation").put("recordId", "s0-allocation")
                .put("year", 2025).put("financingParty", "ASSOCIATION").put("amount", allocated));
        record(service, team, JSON.createObjectNode().put("type", "cost").put("recordId", "s0-used")
                .put("from", "2025-01-01").put("to", "2025-12-31").put("costType", "Använda medel")
                .put("amount", used));
    }

    private static void position(ServiceClientAccess service, String team, String id, String role, String fte,
                                 String employer) {
        record(service, team, JSON.createObjectNode().put("type", "position").put("recordId", id)
                .put("from", "2025-01-01").put("to", "2025-12-31").put("role", role).put("fte", fte).put("persons", 1)
                .put("employer", employer));
    }

    private static void record(ServiceClientAccess service, String team, ObjectNode record) {
        ServiceClientAccess.Answer answer = service.send(ServiceClientAccess.adminUser(), "POST",
                "/api/v1/initiatives/" + team + "/ledger/records", "application/json", record.toString());
        assertThat(answer.status()).as(record + " → " + answer.body()).isIn(200, 201);
    }

    /** The first pages at 60 dots per inch, side by side on a grey ground, as one picture for the README. */
    private static BufferedImage sideBySide(PDFRenderer pages) throws IOException {
        int gap = 16;
        BufferedImage first = pages.renderImageWithDPI(0, 60);
        int width = first.getWidth();
        BufferedImage all = new BufferedImage(gap + PICTURED_PAGES * (width + gap), first.getHeight() + 2 * gap,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = all.createGraphics();
        canvas.setColor(new Color(0xDDDDDD));
        canvas.fillRect(0, 0, all.getWidth(), all.getHeight());
        for (int page = 0; page < PICTURED_PAGES; page++) {
            canvas.drawImage(page == 0 ? first : pages.renderImageWithDPI(page, 60), gap + page * (width + gap), gap,
                    null);
        }
        canvas.dispose();
        return all;
    }
}
