package se.finsam.journey.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

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

    FigureTable count(String name, JourneySet counted) {
        entries.put(name, new Figure.Count(counted.ids()));
        return this;
    }

    FigureTable measure(String name, Ratio exact, JourneySet population) {
        entries.put(name, new Figure.Measure(exact, population.ids()));
        return this;
    }

    /** {@code part} journeys as a percentage of {@code whole}; null when {@code whole} is nobody. */
    FigureTable share(String name, int part, JourneySet whole) {
        return measure(name, whole.isEmpty() ? null : Ratio.of(100L * part, whole.size()), whole);
    }

    /** A breakdown over a code list by a column of ordinals: every code, 0 where none; {@code NO_CODE} is none. */
    <C extends Enum<C>> FigureTable breakdown(String name, C[] codes, JourneySet journeys, byte[] code,
                                              JourneyColumns columns) {
        JourneySet[] byCode = new JourneySet[codes.length];
        for (int i = 0; i < codes.length; i++) {
            byCode[i] = new JourneySet(columns);
        }
        for (int k = 0; k < journeys.size(); k++) {
            int position = journeys.get(k);
            int value = code[position];
            if (value >= 0) {
                byCode[value].add(position);
            }
        }
        FigureTable table = table(name);
        for (C value : codes) {
            table.count(value.name(), byCode[value.ordinal()]);
        }
        return this;
    }

    /**
     * A breakdown by key: each of {@code everyKey} (0 where none), then any other key that occurs, sorted; an
     * open-ended breakdown passes no {@code everyKey} and so carries only the keys that occur. {@code keyOf}
     * gives a position's key as an index into {@code keys}, or -1 for no key.
     */
    FigureTable breakdown(String name, List<String> everyKey, List<String> keys, JourneySet journeys,
                          IntUnaryOperator keyOf, JourneyColumns columns) {
        JourneySet[] byKey = new JourneySet[keys.size()];
        for (int k = 0; k < journeys.size(); k++) {
            int position = journeys.get(k);
            int key = keyOf.applyAsInt(position);
            if (key >= 0) {
                JourneySet set = byKey[key];
                if (set == null) {
                    set = byKey[key] = new JourneySet(columns);
                }
                set.add(position);
            }
        }
        FigureTable table = table(name);
        boolean[] shown = new boolean[keys.size()];
        for (String every : everyKey) {
            int key = keys.indexOf(every);
            if (key >= 0) {
                shown[key] = true;
            }
            table.count(every, key >= 0 && byKey[key] != null ? byKey[key] : new JourneySet(columns, 0));
        }
        Map<String, JourneySet> others = new TreeMap<>(Figure.CODE_POINT_ORDER);
        for (int key = 0; key < keys.size(); key++) {
            if (!shown[key] && byKey[key] != null) {
                others.put(keys.get(key), byKey[key]);
            }
        }
        others.forEach(table::count);
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
}
