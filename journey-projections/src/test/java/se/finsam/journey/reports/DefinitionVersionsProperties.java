package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.tables.CanonicalJson;
import se.finsam.journey.tables.ComputedTable;
import se.finsam.journey.tables.DefinitionReader;
import se.finsam.journey.tables.TableEngine;

/**
 * A figure computed under a version of a definition is reproduced forever: on random raw histories, a
 * definition's version 1 is computed at an event position; then version 2 is stored and more records arrive
 * (corrections and retractions among them). Version 1, read back from its stored canonical text (whose SHA-256
 * is unchanged), over the records up to the same position, gives the identical tables.
 */
class DefinitionVersionsProperties {

    private static final List<String> SCOPE = List.of("fns", "sala");

    @Property(tries = 200)
    void aVersionComputesTheSameTablesAfterLaterVersionsAndLaterRecords(
            @ForAll("histories") List<JourneyEvent> records, @ForAll("periods") ReportPeriod period,
            @ForAll("definitions") ObjectNode first, @ForAll("definitions") ObjectNode second,
            @ForAll @IntRange(max = 200) int recordedBefore, @ForAll boolean compare) throws Exception {
        List<String> versions = new ArrayList<>();
        versions.add(CanonicalJson.of(first));
        String firstHash = CanonicalJson.sha256(versions.get(0));
        long position = Math.min(recordedBefore, records.size());
        Map<String, Object> published = answers(first, upTo(records, position), period, compare);

        versions.add(CanonicalJson.of(second));
        JsonNode storedFirst = CanonicalJson.READER.readTree(versions.get(0));

        assertThat(CanonicalJson.sha256(versions.get(0))).isEqualTo(firstHash);
        assertThat(answers(storedFirst, readBack(records, position), period, compare)).isEqualTo(published);
    }

    /** The records stored up to {@code position} (a record's position is its place in the store, from 1). */
    private static List<JourneyEvent> upTo(List<JourneyEvent> store, long position) {
        return store.subList(0, (int) position);
    }

    /**
     * As the event table is read for a manifest: every journey's records, each with its position, of which those
     * up to {@code position} are kept, although later ones of the same journeys are stored too.
     */
    private static List<JourneyEvent> readBack(List<JourneyEvent> store, long position) {
        Map<String, List<Integer>> positionsByJourney = new java.util.LinkedHashMap<>();
        for (int p = 1; p <= store.size(); p++) {
            positionsByJourney.computeIfAbsent(store.get(p - 1).journeyId(), id -> new ArrayList<>()).add(p);
        }
        List<JourneyEvent> kept = new ArrayList<>();
        positionsByJourney.values().forEach(positions -> positions.stream().filter(p -> p <= position)
                .forEach(p -> kept.add(store.get(p - 1))));
        return kept;
    }

    private static Map<String, Object> answers(JsonNode document, List<JourneyEvent> records, ReportPeriod period,
                                               boolean compare) {
        DefinitionReader.Reading reading = DefinitionReader.read(document);
        assertThat(reading.errors()).isEmpty();
        ReportPeriod loaded = compare ? new ReportPeriod(period.oneYearEarlier().from(), period.to()) : period;
        JourneyColumns columns = JourneyColumns.mayCount(List.of(JourneyColumns.of(
                RawHistories.foldedByTheService(records, SCOPE))), loaded);
        CountedJourneys now = CountedJourneys.of(columns, period);
        List<ComputedTable> tables = compare
                ? TableEngine.compare(reading.definition(), SCOPE, now, CountedJourneys.of(columns, period.oneYearEarlier()))
                : TableEngine.compute(reading.definition(), SCOPE, now);
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        for (ComputedTable table : tables) {
            Map<String, Object> answer = TableLanguageProperties.answer(table);
            answer.put("members", new java.util.LinkedHashMap<>(table.current().counts()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().members()).toList());
            answers.put(table.spec().id(), answer);
        }
        return answers;
    }

    @Provide
    Arbitrary<List<JourneyEvent>> histories() {
        return RawHistories.histories(SCOPE, 30);
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        return RawHistories.periods();
    }

    @Provide
    Arbitrary<ObjectNode> definitions() {
        return Arbitraries.randomValue((Random r) -> RandomTableDefinitions.definition(r));
    }
}
