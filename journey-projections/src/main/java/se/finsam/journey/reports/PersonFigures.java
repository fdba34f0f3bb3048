package se.finsam.journey.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.finsam.journey.persons.PersonLinks;

/**
 * Journeys and persons side by side, for the populations of definition set 2026.1 that an association publishes
 * both ways: participants during the period, new in the period, closed in the period. Who is in a population is
 * decided by {@link CountedJourneys} (the national report's rules, not a second way); persons are the connected
 * components of the association's live links among them. A journey keeps counting separately in every national
 * figure: this is an additional count beside them.
 */
public final class PersonFigures {

    /** The populations, by the names of their cells ({@code POPULATION.journeys}, {@code POPULATION.persons}). */
    public static final List<String> POPULATIONS = List.of("participants", "new", "closed");

    private PersonFigures() {
    }

    /**
     * Every cell: per population a count of journeys (its members the journeys) and of persons (its members one
     * journey per person, the first by id, so that lineage can name each person by a journey).
     */
    public static Map<String, Figure> compute(JourneyColumns journeys, ReportPeriod period, PersonLinks links) {
        CountedJourneys counted = CountedJourneys.of(journeys, period);
        Map<String, List<String>> members = new LinkedHashMap<>();
        POPULATIONS.forEach(population -> members.put(population, new ArrayList<>()));
        for (int i = 0; i < counted.size(); i++) {
            if (counted.isParticipant(i)) {
                members.get("participants").add(counted.journeyId(i));
            }
            if (counted.isNew(i)) {
                members.get("new").add(counted.journeyId(i));
            }
            if (counted.isClosed(i)) {
                members.get("closed").add(counted.journeyId(i));
            }
        }
        PersonLinks.Components components = links.components();
        Map<String, Figure> cells = new LinkedHashMap<>();
        members.forEach((population, ids) -> {
            cells.put(population + ".journeys", new Figure.Count(ids));
            cells.put(population + ".persons", new Figure.Count(onePerPerson(ids, components)));
        });
        return cells;
    }

    private static List<String> onePerPerson(List<String> journeys, PersonLinks.Components components) {
        Map<String, String> firstByPerson = new TreeMap<>();
        for (String journey : journeys) {
            firstByPerson.merge(components.root(journey), journey, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return List.copyOf(firstByPerson.values());
    }
}
