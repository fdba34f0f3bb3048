package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.DefinitionReader;
import se.finsam.journey.tables.TableDefinition;
import se.finsam.journey.tables.TableEngine;
import se.finsam.journey.tables.TableFigures;

/**
 * The table engine against an independent, plain port of the reference implementation (tables.py), on random
 * journeys, periods and random definitions: every table's rows, columns and cells, last year's cells and the
 * change, and the journeys of every cell.
 */
class TableLanguageProperties {

    private static final List<Set<String>> SCOPES = List.of(Set.of("fns"), Set.of("fns", "vasteras"));

    @Property(tries = 300)
    void everyTableIsThatOfAnIndependentPortOfTheReference(@ForAll("journeys") List<CurrentJourney> journeys,
                                                           @ForAll("periods") ReportPeriod period,
                                                           @ForAll("definitions") ObjectNode document,
                                                           @ForAll boolean compare, @ForAll boolean association) {
        Set<String> scope = SCOPES.get(association ? 1 : 0);
        List<ComputedTable> computed = compute(document, journeys, scope, period, compare);

        for (int t = 0; t < computed.size(); t++) {
            JsonNode table = document.get("tables").get(t);
            Map<String, Object> expected = IndependentTables.table(journeys, scope, period.from(), period.to(), table,
                    compare);
            assertThat(answer(computed.get(t))).as(table.toString()).isEqualTo(expected);
            Statistics.label("population").collect(table.get("population").asText());
        }
    }

    @Property(tries = 200)
    void everyCellCountsExactlyTheJourneysTheReferenceCountsInIt(@ForAll("journeys") List<CurrentJourney> journeys,
                                                                @ForAll("periods") ReportPeriod period,
                                                                @ForAll("definitions") ObjectNode document) {
        Set<String> scope = SCOPES.get(1);
        List<ComputedTable> computed = compute(document, journeys, scope, period, false);

        for (int t = 0; t < computed.size(); t++) {
            JsonNode table = document.get("tables").get(t);
            TableFigures figures = computed.get(t).current();
            figures.counts().forEach((cell, count) -> assertThat(count.members()).as(cell).isEqualTo(
                    IndependentTables.members(journeys, scope, period.from(), period.to(), table, cell)));
        }
    }

    /** What a random document must be: valid (so the reader accepts what an analyst may write). */
    static TableDefinition definition(ObjectNode document) {
        DefinitionReader.Reading reading = DefinitionReader.read(document);
        assertThat(reading.errors()).as(document.toString()).isEmpty();
        return reading.definition();
    }

    static List<ComputedTable> compute(ObjectNode document, List<CurrentJourney> journeys, Set<String> scope,
                                       ReportPeriod period, boolean compare) {
        TableDefinition definition = definition(document);
        ReportPeriod loaded = compare ? new ReportPeriod(period.oneYearEarlier().from(), period.to()) : period;
        // As the service loads a scope: its journeys as columns, only those that may count in the period(s).
        JourneyColumns columns = JourneyColumns.mayCount(List.of(JourneyColumns.of(journeys.stream()
                .filter(j -> scope.contains(j.initiative())).toList())), loaded);
        CountedJourneys now = CountedJourneys.of(columns, period);
        return compare ? TableEngine.compare(definition, scope, now, CountedJourneys.of(columns, period.oneYearEarlier()))
                : TableEngine.compute(definition, scope, now);
    }

    /** The table as the service answers it, in the reference's shape. */
    static Map<String, Object> answer(ComputedTable table) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("rows", table.current().rows());
        if (!table.current().columns().isEmpty()) {
            answer.put("columns", table.current().columns());
        }
        answer.put("cells", table.current().render(Set.of()));
        if (table.compared()) {
            answer.put("previousCells", table.previous().render(Set.of()));
            answer.put("change", table.change(Set.of()));
        }
        return answer;
    }

    @Provide
    Arbitrary<List<CurrentJourney>> journeys() {
        return Arbitraries.randomValue(RandomJourneys::journey).list().ofMaxSize(40)
                .map(list -> RandomJourneys.numbered(new ArrayList<>(list), "j-"));
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        return new ParticipantReportProperties().periods();
    }

    @Provide
    Arbitrary<ObjectNode> definitions() {
        return Arbitraries.randomValue((Random r) -> RandomTableDefinitions.definition(r));
    }
}
