package se.finsam.journey.reports;

import java.time.LocalDate;
import java.util.List;
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
