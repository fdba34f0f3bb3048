package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.finsam.journey.journey.CurrentJourney;

/**
 * The columnar computation gives exactly what the object-walking one it replaced gave (the frozen copy in
 * {@code baseline}): the same rendered report, previous year and change, and the same journeys behind every
 * cell of both years, on random journeys of every shape (void, waiting, withdrawn, closed, without unit, gender
 * or municipality, with several placements and scores).
 */
class BaselineEquivalenceProperties {

    @Property(tries = 300)
    void everyFigureAndItsLineageAreThoseOfTheOldComputation(@ForAll("journeys") List<CurrentJourney> journeys,
                                                             @ForAll("periods") ReportPeriod period) {
        ReportComputationBenchmark.sameAnswer(journeys, period);
    }

    /**
     * The replica's way: each initiative's columns, made once, and per report the rows that may count, together;
     * the same journeys as {@link ReportPeriod#mayCount} keeps of the objects, and the same figures and lineage.
     */
    @Property(tries = 300)
    void rowsSelectedFromTheInitiativesColumnsAreTheJourneysThatMayCount(
            @ForAll("journeys") List<CurrentJourney> journeys, @ForAll("periods") ReportPeriod period) {
        Map<String, List<CurrentJourney>> byInitiative = new TreeMap<>();
        journeys.forEach(j -> byInitiative.computeIfAbsent(j.initiative(), k -> new ArrayList<>()).add(j));
        List<JourneyColumns> parts = byInitiative.values().stream().map(JourneyColumns::of).toList();
        ReportPeriod loaded = new ReportPeriod(period.oneYearEarlier().from(), period.to());
        List<CurrentJourney> mayCount = byInitiative.values().stream().flatMap(List::stream)
                .filter(loaded::mayCount).toList();

        JourneyColumns selected = JourneyColumns.mayCount(parts, loaded);

        assertThat(selected.journeys()).containsExactlyElementsOf(mayCount);
        ReportComparison fromColumns = ReportComparison.compute(selected, period);
        ReportComparison fromObjects = ReportComparison.compute(mayCount, period);
        assertThat(fromColumns.current().render()).isEqualTo(fromObjects.current().render());
        assertThat(fromColumns.previous()).isEqualTo(fromObjects.previous());
        assertThat(fromColumns.change()).isEqualTo(fromObjects.change());
        fromObjects.current().cells().forEach((path, cell) -> assertThat(fromColumns.current().population(path))
                .as(path).contains(cell.population()));
    }

    @Provide
    Arbitrary<List<CurrentJourney>> journeys() {
        return Arbitraries.randomValue(RandomJourneys::journey).list().ofMaxSize(60)
                .map(list -> RandomJourneys.numbered(list, "j-"));
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        return Combinators.combine(Arbitraries.integers().between(0, 2100), Arbitraries.integers().between(0, 800))
                .as((start, length) -> new ReportPeriod(LocalDate.of(2021, 1, 1).plusDays(start),
                        LocalDate.of(2021, 1, 1).plusDays(start + length)));
    }
}
