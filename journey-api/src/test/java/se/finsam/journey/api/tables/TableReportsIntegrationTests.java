package se.finsam.journey.api.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.journey.api.ServiceClientAccess.assertProblem;
import static se.finsam.journey.api.ServiceClientAccess.client;
import static se.finsam.journey.api.ServiceClientAccess.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.finsam.journey.api.ServiceClientAccess;
import se.finsam.journey.api.ServiceClientAccess.Answer;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.Scenarios;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.tables.ComputedTable;

/**
 * API.md, "Table definitions", the reports: the acceptance scenarios' three teams imported over HTTP, their own
 * tables computed for a team and for the association, equal to the participant report wherever both say the same,
 * with last year and the change, small cells hidden on request, every count traced to its journeys, differences
 * against the participant report and another table, a figure of version 1 reproduced after version 2 and later
 * records, and manifests that verify under the stored version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableReportsIntegrationTests {

    @Autowired
    Clock clock;

    private static final String YEAR = "from=2025-01-01&to=2025-12-31";
    /** Tables that say what the participant report says, and the national paths they must equal. */
    private static final String NATIONAL_AS_TABLES = """
            {"title": "Som den nationella rapporten", "tables": [
             {"id": "participants", "title": "Deltagare", "population": "participants",
              "rows": {"by": "referringParty"}, "columns": {"by": "gender"}, "values": ["count"]},
             {"id": "outcomes", "title": "Avslut", "population": "closures", "rows": {"by": "standardOutcome"},
              "values": ["count"]},
             {"id": "shares", "title": "Andelar", "population": "measuredClosures", "rows": {"by": "standardOutcome"},
              "values": ["shareOfTotal", "mean:throughputMonths", "median:throughputMonths"]},
             {"id": "training", "title": "Arbetsträning", "population": "workTraining",
              "rows": {"by": "workTrainingSector"}, "values": ["count"]}]}""";
    private static final Map<String, String> NATIONAL_CELLS = Map.ofEntries(
            Map.entry("participants.total", "participants/total/total/count"),
            Map.entry("participants.byGender.WOMAN", "participants/total/WOMAN/count"),
            Map.entry("participants.byReferringParty.MUNICIPALITY", "participants/MUNICIPALITY/total/count"),
            Map.entry("closures.standardTable.closures", "outcomes/total/count"),
            Map.entry("closures.standardTable.work", "outcomes/work/count"),
            Map.entry("closures.standardTable.medicalRehabilitation", "outcomes/medicalRehabilitation/count"),
            Map.entry("closures.shares.studies", "shares/studies/shareOfTotal"),
            Map.entry("closures.shares.continuedRehabilitation", "shares/continuedRehabilitation/shareOfTotal"),
            Map.entry("throughputTime.meanMonths", "shares/total/mean:throughputMonths"),
            Map.entry("throughputTime.medianMonths", "shares/total/median:throughputMonths"),
            Map.entry("workTraining.participants", "training/total/count"),
            Map.entry("workTraining.bySector.PRIVATE", "training/PRIVATE/count"));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServiceClientAccess.ownDatabase(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    TableReports reports;
    long position;

    @BeforeAll
    void theThreeTeamsAndTheirDefinitions() {
        JsonNode county = Scenarios.load("vastmanland-three-teams-2025");
        for (JsonNode initiative : county.get("initiatives")) {
            client(port).initiative(initiative.get("code").asText(), initiative.get("association").asText());
        }
        client(port).user("analyst", "ANALYST", "*");
        client(port).user("staff-sala", "STAFF", "sala");
        JsonNode imported = client(port).importAsAdmin(Scenarios.ndjson(county));
        assertThat(imported.path("rejected").asInt()).as(imported.toString()).isZero();
        position = imported.path("position").asLong();
        // Reports answer at the read model's position, which may still be before the import's: wait for it.
        client(port).awaitReadModel(position);
        for (String scenario : Scenarios.NAMES) {
            for (JsonNode check : Scenarios.load(scenario).get("checks")) {
                if (check.path("kind").asText().equals("tables")) {
                    JsonNode definition = check.get("definition");
                    Answer stored = client(port).put("analyst", "/api/v1/definitions/" + definition.path("id").asText(),
                            definition.path("document").toString());
                    assertThat(stored.status()).as(stored.body()).isIn(200, 201);
                }
            }
        }
        assertThat(client(port).put("analyst", "/api/v1/definitions/national", NATIONAL_AS_TABLES).status()).isEqualTo(201);
    }

    /**
     * The calls the table pages make (publish with an export format, preview of a definition being written, trace of
     * a cell) answer what the API answers for the same question, and an export is in the read audit trail with its
     * format and manifest.
     */
    @Test
    void thePagesServiceCallsPublishPreviewAndTraceWhatTheApiAnswers() {
        Caller analyst = new Caller("analyst", "", Set.of(Role.ANALYST), Set.of("*"));
        ReportQuery query = new ReportQuery(List.of("hallstahammar"), null, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"), null, false, null);
        String question = "initiative=hallstahammar&" + YEAR + "&definition=hallstahammar-tables";

        TableReports.Published published = reports.publish(new TableReports.Question(query, "hallstahammar-tables",
                null, 3), analyst, "xlsx");
        JsonNode api = tables(question + "&suppress=3");
        assertThat(published.manifest()).isEqualTo(api.path("manifest").asText());
        for (ComputedTable table : published.computed().tables()) {
            String id = table.spec().id();
            List<String> hiddenInTheApi = new ArrayList<>();
            api.at("/suppression/cells/" + id).forEach(cell -> hiddenInTheApi.add(cell.asText()));
            assertThat(published.hidden().get(id).cells()).as(id).containsExactlyInAnyOrderElementsOf(hiddenInTheApi);
            assertThat(api.at("/tables/" + id + "/cells").size()).isEqualTo(table.current().cells().size());
        }
        JsonNode trail = client(port).getAsAdmin("/api/v1/audit/reads?user=analyst&action=export&limit=1000");
        assertThat(trail.path("entries").findValuesAsText("manifest")).contains(published.manifest());
        assertThat(trail.path("entries").findValuesAsText("format")).contains("xlsx");

        TableReports.Previewed previewed = reports.preview(query, "draft",
                reports.resolve("hallstahammar-tables", null).definition(), 3, analyst);
        assertThat(previewed.position()).isEqualTo(published.computed().position());
        for (int i = 0; i < previewed.tables().size(); i++) {
            ComputedTable draft = previewed.tables().get(i);
            ComputedTable stored = published.computed().tables().get(i);
            assertThat(draft.current().render(Set.of())).as(draft.spec().id())
                    .isEqualTo(stored.current().render(Set.of()));
            assertThat(previewed.hidden().get(draft.spec().id())).isEqualTo(published.hidden().get(stored.spec().id()));
        }

        TableReports.Traced traced = reports.trace(query, "hallstahammar-tables", null, "outcome-by-gender",
                "work/WOMAN", analyst);
        JsonNode lineage = get("analyst", "/api/v1/reports/tables/lineage?" + question
                + "&table=outcome-by-gender&cell=work/WOMAN").json();
        assertThat(traced.scope()).containsExactly("hallstahammar");
        assertThat(traced.answer().value()).isEqualTo(lineage.path("value").asInt());
        assertThat(traced.answer().journeys().stream().map(journey -> journey.journeyId()).toList())
                .isEqualTo(lineage.path("journeys").findValuesAsText("journeyId"));
    }

    @Test
    void aTeamsOwnTablesGiveItsPublishedFigures() {
        JsonNode answer = tables("initiative=hallstahammar&" + YEAR + "&definition=hallstahammar-tables");

        assertThat(answer.path("definition").path("id").asText()).isEqualTo("hallstahammar-tables");
        assertThat(answer.path("definition").path("version").asInt()).isEqualTo(1);
        assertThat(answer.path("definition").path("sha256").asText()).hasSize(64);
        assertThat(answer.path("manifest").asText()).startsWith("m-");
        assertThat(answer.path("position").asLong()).isEqualTo(position);
        JsonNode outcomes = answer.at("/tables/outcome-by-gender");
        assertThat(outcomes.path("rows").toString()).isEqualTo("[\"dropouts\",\"work\",\"studies\",\"activeJobSeeking\","
                + "\"continuedRehabilitation\",\"medicalRehabilitation\",\"other\",\"total\"]");
        assertThat(outcomes.path("columns").toString()).isEqualTo("[\"WOMAN\",\"MAN\",\"NON_BINARY\",\"total\"]");
        // Hallstahammar 2025 as published: 16 closures, 2 work, 5 studies, 2 job seeking, 5 rehabilitation, 1, 1.
        JsonNode cells = outcomes.path("cells");
        assertThat(cells.path("total/total/count").asInt()).isEqualTo(16);
        assertThat(cells.path("work/total/count").asInt()).isEqualTo(2);
        assertThat(cells.path("studies/total/count").asInt()).isEqualTo(5);
        assertThat(cells.path("continuedRehabilitation/total/count").asInt()).isEqualTo(5);
        assertThat(cells.path("dropouts/total/count").asInt()).isZero();
        assertThat(cells.path("total/total/shareOfColumn").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(answer.at("/tables/new-by-party/cells").path("total/total/count").asInt()).isEqualTo(17);
    }

    @Test
    void whereATableSaysWhatTheParticipantReportSaysItSaysTheSameForATeamAndTheAssociation() {
        for (String scope : List.of("initiative=sala", "initiative=surahammar", "association=vastmanland",
                "initiative=hallstahammar&initiative=sala")) {
            for (String period : List.of(YEAR, "from=2024-07-01&to=2025-06-30", YEAR + "&compare=previous")) {
                String question = scope + "&" + period;
                JsonNode national = client(port).getAsAdmin("/api/v1/reports/participants?" + question);
                JsonNode tables = tables(question + "&definition=national");
                NATIONAL_CELLS.forEach((path, cell) -> {
                    String[] parts = cell.split("/", 2);
                    JsonNode value = tables.path("tables").path(parts[0]).path("cells").path(parts[1]);
                    assertThat(value.decimalValue()).as(question + " " + path)
                            .isEqualByComparingTo(Scenarios.at(national, path).decimalValue());
                    if (question.contains("compare")) {
                        JsonNode change = tables.path("tables").path(parts[0]).path("change").path(parts[1]);
                        assertThat(change.decimalValue()).as(question + " change of " + path)
                                .isEqualByComparingTo(national.path("change").path(path).decimalValue());
                    }
                });
            }
        }
    }

    @Test
    void anAssociationsTablesByInitiativeAddUpToItsTeamsTables() {
        JsonNode association = tables("association=vastmanland&" + YEAR + "&definition=association-by-team");
        JsonNode byTeam = association.at("/tables/outcomes-by-team");

        assertThat(byTeam.path("rows").toString()).isEqualTo("[\"hallstahammar\",\"sala\",\"surahammar\",\"total\"]");
        for (String team : List.of("hallstahammar", "sala", "surahammar")) {
            JsonNode alone = tables("initiative=" + team + "&" + YEAR + "&definition=association-by-team");
            assertThat(byTeam.path("cells").path(team + "/total/count").asInt()).as(team)
                    .isEqualTo(alone.at("/tables/outcomes-by-team/cells").path(team + "/total/count").asInt());
        }
        assertThat(byTeam.path("cells").path("total/total/count").asInt()).isEqualTo(16 + 9 + 13);
    }

    @Test
    void aComparisonCarriesLastYearsCellsAndTheChangeOfEveryCellWithAValueInBoth() {
        JsonNode answer = tables("initiative=sala&" + YEAR + "&compare=previous&definition=sala-tables");

        assertThat(answer.path("previousPeriod").path("from").asText()).isEqualTo("2024-01-01");
        JsonNode table = answer.at("/tables/enrolled-at-end");
        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = table.path("cells").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> cell = it.next();
            JsonNode before = table.path("previousCells").path(cell.getKey());
            assertThat(before.isMissingNode()).as(cell.getKey()).isFalse();
            if (cell.getKey().endsWith("/count")) {
                assertThat(table.path("change").path(cell.getKey()).asInt()).as(cell.getKey())
                        .isEqualTo(cell.getValue().asInt() - before.asInt());
                compared++;
            } else if (cell.getValue().isNull() || before.isNull()) {
                assertThat(table.path("change").has(cell.getKey())).as(cell.getKey()).isFalse();
            }
        }
        assertThat(compared).isEqualTo(7 * 4);
    }

    @Test
    void forPublicationSmallCellsAreHiddenInEveryTableAndListed() {
        String question = "initiative=sala&" + YEAR + "&compare=previous&definition=sala-tables";
        JsonNode full = tables(question);
        JsonNode published = tables(question + "&suppress=5");

        assertThat(full.has("suppression")).isFalse();
        assertThat(published.path("suppression").path("threshold").asInt()).isEqualTo(5);
        assertThat(published.path("manifest").asText()).as("the manifest of the figures it was derived from")
                .isEqualTo(full.path("manifest").asText());
        int hidden = 0;
        for (Iterator<Map.Entry<String, JsonNode>> tables = published.path("tables").fields(); tables.hasNext(); ) {
            Map.Entry<String, JsonNode> table = tables.next();
            Set<String> listed = new HashSet<>();
            published.path("suppression").path("cells").path(table.getKey()).forEach(cell -> listed.add(cell.asText()));
            hidden += listed.size();
            for (Iterator<Map.Entry<String, JsonNode>> cells = table.getValue().path("cells").fields(); cells.hasNext(); ) {
                Map.Entry<String, JsonNode> cell = cells.next();
                if (listed.contains(cell.getKey())) {
                    assertThat(cell.getValue().isNull()).as(cell.getKey()).isTrue();
                    JsonNode change = table.getValue().path("change").path(cell.getKey());
                    assertThat(change.isNull() || change.isMissingNode()).as(cell.getKey()).isTrue();
                } else {
                    assertThat(cell.getValue()).as(table.getKey() + " " + cell.getKey())
                            .isEqualTo(full.path("tables").path(table.getKey()).path("cells").path(cell.getKey()));
                    if (cell.getKey().endsWith("/count")) {
                        assertThat(cell.getValue().asInt()).as(cell.getKey()).matches(v -> v == 0 || v >= 5);
                    }
                }
            }
        }
        assertThat(hidden).isPositive();
        assertProblem(get("analyst", "/api/v1/reports/tables?" + question + "&suppress=1"), 400, "suppress");
    }

    @Test
    void everyCountsLineageListsExactlyItsJourneysWithTheirDecidingRecords() {
        String question = "association=vastmanland&" + YEAR + "&definition=association-by-team";
        JsonNode table = tables(question).at("/tables/years-in-support");
        int traced = 0;
        for (JsonNode row : table.path("rows")) {
            for (JsonNode column : table.path("columns")) {
                String cell = row.asText() + "/" + column.asText();
                JsonNode lineage = get("analyst", "/api/v1/reports/tables/lineage?" + question + "&table=years-in-support"
                        + "&cell=" + encode(cell)).json();
                assertThat(lineage.path("value").asInt()).as(cell).isEqualTo(table.path("cells").path(cell + "/count").asInt());
                assertThat(lineage.path("journeys").size()).as(cell).isEqualTo(lineage.path("value").asInt());
                lineage.path("journeys").forEach(journey -> {
                    assertThat(journey.path("records").size()).isPositive();
                    assertThat(journey.path("records").findValuesAsText("type")).contains("referral");
                });
                traced += lineage.path("value").asInt();
            }
        }
        assertThat(traced).isPositive();
    }

    @Test
    void aDifferenceListsTheJourneysOfOneCellAndNotTheOtherAgainstTheReportOrAnotherTable() {
        String question = "initiative=hallstahammar&" + YEAR + "&definition=hallstahammar-tables&table=outcome-by-gender";
        JsonNode national = get("analyst", "/api/v1/reports/tables/difference?" + question
                + "&cell=total/WOMAN&against=national&againstCell=participants.byGender.WOMAN").json();

        int closedWomen = national.path("left").path("value").asInt();
        int women = national.path("right").path("value").asInt();
        assertThat(women).isEqualTo(20);
        assertThat(national.path("both").asInt()).as("every closed woman is a woman participant").isEqualTo(closedWomen);
        assertThat(national.path("onlyLeft").size()).isZero();
        assertThat(national.path("onlyRight").size()).isEqualTo(women - closedWomen);
        national.path("onlyRight").forEach(journey -> assertThat(journey.path("records").findValuesAsText("type"))
                .contains("referral", "enrolment"));

        JsonNode tables = get("analyst", "/api/v1/reports/tables/difference?" + question + "&cell=studies/total"
                + "&against=hallstahammar-tables&againstTable=age&againstCell=16-20").json();
        assertThat(tables.path("right").path("table").asText()).isEqualTo("age");
        assertThat(tables.path("both").asInt() + tables.path("onlyLeft").size())
                .isEqualTo(tables.path("left").path("value").asInt());
        assertThat(tables.path("both").asInt() + tables.path("onlyRight").size())
                .isEqualTo(tables.path("right").path("value").asInt());
    }

    @Test
    void aFigureOfVersionOneIsReproducedAfterVersionTwoAndLaterRecordsAndItsManifestVerifies() {
        String definition = """
                {"title": "Surahammar", "tables": [{"id": "closed", "title": "Avslut", "population": "closures",
                  "rows": {"by": "closureCause"}, "values": ["count", "shareOfTotal", "mean:age"]}]}""";
        assertThat(client(port).put("analyst", "/api/v1/definitions/versioned", definition).status()).isEqualTo(201);
        String asOf = clock.instant().toString();
        String question = "initiative=surahammar&" + YEAR + "&asOf=" + asOf + "&definition=versioned&version=1";
        JsonNode published = tables(question);

        assertThat(client(port).put("analyst", "/api/v1/definitions/versioned",
                definition.replace("closureCause", "standardOutcome")).status()).isEqualTo(201);
        String closed = firstClosedJourney("surahammar");
        JsonNode later = client(port).importAsAdmin(String.join("\n",
                line(closed, "retraction", "late-r1", "2025-12-30", "\"retracts\":\"" + closureRecord(closed)
                        + "\",\"reason\":\"fel avslut\""),
                line("late-1", "referral", "r1", "2025-03-01", "\"initiative\":\"surahammar\",\"referringParty\":\"SELF\","
                        + "\"person\":{\"gender\":\"MAN\",\"birthYear\":1980},\"supportBefore\":\"UNKNOWN\""),
                line("late-1", "enrolment", "r2", "2025-03-10", ""),
                line("late-1", "closure", "r3", "2025-09-01", "\"cause\":\"WORK\",\"supportAfter\":\"NO_PUBLIC_SUPPORT\"")));
        assertThat(later.path("rejected").asInt()).as(later.toString()).isZero();

        JsonNode again = tables(question + "&minPosition=" + later.path("position").asLong());
        JsonNode today = tables("initiative=surahammar&" + YEAR + "&definition=versioned&version=1&minPosition="
                + later.path("position").asLong());
        assertThat(again.path("tables")).isEqualTo(published.path("tables"));
        assertThat(again.path("definition")).isEqualTo(published.path("definition"));
        assertThat(today.path("tables")).as("the later records do change today's figures").isNotEqualTo(published.path("tables"));

        JsonNode manifest = get("analyst", "/api/v1/reports/manifests/" + published.path("manifest").asText()).json();
        assertThat(manifest.path("kind").asText()).isEqualTo("tables");
        assertThat(manifest.path("definition").path("id").asText()).isEqualTo("versioned");
        assertThat(manifest.path("definition").path("version").asInt()).isEqualTo(1);
        assertThat(manifest.path("definition").path("sha256").asText()).isEqualTo(published.at("/definition/sha256").asText());
        assertThat(manifest.path("consistent").asBoolean()).isTrue();
        JsonNode verified = get("analyst", "/api/v1/reports/manifests/" + published.path("manifest").asText() + "/verify").json();
        assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("figuresIdentical").asBoolean()).isTrue();

        JsonNode restated = get("analyst", "/api/v1/reports/manifests/" + published.path("manifest").asText()
                + "/restatement").json();
        assertThat(restated.path("definition").path("version").asInt()).isEqualTo(1);
        assertThat(restated.path("since").path("manifest").asText()).isEqualTo(published.path("manifest").asText());
        List<JsonNode> differences = new ArrayList<>();
        restated.path("differences").forEach(differences::add);
        assertThat(differences).as(restated.toString()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.path("table").asText()).isEqualTo("closed"))
                .allSatisfy(d -> assertThat(d.path("published")).isNotEqualTo(d.path("today")));
        for (JsonNode difference : differences) {
            String cell = difference.path("cell").asText();
            assertThat(difference.path("published")).as(cell).isEqualTo(published.at("/tables/closed/cells")
                    .path(cell));
            assertThat(difference.path("today")).as(cell).isEqualTo(today.at("/tables/closed/cells").path(cell));
        }
        assertThat(differences).as("the late closure explains a count").anyMatch(d -> d.path("cell").asText()
                .endsWith("/count") && d.path("records").findValuesAsText("journeyId").contains("late-1"));
        assertThat(differences).as("the retraction explains a count, with its reason").anyMatch(d -> d.path("cell")
                .asText().endsWith("/count") && d.path("records").findValuesAsText("reason").contains("fel avslut")
                && d.path("records").findValuesAsText("journeyId").contains(closed));
        JsonNode shares = differences.stream().filter(d -> d.path("cell").asText().endsWith("/shareOfTotal"))
                .findFirst().orElseThrow();
        assertThat(shares.path("records").findValuesAsText("journeyId")).contains("late-1");
    }

    @Test
    void badParametersAre400AndUnknownDefinitionsVersionsTablesAndCellsAre404() {
        String sala = "initiative=sala&" + YEAR;
        assertProblem(get("analyst", "/api/v1/reports/tables?" + sala), 400, "parameter 'definition' is missing");
        assertProblem(get("analyst", "/api/v1/reports/tables?" + sala + "&definition=sala-tables&version=0"), 400, "not a version");
        assertProblem(get("analyst", "/api/v1/reports/tables?initiative=sala&from=2025-12-31&to=2025-01-01&definition=sala-tables"),
                400, "ends");
        assertProblem(get("analyst", "/api/v1/reports/tables?definition=sala-tables&" + YEAR), 400, "scope");
        assertProblem(get("analyst", "/api/v1/reports/tables?" + sala + "&definition=nothing"), 404, "no table definition 'nothing'");
        assertProblem(get("analyst", "/api/v1/reports/tables?" + sala + "&definition=sala-tables&version=9"), 404, "no version 9");
        assertProblem(get("analyst", "/api/v1/reports/tables?initiative=nowhere&" + YEAR + "&definition=sala-tables"), 404,
                "does not exist");
        String lineage = "/api/v1/reports/tables/lineage?" + sala + "&definition=sala-tables";
        assertProblem(get("analyst", lineage + "&cell=total"), 400, "parameter 'table' is missing");
        assertProblem(get("analyst", lineage + "&table=queue"), 400, "parameter 'cell' is missing");
        assertProblem(get("analyst", lineage + "&table=nothing&cell=total"), 404, "has no table 'nothing'");
        assertProblem(get("analyst", lineage + "&table=queue&cell=nothing"), 404, "has no cell 'nothing'");
        assertProblem(get("analyst", lineage + "&table=queue&cell=total/total"), 404, "has no cell");
        String difference = "/api/v1/reports/tables/difference?" + sala + "&definition=sala-tables&table=queue&cell=total";
        assertProblem(get("analyst", difference), 400, "parameter 'against' is missing");
        assertProblem(get("analyst", difference + "&against=national"), 400, "parameter 'againstCell' is missing");
        assertProblem(get("analyst", difference + "&against=national&againstCell=closures.nothing"), 404,
                "not a figure of the participant report");
        assertProblem(get("analyst", difference + "&against=national&againstCell=closures.shares.work"), 400,
                "share or a mean");
        assertProblem(get("analyst", difference + "&against=sala-tables&againstCell=total"), 400, "againstTable");
        assertProblem(get("analyst", difference + "&against=nothing&againstTable=t&againstCell=total"), 404,
                "no table definition 'nothing'");
    }

    @Test
    void readingTablesOfAnotherInitiativeIsRefusedAndRunningThemIsInTheReadAuditTrail() {
        assertProblem(get("staff-sala", "/api/v1/reports/tables?initiative=surahammar&" + YEAR + "&definition=national"),
                403, "may not read initiative 'surahammar'");
        assertThat(get("staff-sala", "/api/v1/reports/tables?initiative=sala&" + YEAR + "&definition=national").status())
                .isEqualTo(200);
        get("staff-sala", "/api/v1/reports/tables/lineage?initiative=sala&" + YEAR
                + "&definition=national&table=outcomes&cell=work");

        JsonNode trail = client(port).getAsAdmin("/api/v1/audit/reads?user=staff-sala");
        List<String> actions = new ArrayList<>();
        trail.path("entries").forEach(entry -> actions.add(entry.path("action").asText() + " "
                + entry.path("detail").path("definition").asText()));
        assertThat(actions).contains("tables national", "lineage national");
    }

    private JsonNode tables(String question) {
        Answer answer = get("analyst", "/api/v1/reports/tables?" + question);
        assertThat(answer.status()).as(question + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    private Answer get(String user, String path) {
        return client(port).get(user, path);
    }

    private String firstClosedJourney(String initiative) {
        JsonNode lineage = client(port).getAsAdmin("/api/v1/reports/participants/lineage?initiative=" + initiative
                + "&" + YEAR + "&cell=participants.closed");
        return lineage.path("journeys").get(0).path("journeyId").asText();
    }

    private String closureRecord(String journeyId) {
        for (JsonNode record : client(port).getAsAdmin("/api/v1/journeys/" + journeyId).path("records")) {
            if (record.path("type").asText().equals("closure") && !record.path("retracted").asBoolean()) {
                return record.path("recordId").asText();
            }
        }
        throw new AssertionError("journey " + journeyId + " has no closure");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
