package se.finsam.journey.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.journey.JourneyHistory;
import se.finsam.journey.journey.events.JourneyEvent;

/**
 * Raw records of several journeys, as the service would store them (see {@link JourneyScript}), the periods
 * teams report on, and the service's own fold of the records, which the properties check.
 */
final class RawHistories {

    static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

    private RawHistories() {
    }

    /**
     * The records of up to {@code maxJourneys} journeys of the initiatives, referred 2020 to today, the
     * journeys' records interleaved as they would arrive. One seed per journey, so a failure shrinks by
     * dropping journeys.
     */
    static Arbitrary<List<JourneyEvent>> histories(List<String> initiatives, int maxJourneys) {
        Arbitrary<List<Long>> journeySeeds = Arbitraries.longs().list().ofMinSize(3).ofMaxSize(maxJourneys)
                .withSizeDistribution(RandomDistribution.uniform());
        return Combinators.combine(journeySeeds, Arbitraries.longs())
                .as((seeds, order) -> interleaved(journeys(seeds, initiatives, "j-", EARLIEST, JourneyScript.TODAY,
                        false), new Random(order)));
    }

    /** One journey per seed, in one of the initiatives, referred in [first, last], dated no later than last. */
    static List<List<JourneyEvent>> journeys(List<Long> seeds, List<String> initiatives, String prefix,
                                             LocalDate first, LocalDate last, boolean ended) {
        List<List<JourneyEvent>> journeys = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            // Some ids are not ASCII, so that members are sorted by code point, as the oracle sorts them.
            String journeyId = (i % 7 == 3 ? "Ö" : "") + prefix + i;
            // jqwik favours small and equal longs; mixing in the index keeps equal seeds from writing equal journeys.
            long seed = seeds.get(i) ^ (i * 0x9E3779B97F4A7C15L);
            String initiative = initiatives.get(Math.floorMod(seed, initiatives.size()));
            journeys.add(JourneyScript.journey(seed, journeyId, initiative, first, last, ended));
        }
        return journeys;
    }

    /** The journeys' records merged in a random order that keeps each journey's own order. */
    static List<JourneyEvent> interleaved(List<List<JourneyEvent>> journeys, Random random) {
        List<Deque<JourneyEvent>> queues = new ArrayList<>();
        journeys.stream().filter(j -> !j.isEmpty()).forEach(j -> queues.add(new ArrayDeque<>(j)));
        List<JourneyEvent> records = new ArrayList<>();
        while (!queues.isEmpty()) {
            int i = random.nextInt(queues.size());
            records.add(queues.get(i).removeFirst());
            if (queues.get(i).isEmpty()) {
                queues.remove(i);
            }
        }
        return records;
    }

    /** Each journey's records, in the order received. */
    static Map<String, List<JourneyEvent>> byJourney(Collection<JourneyEvent> records) {
        Map<String, List<JourneyEvent>> byJourney = new LinkedHashMap<>();
        records.forEach(r -> byJourney.computeIfAbsent(r.journeyId(), id -> new ArrayList<>()).add(r));
        return byJourney;
    }

    /** What the service reports over: each journey folded by {@link JourneyHistory}, voids dropped. */
    static List<CurrentJourney> foldedByTheService(Collection<JourneyEvent> records, Collection<String> scope) {
        return byJourney(records).values().stream().map(events -> JourneyHistory.of(events).current())
                .filter(j -> !j.isVoid() && scope.contains(j.initiative())).toList();
    }

    /** Calendar years, half-years, July–June, single months and arbitrary ranges, mid-2019 to 2027. */
    static Arbitrary<ReportPeriod> periods() {
        Arbitrary<Integer> years = uniform(2020, 2026);
        Arbitrary<ReportPeriod> calendarYears = years.map(y -> months(YearMonth.of(y, 1), 12));
        Arbitrary<ReportPeriod> halfYears = Combinators.combine(years, Arbitraries.of(1, 7))
                .as((y, m) -> months(YearMonth.of(y, m), 6));
        Arbitrary<ReportPeriod> julyToJune = years.map(y -> months(YearMonth.of(y, 7), 12));
        Arbitrary<ReportPeriod> singleMonths = Combinators.combine(years, uniform(1, 12))
                .as((y, m) -> months(YearMonth.of(y, m), 1));
        Arbitrary<ReportPeriod> ranges = Combinators.combine(uniform(0, 2800), uniform(0, 1000))
                .as((start, length) -> new ReportPeriod(LocalDate.of(2019, 7, 1).plusDays(start),
                        LocalDate.of(2019, 7, 1).plusDays(start + length)));
        return Arbitraries.frequencyOf(Tuple.of(3, calendarYears), Tuple.of(2, halfYears), Tuple.of(2, julyToJune),
                Tuple.of(2, singleMonths), Tuple.of(3, ranges));
    }

    /** jqwik's integers favour values near the lower end; periods should not crowd into 2019. */
    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static ReportPeriod months(YearMonth first, int count) {
        return new ReportPeriod(first.atDay(1), first.plusMonths(count - 1).atEndOfMonth());
    }
}
