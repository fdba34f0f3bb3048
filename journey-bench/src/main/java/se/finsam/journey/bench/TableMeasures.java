package se.finsam.journey.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import se.finsam.journey.generator.GeneratedRecord;
import se.finsam.journey.generator.GeneratorSettings;
import se.finsam.journey.generator.JourneyGenerator;
import se.finsam.journey.generator.RecordContent;

/**
 * Issue 13's figures, side by side with the participant report's: a definition of ten tables (every population, bands,
 * groups, open dimensions, shares and means) over the same association-years as the report, and the lineage and the
 * difference of one cell of about {@code cellJourneys} journeys. That cell needs an association-year far larger than
 * the generated ones (about 300 journeys each), so it gets an association of its own, imported after every other
 * measure so that none of them sees its records.
 */
final class TableMeasures {

    static final String DEFINITION = "bench-ten-tables";
    /** The table of the traced cell: referrals by gender, whose total is every journey referred in the period. */
    static final String CELL_TABLE = "referrals";
    static final String CELL_ASSOCIATION = "storforbund";
    /** The other side of the difference: the participant report's participants, fewer than those referred. */
    static final String AGAINST_CELL = "participants.total";

    private final SizeRun run;
    private final Service service;
    private final int cellJourneys;
    private final LocalDate today;

    TableMeasures(SizeRun run, Service service, int cellJourneys, LocalDate today) {
        this.run = run;
        this.service = service;
        this.cellJourneys = cellJourneys;
        this.today = today;
    }

    static String tenTables() throws IOException {
        try (InputStream in = TableMeasures.class.getResourceAsStream("/ten-tables.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The ten tables over the association-years the report was timed over; stored first as an analyst would. */
    void tenTablesOver(IntFunction<String> associationYear) throws Exception {
        service.json("PUT", "/api/v1/definitions/" + DEFINITION, "application/json", tenTables());
        run.put("tables.association", run.latencies(60, i -> "/api/v1/reports/tables?definition=" + DEFINITION + "&"
                + associationYear.apply(i)), 95);
    }

    /** Imports the large association-year, then times the lineage of its cell and its difference from the report. */
    void largeCell() throws Exception {
        int year = today.getYear() - 1;
        importLargeAssociation(year);
        String question = "definition=" + DEFINITION + "&association=" + CELL_ASSOCIATION + "&from=" + year
                + "-01-01&to=" + year + "-12-31&table=" + CELL_TABLE + "&cell=total";
        JsonNode lineage = service.get("/api/v1/reports/tables/lineage?" + question);
        if (lineage.path("journeys").size() != lineage.path("value").asInt()) {
            throw new IllegalStateException("the lineage of the large cell listed " + lineage.path("journeys").size()
                    + " journeys for a count of " + lineage.path("value"));
        }
        run.figures.put("tables.cell.journeys", lineage.path("value").asDouble());
        run.put("tables.cell.lineage", run.latencies(10, i -> "/api/v1/reports/tables/lineage?" + question), 95);
        run.put("tables.cell.difference", run.latencies(10, i -> "/api/v1/reports/tables/difference?" + question
                + "&against=national&againstCell=" + AGAINST_CELL), 95);
    }

    /**
     * One year of {@code cellJourneys} referrals in ten initiatives of an association of its own: generated journeys
     * whose ids and initiatives are renamed, so that they are no journey of the generated associations.
     */
    private void importLargeAssociation(int year) throws Exception {
        GeneratorSettings settings = new GeneratorSettings(1, 10, 1, year, (cellJourneys + 9) / 10, 11, false, today);
        JourneyGenerator generator = new JourneyGenerator(settings);
        for (JourneyGenerator.Initiative initiative : generator.initiatives()) {
            service.json("PUT", "/api/v1/initiatives/" + renamed(initiative.code()), "application/json",
                    "{\"name\":\"Storteam " + renamed(initiative.code()) + "\",\"association\":\"" + CELL_ASSOCIATION + "\"}");
        }
        List<String> request = new ArrayList<>();
        long[] sent = {0};
        generator.journeys(journey -> {
            journey.forEach(record -> request.add(renamed(record).toJson()));
            if (request.size() >= SizeRun.IMPORT_REQUEST_LINES) {
                sent[0] += send(request);
            }
            return true;
        });
        sent[0] += send(request);
        run.awaitQuiet();
        run.figures.put("tables.cell.records", (double) sent[0]);
    }

    private int send(List<String> request) {
        if (request.isEmpty()) {
            return 0;
        }
        JsonNode result = run.post(String.join("\n", request));
        if (result.path("accepted").asLong() != request.size()) {
            throw new IllegalStateException("the large association's import accepted " + result.path("accepted")
                    + " of " + request.size() + " records: " + result.path("rejected"));
        }
        int size = request.size();
        request.clear();
        return size;
    }

    private static GeneratedRecord renamed(GeneratedRecord record) {
        RecordContent content = record.content();
        if (content instanceof RecordContent.Referral referral) {
            content = new RecordContent.Referral(renamed(referral.initiative()), referral.referringParty(),
                    referral.referringUnit(), referral.person(), referral.supportBefore(), referral.yearsInPublicSupport());
        }
        return new GeneratedRecord("large-" + record.journeyId(), record.recordId(), record.date(), content);
    }

    /** The generator's first association's initiative {@code vastmanland-3} becomes {@code storforbund-3}. */
    private static String renamed(String initiative) {
        return CELL_ASSOCIATION + initiative.substring(initiative.lastIndexOf('-'));
    }
}
