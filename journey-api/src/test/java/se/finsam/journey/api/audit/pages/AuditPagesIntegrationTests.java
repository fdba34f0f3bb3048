package se.finsam.journey.api.audit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.ServiceClientAccess.Answer;
import se.finsam.journey.api.web.WebSession;
import se.finsam.journey.api.web.WebSession.Page;

/** The auditor's pages over real HTTP: lineage, manifests with verification and restatement, the audit page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditPagesIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    ServiceClientAccess service;
    long position;

    @BeforeEach
    void history() {
        service = ServiceClientAccess.client(port);
        if (service.getAsAdmin("/api/v1/initiatives").isEmpty()) {
            AuditScenario.record(service);
        }
        service.user("greta", "AUDITOR", "sala", "fns");
        service.user("nils", "ANALYST", "sala");
        service.user("anna", "STAFF", "sala");
        service.user("fredrik", "STAFF", "fns");
        position = service.getAsAdmin("/api/v1/admin/read-models").path(0).path("head").asLong();
    }

    private Page as(String user, String path) {
        return WebSession.signedIn(port, user, ServiceClientAccess.password()).get(path);
    }

    @Test
    void theLineageOfACountNamesItInSwedishAndListsItsJourneysWithTheirDecidingRecords() {
        Page page = as("greta", AuditScenario.lineage("closures.standardTable.work", position));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Avslut till arbete", "sala-1", "sala-3", "Rättelse", "fel avslutsdatum",
                "Deltaganden (2)").doesNotContain("sala-2", "1985", "birthYear");
        assertThat(page.body()).as("an auditor does not read journeys: ids are plain text")
                .doesNotContain("href=\"/app/journeys/sala-1\"");
        JsonNode trail = service.getAsAdmin("/api/v1/audit/reads?user=greta&action=lineage");
        assertThat(trail.path("entries").path(0).path("detail").path("cell").asText())
                .isEqualTo("closures.standardTable.work");
        assertThat(trail.path("entries").path(0).path("detail").path("journeys").asInt()).isEqualTo(2);
    }

    @Test
    void staffOfTheTeamGetLinksToTheJourneysAndBreakdownsAreNamedWithTheirCode() {
        Page page = as("anna", AuditScenario.lineage("participants.byGender.WOMAN", position));

        assertThat(page.body()).contains("Deltagare efter kön: Kvinna", "href=\"/app/journeys/sala-1\"");
    }

    @Test
    void lineageIsForThoseWhoMayReadTheScopeAndAnUnknownCellIsSaidPlainly() {
        assertThat(as("fredrik", AuditScenario.lineage("closures.total", position)).status()).isEqualTo(403);
        assertThat(as("nils", AuditScenario.lineage("closures.total", position)).status()).isEqualTo(200);

        Page unknown = as("greta", AuditScenario.lineage("closures.nonsense", position));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("closures.nonsense").doesNotContain("Exception");
    }

    @Test
    void aManifestIsShownVerifiedByPostAndRestatedAgainstToday() {
        String manifest = service.getAsAdmin("/api/v1/reports/participants?" + AuditScenario.FNS_2025
                + "&minPosition=" + position).path("manifest").asText();
        WebSession greta = WebSession.signedIn(port, "greta", ServiceClientAccess.password());

        Page shown = greta.get("/app/manifests/" + manifest);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains(manifest, "2026.1", "Verifiera");

        assertThat(greta.postWithout("/app/manifests/" + manifest + "/verify").status()).isEqualTo(403);
        Page verified = greta.post("/app/manifests/" + manifest, "/app/manifests/" + manifest + "/verify");
        assertThat(verified.status()).isEqualTo(302);
        assertThat(greta.get("/app/manifests/" + manifest).body()).contains("Identisk");

        Answer retracted = service.postRecord("fredrik", "fns-1", "{\"type\":\"retraction\","
                + "\"recordId\":\"x9\",\"date\":\"2025-07-01\",\"retracts\":\"c\","
                + "\"reason\":\"avslutet registrerades i fel deltagande\"}");
        assertThat(retracted.status()).as(retracted.body()).isEqualTo(201);
        long after = service.getAsAdmin("/api/v1/admin/read-models").path(0).path("head").asLong();
        service.getAsAdmin("/api/v1/reports/participants?" + AuditScenario.FNS_2025 + "&minPosition=" + after);

        Page restated = greta.get("/app/manifests/" + manifest + "/restatement");
        assertThat(restated.status()).isEqualTo(200);
        assertThat(restated.body()).contains("Avslut till arbete", "avslutet registrerades i fel deltagande", "fredrik");
        assertThat(greta.get("/app/manifests/m-00000000000000000000000000000000").status()).isEqualTo(404);
        assertThat(as("anna", "/app/manifests/" + manifest).status()).as("as if it did not exist").isEqualTo(404);
    }

    @Test
    void theAuditPageShowsTheChainVerifiesItAndFiltersTheReadTrail() {
        as("greta", AuditScenario.lineage("closures.total", position));
        WebSession greta = WebSession.signedIn(port, "greta", ServiceClientAccess.password());

        Page audit = greta.get("/app/audit?action=lineage&user=greta");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("Hashkedjan", "Inte verifierad", "closures.total", "Ursprung");

        assertThat(greta.postWithout("/app/audit/verify-chain").status()).isEqualTo(403);
        assertThat(greta.post("/app/audit", "/app/audit/verify-chain").status()).isEqualTo(302);
        assertThat(greta.get("/app/audit").body()).contains("Kedjan är hel", "av greta");

        assertThat(greta.get("/app/audit?action=nonsense").status()).isEqualTo(400);
        assertThat(greta.get("/app/audit?from=2025-13-01").status()).isEqualTo(400);
        assertThat(greta.get("/app/audit?user=nobody").body()).contains("Inga poster matchar.");
    }

    @Test
    void aLargeCellIsShownFiftyJourneysAPage() {
        service.initiative("paged", "elsewhere");
        service.user("pia", "ANALYST", "paged");
        StringBuilder history = new StringBuilder();
        for (int i = 1; i <= LineageListing.PAGE_SIZE + 1; i++) {
            String id = "p-" + i;
            history.append(ServiceClientAccess.line(id, "referral", "r", "2025-03-01", "\"initiative\":\"paged\","
                    + "\"referringParty\":\"SELF\",\"supportBefore\":\"UNKNOWN\",\"person\":{\"gender\":\"MAN\","
                    + "\"birthYear\":1990}")).append('\n').append(ServiceClientAccess.line(id, "enrolment", "e",
                    "2025-03-02", "")).append('\n');
        }
        long last = service.importAsAdmin(history.toString()).path("position").asLong();
        WebSession pia = WebSession.signedIn(port, "pia", ServiceClientAccess.password());
        String lineage = "/app/lineage?initiative=paged&from=2025-01-01&to=2025-12-31&cell=participants.new"
                + "&minPosition=" + last;

        Page first = pia.get(lineage);
        assertThat(first.body()).contains("Deltaganden (51)", "Visar 1–50 av 51", "Sida 1 av 2", "page=2");
        Page second = pia.get(lineage + "&page=2");
        assertThat(second.body()).contains("Visar 51–51 av 51", "Sida 2 av 2");
        Set<String> shown = new HashSet<>(journeyIds(first.body()));
        assertThat(shown).hasSize(50);
        List<String> rest = journeyIds(second.body());
        assertThat(rest).hasSize(1).doesNotContainAnyElementsOf(shown);
        assertThat(pia.get(lineage + "&page=many").status()).isEqualTo(400);
    }

    private static List<String> journeyIds(String page) {
        Matcher ids = Pattern.compile("class=\"journey-id\">([^<]+)<").matcher(page);
        List<String> found = new ArrayList<>();
        while (ids.find()) {
            found.add(ids.group(1));
        }
        return found;
    }

    @Test
    void analystsAndStaffMayNotOpenTheAuditPage() {
        assertThat(as("nils", "/app/audit").status()).isEqualTo(403);
        assertThat(as("anna", "/app/audit").status()).isEqualTo(403);
    }
}
