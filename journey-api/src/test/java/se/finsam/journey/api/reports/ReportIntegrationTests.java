package se.finsam.journey.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.reports.NationalFigures;

/**
 * API.md, "Reports": the acceptance scenarios imported over HTTP give each team's published figures, the
 * association's figures are the sum of its teams', lineage matches every count, and a rebuild from the event
 * store gives identical answers to the incrementally kept read model; with {@code suppress=N} small cells are
 * hidden, in the answer and in the CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIntegrationTests {

    private static final String YEAR = "from=2025-01-01&to=2025-12-31";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;

    long position;

    @BeforeAll
    void theThreeTeamsOfTheCountyAreImported() {
        JsonNode county = Scenarios.load("vastmanland-three-teams-2025");
        for (JsonNode initiative : county.get("initiatives")) {
            client(port).initiative(initiative.get("code").asText(), initiative.get("association").asText());
        }
        JsonNode answer = client(port).importAsAdmin(Scenarios.ndjson(county));
        assertThat(answer.path("rejected").asInt()).as(answer.toString()).isZero();
        position = answer.path("position").asLong();
    }

    @Test
    void everyTeamsPublishedFiguresAreReproduced() {
        for (String name : List.of("hallstahammar-2025", "sala-2025", "surahammar-2025", "vastmanland-three-teams-2025")) {
            for (JsonNode check : Scenarios.load(name).get("checks")) {
                if (!check.path("kind").asText().equals("report")) {
                    continue;
                }
                JsonNode report = report(scope(check) + "&" + YEAR);
                for (Iterator<Map.Entry<String, JsonNode>> it = check.get("published").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> figure = it.next();
                    assertThat(Scenarios.at(report, figure.getKey()).asDouble())
                            .as(name + " " + figure.getKey()).isEqualTo(figure.getValue().asDouble());
                }
            }
        }
    }

    @Test
    void theAssociationsCountsAreTheSumOfItsTeamsCounts() {
        JsonNode association = report("association=vastmanland&" + YEAR);
        List<JsonNode> teams = List.of(report("initiative=hallstahammar&" + YEAR), report("initiative=sala&" + YEAR),
                report("initiative=surahammar&" + YEAR));
        List<String> counts = countPaths(association.path("participants"), "participants");
        counts.addAll(countPaths(association.path("closures").path("standardTable"), "closures.standardTable"));
        counts.addAll(countPaths(association.path("workTraining"), "workTraining"));
        assertThat(counts).hasSizeGreaterThan(40);
        for (String path : counts) {
            int sum = teams.stream().mapToInt(team -> Scenarios.at(team, path).asInt(0)).sum();
            assertThat(Scenarios.at(association, path).asInt()).as(path).isEqualTo(sum);
        }
    }

    @Test
    void everyCountsLineageListsExactlyAsManyJourneysAsItsValue() {
        JsonNode report = report("initiative=sala&" + YEAR);
        List<String> cells = countPaths(report.path("participants"), "participants");
        cells.addAll(countPaths(report.path("closures").path("standardTable"), "closures.standardTable"));
        for (String cell : cells) {
            JsonNode lineage = client(port).getAsAdmin("/api/v1/reports/participants/lineage?initiative=sala&" + YEAR
                    + "&cell=" + java.net.URLEncoder.encode(cell, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(lineage.path("value").asInt()).as(cell).isEqualTo(Scenarios.at(report, cell).asInt());
            assertThat(lineage.path("journeys").size()).as(cell).isEqualTo(lineage.path("value").asInt());
            lineage.path("journeys").forEach(j -> assertThat(j.path("records").size()).as(cell).isPositive());
        }
    }

    @Test
    void aRebuildFromTheEventStoreGivesIdenticalAnswers() throws InterruptedException {
        List<String> queries = List.of("association=vastmanland&" + YEAR + "&compare=previous",
                "initiative=sala&" + YEAR + "&compare=previous", "initiative=hallstahammar&from=2025-07-01&to=2025-12-31",
                "initiative=surahammar&from=2024-07-01&to=2025-06-30");
        List<JsonNode> before = new ArrayList<>();
        queries.forEach(q -> before.add(figures(report(q))));

        ServiceClientAccess.Answer started = client(port).postAsAdmin("/api/v1/admin/read-models/journey-facts/rebuild");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode status = awaitRebuild();

        assertThat(status.path("rebuild").path("state").asText()).isEqualTo("DONE");
        assertThat(status.path("rebuild").path("eventsDone").asLong()).isEqualTo(position);
        for (int i = 0; i < queries.size(); i++) {
            assertThat(figures(report(queries.get(i)))).as(queries.get(i)).isEqualTo(before.get(i));
        }
    }

    @Test
    void aReportForPublicationHidesSmallCellsAndSaysWhich() {
        String sala = "initiative=sala&" + YEAR + "&compare=previous";
        JsonNode full = report(sala);
        JsonNode published = report(sala + "&suppress=5");

        assertThat(full.has("suppression")).isFalse();
        assertThat(published.path("suppression").path("threshold").asInt()).isEqualTo(5);
        List<String> hidden = new ArrayList<>();
        published.path("suppression").path("cells").forEach(cell -> hidden.add(cell.asText()));
        List<String> previousHidden = new ArrayList<>();
        published.path("suppression").path("previousCells").forEach(cell -> previousHidden.add(cell.asText()));
        assertThat(hidden).isNotEmpty().isSorted();
        for (String cell : hidden) {
            assertThat(Scenarios.at(published, cell).isNull()).as(cell).isTrue();
            JsonNode change = published.path("change").path(cell);
            assertThat(change.isNull() || change.isMissingNode()).as("change of " + cell).isTrue();
        }
        previousHidden.forEach(cell -> assertThat(Scenarios.at(published.path("previous"), cell).isNull()).as(cell).isTrue());
        List<String> counts = countPaths(full.path("participants"), "participants");
        counts.addAll(countPaths(full.path("closures"), "closures"));
        for (String path : counts) {
            JsonNode shown = Scenarios.at(published, path);
            if (!hidden.contains(path)) {
                assertThat(shown.asInt()).as(path).isEqualTo(Scenarios.at(full, path).asInt());
                assertThat(shown.asInt() == 0 || shown.asInt() >= 5).as(path + " = " + shown).isTrue();
            }
        }
        assertThat(published.path("manifest").asText()).isEqualTo(full.path("manifest").asText());
    }

    @Test
    void aCsvForPublicationLeavesHiddenCellsEmptyAndMarksThem() {
        String sala = "initiative=sala&" + YEAR + "&suppress=5";
        JsonNode published = report(sala);
        ServiceClientAccess.Answer csv = client(port).get("admin",
                "/api/v1/reports/participants/export.csv?" + sala + "&minPosition=" + position);

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines.get(0)).endsWith("; suppressed below 5");
        assertThat(lines.get(1)).isEqualTo("figure;value;suppressed");
        String hidden = published.path("suppression").path("cells").get(0).asText();
        assertThat(lines).contains(hidden + ";;value", "participants.total;"
                + Scenarios.at(published, "participants.total").asInt() + ";");
    }

    /** The CSV has one row per figure of the catalogue the answer holds, in the answer's order, with its value. */
    @Test
    void theCsvHasARowForEveryFigureOfTheAnswerWithItsValue() {
        JsonNode answer = report("association=vastmanland&" + YEAR);
        ServiceClientAccess.Answer csv = client(port).get("admin",
                "/api/v1/reports/participants/export.csv?association=vastmanland&" + YEAR + "&minPosition=" + position);

        List<String> rows = List.of(csv.body().split("\r\n")).subList(2, csv.body().split("\r\n").length);
        List<String> expected = new ArrayList<>();
        Scenarios.figures(answer).forEach((path, value) -> {
            assertThat(NationalFigures.CATALOGUE.resolve(path)).as(path).isPresent();
            expected.add(path + ";" + (value.isNull() ? "" : value.asText().replace('.', ',')));
        });
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @Test
    void aSuppressionThresholdThatIsNotAWholeNumberFrom2To100IsRefused() {
        for (String threshold : List.of("1", "abc", "101", "")) {
            for (String path : List.of("/api/v1/reports/participants", "/api/v1/reports/participants/export.csv")) {
                ServiceClientAccess.Answer answer = client(port).get("admin",
                        path + "?initiative=sala&" + YEAR + "&suppress=" + threshold);
                assertThat(answer.status()).as(path + " suppress=" + threshold).isEqualTo(400);
                assertThat(answer.body()).as(path).contains("\"detail\"", "suppress", "2 to 100");
            }
        }
    }

    private JsonNode awaitRebuild() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode models = client(port).getAsAdmin("/api/v1/admin/read-models");
            String state = models.get(0).path("rebuild").path("state").asText();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return models.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rebuild did not finish in 30 s");
    }

    private JsonNode report(String query) {
        JsonNode report = client(port).getAsAdmin("/api/v1/reports/participants?" + query + "&minPosition=" + position);
        assertThat(report.has("participants")).as(report.toString()).isTrue();
        return report;
    }

    private static JsonNode figures(JsonNode report) {
        ObjectNode figures = report.deepCopy();
        figures.remove(List.of("position", "asOf"));
        return figures;
    }

    private static String scope(JsonNode check) {
        if (check.has("association")) {
            return "association=" + check.get("association").asText();
        }
        StringBuilder scope = new StringBuilder();
        check.get("initiatives").forEach(i -> scope.append(scope.length() == 0 ? "" : "&").append("initiative=")
                .append(i.asText()));
        return scope.toString();
    }

    /** The dotted paths of the integer leaves under a node. */
    private static List<String> countPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            String path = prefix + "." + field.getKey();
            if (field.getValue().isObject()) {
                paths.addAll(countPaths(field.getValue(), path));
            } else if (field.getValue().isInt()) {
                paths.add(path);
            }
        });
        return paths;
    }
}
