package se.finsam.journey.reports.baseline;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.finsam.journey.journey.CurrentJourney;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.Progress;
import se.finsam.journey.reports.Ratio;
import se.finsam.journey.reports.ReportPeriod;

/** One section of the report: names of figures (or of nested sections) in the order the report shows them. */
final class FigureTable {

    private final Map<String, Object> entries = new LinkedHashMap<>();

    FigureTable table(String name) {
        FigureTable table = new FigureTable();
        entries.put(name, table);
        return table;
    }

    /** Adds a table filled elsewhere under {@code name}. */
    FigureTable put(String name, FigureTable table) {
        entries.put(name, table);
        return this;
    }

    FigureTable count(String name, Collection<CurrentJourney> counted) {
        return countIds(name, ids(counted));
    }

    /** A count of items that are not journeys (placements, scores): one id per item. */
    FigureTable countIds(String name, List<String> journeyIdPerItem) {
        entries.put(name, new Figure.Count(journeyIdPerItem));
        return this;
    }

    FigureTable measure(String name, Ratio exact, Collection<CurrentJourney> population) {
        entries.put(name, new Figure.Measure(exact, ids(population)));
        return this;
    }

    /** {@code part} as a percentage of {@code whole}; null when {@code whole} is nobody. */
    FigureTable share(String name, Collection<CurrentJourney> part, Collection<CurrentJourney> whole) {
        return measure(name, whole.isEmpty() ? null : Ratio.of(100L * part.size(), whole.size()), whole);
    }

    FigureTable mean(String name, Collection<CurrentJourney> population, Function<CurrentJourney, Ratio> value) {
        return measure(name, Ratio.meanOf(population.stream().map(value).toList()), population);
    }

    /** A breakdown over a code list: every code, 0 where none. */
    <C extends Enum<C>> FigureTable breakdown(String name, C[] codes, Collection<CurrentJourney> journeys,
                                              Function<CurrentJourney, C> code) {
        List<List<CurrentJourney>> byCode = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            byCode.add(new ArrayList<>());
        }
        for (CurrentJourney journey : journeys) {
            C value = code.apply(journey);
            if (value != null) {
                byCode.get(value.ordinal()).add(journey);
            }
        }
        FigureTable table = table(name);
        for (C value : codes) {
            table.count(value.name(), byCode.get(value.ordinal()));
        }
        return this;
    }

    /**
     * A breakdown by key: each of {@code everyKey} (0 where none), then any other key that occurs, sorted; an
     * open-ended breakdown passes no {@code everyKey} and so carries only the keys that occur. Null is no key.
     */
    FigureTable breakdown(String name, List<String> everyKey, Collection<CurrentJourney> journeys,
                          Function<CurrentJourney, String> key) {
        Map<String, List<CurrentJourney>> byKey = new LinkedHashMap<>();
        everyKey.forEach(k -> byKey.put(k, new ArrayList<>()));
        Map<String, List<CurrentJourney>> others = new TreeMap<>(Figure.CODE_POINT_ORDER);
        for (CurrentJourney journey : journeys) {
            String k = key.apply(journey);
            if (k != null) {
                List<CurrentJourney> listed = byKey.get(k);
                (listed != null ? listed : others.computeIfAbsent(k, x -> new ArrayList<>())).add(journey);
            }
        }
        byKey.putAll(others);
        FigureTable table = table(name);
        byKey.forEach(table::count);
        return this;
    }

    Map<String, Object> render() {
        Map<String, Object> rendered = new LinkedHashMap<>();
        entries.forEach((name, entry) -> rendered.put(name,
                entry instanceof FigureTable table ? table.render() : ((Figure) entry).rendered()));
        return rendered;
    }

    /** As {@link #render()}, with the figures whose dotted path (under {@code prefix}) is in {@code hidden} as null. */
    Map<String, Object> render(String prefix, Set<String> hidden) {
        Map<String, Object> rendered = new LinkedHashMap<>();
        entries.forEach((name, entry) -> rendered.put(name, entry instanceof FigureTable table
                ? table.render(prefix + name + ".", hidden)
                : hidden.contains(prefix + name) ? null : ((Figure) entry).rendered()));
        return rendered;
    }

    /** Every figure under its dotted path, in report order. */
    void collect(String prefix, Map<String, Figure> into) {
        entries.forEach((name, entry) -> {
            if (entry instanceof FigureTable table) {
                table.collect(prefix + name + ".", into);
            } else {
                into.put(prefix + name, (Figure) entry);
            }
        });
    }

    static List<CurrentJourney> those(Collection<CurrentJourney> journeys, Predicate<CurrentJourney> test) {
        List<CurrentJourney> those = new ArrayList<>();
        for (CurrentJourney journey : journeys) {
            if (test.test(journey)) {
                those.add(journey);
            }
        }
        return those;
    }

    /** The journeys' ids as a view: most cells are only counted, and only lineage reads the ids. */
    private static List<String> ids(Collection<CurrentJourney> journeys) {
        List<CurrentJourney> list = journeys instanceof List<CurrentJourney> l ? l : List.copyOf(journeys);
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return list.get(index).journeyId();
            }

            @Override
            public int size() {
                return list.size();
            }
        };
    }
}
