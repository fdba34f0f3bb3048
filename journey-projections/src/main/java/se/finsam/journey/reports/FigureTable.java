package se.finsam.journey.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import se.finsam.journey.catalogue.FigureFamily;
import se.finsam.journey.catalogue.FigureKind;
import se.finsam.journey.catalogue.FigureName;
import se.finsam.journey.catalogue.Keys;

/**
 * The figures of one report as they are made, each under its name in the catalogue ({@link NationalFigures}),
 * nested by the parts of its path as the answer shows them (sections, tables, keys), in the order they were made.
 */
final class FigureTable {

    /** Part of a path → a nested table, or a figure. */
    private final Map<String, Object> entries = new LinkedHashMap<>();

    private record Leaf(FigureName name, String path, Figure figure) {
    }

    FigureTable count(FigureFamily family, JourneySet counted) {
        return count(family, null, counted);
    }

    FigureTable count(FigureFamily family, String key, JourneySet counted) {
        add(new FigureName(family, key), new Figure.Count(counted.ids()));
        return this;
    }

    FigureTable measure(FigureFamily family, Ratio exact, JourneySet population) {
        return measure(family, null, exact, population);
    }

    FigureTable measure(FigureFamily family, String key, Ratio exact, JourneySet population) {
        add(new FigureName(family, key), new Figure.Measure(exact, population.ids()));
        return this;
    }

    /** {@code part} journeys as a percentage of {@code whole}; null when {@code whole} is nobody. */
    FigureTable share(FigureFamily family, int part, JourneySet whole) {
        return measure(family, whole.isEmpty() ? null : Ratio.of(100L * part, whole.size()), whole);
    }

    /** A breakdown over a code list by a column of ordinals: every code, 0 where none; {@code NO_CODE} is none. */
    <C extends Enum<C>> FigureTable breakdown(FigureFamily family, C[] codes, JourneySet journeys, byte[] code,
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
        for (C value : codes) {
            count(family, value.name(), byCode[value.ordinal()]);
        }
        return this;
    }

    /**
     * A breakdown by key: each code the family always has (0 where none), then any other key that occurs, sorted;
     * an open-ended family (units, municipalities) so carries only the keys that occur. {@code keyOf} gives a
     * position's key as an index into {@code keys}, or -1 for no key.
     */
    FigureTable breakdown(FigureFamily family, List<String> keys, JourneySet journeys, IntUnaryOperator keyOf,
                          JourneyColumns columns) {
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
        tableOf(family.segments(FigureFamily.KEY));
        List<String> everyKey = family.keys() instanceof Keys.Codes codes ? codes.codes() : List.of();
        boolean[] shown = new boolean[keys.size()];
        for (String every : everyKey) {
            int key = keys.indexOf(every);
            if (key >= 0) {
                shown[key] = true;
            }
            count(family, every, key >= 0 && byKey[key] != null ? byKey[key] : new JourneySet(columns, 0));
        }
        Map<String, JourneySet> others = new TreeMap<>(Figure.CODE_POINT_ORDER);
        for (int key = 0; key < keys.size(); key++) {
            if (!shown[key] && byKey[key] != null) {
                others.put(keys.get(key), byKey[key]);
            }
        }
        others.forEach((key, counted) -> count(family, key, counted));
        return this;
    }

    /** The figures as ordered maps for Jackson, those whose path is in {@code hidden} as null. */
    Map<String, Object> render(Set<String> hidden) {
        Map<String, Object> rendered = new LinkedHashMap<>();
        entries.forEach((part, entry) -> rendered.put(part, entry instanceof FigureTable table ? table.render(hidden)
                : hidden.contains(((Leaf) entry).path()) ? null : ((Leaf) entry).figure().rendered()));
        return rendered;
    }

    /** Every figure and its name under its dotted path, in report order. */
    void collect(Map<String, Figure> cells, Map<String, FigureName> names) {
        entries.values().forEach(entry -> {
            if (entry instanceof FigureTable table) {
                table.collect(cells, names);
            } else {
                Leaf leaf = (Leaf) entry;
                cells.put(leaf.path(), leaf.figure());
                names.put(leaf.path(), leaf.name());
            }
        });
    }

    /** Puts the figure where its path's parts lead, each part but the last a nested table. */
    private void add(FigureName name, Figure figure) {
        if ((name.family().kind() == FigureKind.COUNT) != (figure instanceof Figure.Count)) {
            throw new IllegalStateException(name.path() + " is a " + name.family().kind() + " in the catalogue");
        }
        List<String> parts = name.segments();
        tableOf(parts).entries.put(parts.get(parts.size() - 1), new Leaf(name, name.path(), figure));
    }

    /**
     * The nested table the path's last part goes in, made where missing; a breakdown makes its own first, so that
     * one without any figure (no unit in the period) is still there, empty.
     */
    private FigureTable tableOf(List<String> parts) {
        FigureTable table = this;
        for (String part : parts.subList(0, parts.size() - 1)) {
            table = (FigureTable) table.entries.computeIfAbsent(part, nested -> new FigureTable());
        }
        return table;
    }
}
