package se.finsam.journey.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import se.finsam.journey.journey.events.JourneyEvent;
import se.finsam.journey.journey.events.PersonalDataErased;
import se.finsam.journey.persons.JourneysLinked;
import se.finsam.journey.persons.JourneysUnlinked;
import se.finsam.journey.persons.PersonLinkEvent;
import se.finsam.journey.persons.PersonLinks;

/**
 * The unique-person count over random journeys of an association and random links between them: persons are never
 * more than journeys, equal when nobody moves (no links), exactly the distinct persons when the links join each
 * person's journeys (an independent count of person labels), and an erasure changes no figure.
 */
class PersonCountProperties {

    private static final List<String> ASSOCIATION = List.of("fns", "vasteras", "sala");
    private static final String ASSOCIATION_CODE = "vastmanland";

    @Property(tries = 200)
    void personsAreNeverMoreThanJourneysWhateverIsLinkedAndUnlinked(
            @ForAll("histories") List<JourneyEvent> records, @ForAll("periods") ReportPeriod period,
            @ForAll long linking) {
        List<CurrentJourney> journeys = RawHistories.foldedByTheService(records, ASSOCIATION);
        PersonLinks links = PersonLinks.of(randomLinksAndUnlinks(journeys, new Random(linking)));

        Map<String, Figure> cells = PersonFigures.compute(JourneyColumns.of(journeys), period, links);

        for (String population : PersonFigures.POPULATIONS) {
            int journeysCounted = count(cells, population + ".journeys");
            int persons = count(cells, population + ".persons");
            Statistics.label(population + " journeys − persons").collect(Math.min(journeysCounted - persons, 5));
            assertThat(persons).as(population).isLessThanOrEqualTo(journeysCounted);
            assertThat(persons > 0).as(population).isEqualTo(journeysCounted > 0);
        }
    }

    @Property(tries = 200)
    void personsEqualJourneysWhenNobodyMoves(@ForAll("histories") List<JourneyEvent> records,
                                             @ForAll("periods") ReportPeriod period) {
        List<CurrentJourney> journeys = RawHistories.foldedByTheService(records, ASSOCIATION);

        Map<String, Figure> cells = PersonFigures.compute(JourneyColumns.of(journeys), period, new PersonLinks());

        for (String population : PersonFigures.POPULATIONS) {
            assertThat(count(cells, population + ".persons")).as(population)
                    .isEqualTo(count(cells, population + ".journeys"));
        }
        // The journeys are exactly the national report's: the same populations, not a second way to decide them.
        ReportFigures national = ParticipantReportDefinitions.compute(journeys, period);
        assertThat(count(cells, "participants.journeys")).isEqualTo(national.count("participants.total").get());
        assertThat(count(cells, "new.journeys")).isEqualTo(national.count("participants.new").get());
        assertThat(count(cells, "closed.journeys")).isEqualTo(national.count("participants.closed").get());
    }

    @Property(tries = 200)
    void personsAreTheDistinctPersonsWhenTheLinksJoinEachPersonsJourneys(
            @ForAll("histories") List<JourneyEvent> records, @ForAll("periods") ReportPeriod period,
            @ForAll long people) {
        List<CurrentJourney> journeys = RawHistories.foldedByTheService(records, ASSOCIATION);
        Random random = new Random(people);
        // Each journey is one of a few persons; each journey after a person's first is linked to one earlier of them.
        Map<String, Integer> personOf = new HashMap<>();
        Map<Integer, List<String>> journeysOf = new HashMap<>();
        List<PersonLinkEvent> links = new ArrayList<>();
        int persons = 1 + random.nextInt(Math.max(1, journeys.size()));
        for (CurrentJourney journey : journeys) {
            int person = random.nextInt(persons);
            personOf.put(journey.journeyId(), person);
            List<String> earlier = journeysOf.computeIfAbsent(person, p -> new ArrayList<>());
            if (!earlier.isEmpty()) {
                links.add(linked(journey.journeyId(), earlier.get(random.nextInt(earlier.size())), links.size()));
            }
            earlier.add(journey.journeyId());
        }

        Map<String, Figure> cells = PersonFigures.compute(JourneyColumns.of(journeys), period, PersonLinks.of(links));

        for (String population : PersonFigures.POPULATIONS) {
            Set<Integer> distinct = new HashSet<>();
            ((Figure.Count) cells.get(population + ".journeys")).members().forEach(id -> distinct.add(personOf.get(id)));
            assertThat(count(cells, population + ".persons")).as(population).isEqualTo(distinct.size());
        }
    }

    @Property(tries = 100)
    void anErasureChangesNoFigure(@ForAll("histories") List<JourneyEvent> records,
                                  @ForAll("periods") ReportPeriod period, @ForAll long linking, @ForAll long erasing) {
        List<CurrentJourney> journeys = RawHistories.foldedByTheService(records, ASSOCIATION);
        List<PersonLinkEvent> linkRecords = randomLinksAndUnlinks(journeys, new Random(linking));
        Random random = new Random(erasing);
        List<JourneyEvent> erased = new ArrayList<>(records);
        for (CurrentJourney journey : journeys) {
            if (random.nextBoolean()) {
                erased.add(new PersonalDataErased(journey.journeyId(), "erasure", LocalDate.of(2026, 1, 1), "staff"));
            }
        }
        List<CurrentJourney> afterErasure = RawHistories.foldedByTheService(erased, ASSOCIATION);

        // The links are events that name journeys only: an erasure leaves them, and the journeys' figures, as they were.
        assertThat(PersonFigures.compute(JourneyColumns.of(afterErasure), period, PersonLinks.of(linkRecords)))
                .isEqualTo(PersonFigures.compute(JourneyColumns.of(journeys), period, PersonLinks.of(linkRecords)));
    }

    @Provide
    Arbitrary<List<JourneyEvent>> histories() {
        return RawHistories.histories(ASSOCIATION, 30);
    }

    @Provide
    Arbitrary<ReportPeriod> periods() {
        return RawHistories.periods();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static List<PersonLinkEvent> randomLinksAndUnlinks(List<CurrentJourney> journeys, Random random) {
        List<PersonLinkEvent> records = new ArrayList<>();
        if (journeys.size() < 2) {
            return records;
        }
        int steps = random.nextInt(2 * journeys.size());
        for (int i = 0; i < steps; i++) {
            String one = journeys.get(random.nextInt(journeys.size())).journeyId();
            String other = journeys.get(random.nextInt(journeys.size())).journeyId();
            if (one.equals(other)) {
                continue;
            }
            records.add(random.nextInt(4) == 0
                    ? new JourneysUnlinked(ASSOCIATION_CODE, "u" + i, one, other, "not the same", LocalDate.of(2025, 1, 1),
                    "staff")
                    : linked(one, other, i));
        }
        return records;
    }

    private static JourneysLinked linked(String one, String other, int n) {
        return new JourneysLinked(ASSOCIATION_CODE, "l" + n, one, other, JourneysLinked.AUTOMATIC, "same number",
                LocalDate.of(2025, 1, 1), "service");
    }

    private static int count(Map<String, Figure> cells, String name) {
        return ((Figure.Count) cells.get(name)).value();
    }
}
