package se.finsam.journey.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of small-cell protection over any set of named cells (see {@link Suppression} for the national
 * report, and the table language for analysts' tables): which cells to hide under a threshold N.
 * <ol>
 * <li>Primary: a count with 0 &lt; value &lt; N.</li>
 * <li>Secondary: in every additive group (a total and its parts), when exactly one cell is hidden, also the
 * smallest non-zero shown part (the first on a tie), or when there is none the total (or, for a hidden total, its
 * first part); again until no group has exactly one hidden cell.</li>
 * <li>Measures: a share or mean over fewer than N journeys, or built on a hidden count (its numerator or
 * denominator, which it would give away).</li>
 * <li>With a comparison, a cell hidden in either year (and with a value in both) is hidden in both; that and the
 * secondary rule in each year repeat until stable.</li>
 * </ol>
 */
public final class CellSuppression {

    private CellSuppression() {
    }

    /** {@code total} = the sum of {@code parts} (or, for a bound, close to it). */
    public record Group(String total, List<String> parts) {

        public Group {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One year's cells: every figure by name (a count's value is its size; a measure's population is what it is
     * taken over), the additive groups among the counts, and per measure the counts it gives away.
     */
    public record Year(Map<String, Figure> cells, List<Group> groups, Function<String, List<String>> builtOn) {
    }

    /** The cells of one year to hide under {@code threshold}. */
    public static Set<String> hidden(Year year, int threshold) {
        Set<String> hidden = smallCounts(year, threshold);
        secondary(year, hidden);
        measures(year, threshold, hidden);
        return hidden;
    }

    /** The cells of a year and of the year before to hide under {@code threshold}: {@code [now, before]}. */
    public static List<Set<String>> hidden(Year now, Year before, int threshold) {
        Set<String> hidden = smallCounts(now, threshold);
        Set<String> previousHidden = smallCounts(before, threshold);
        boolean changed;
        do {
            changed = unite(now, hidden, before, previousHidden);
            changed |= secondary(now, hidden);
            changed |= secondary(before, previousHidden);
        } while (changed);
        measures(now, threshold, hidden);
        measures(before, threshold, previousHidden);
        unite(now, hidden, before, previousHidden);
        return List.of(hidden, previousHidden);
    }

    private static Set<String> smallCounts(Year year, int threshold) {
        Set<String> small = new HashSet<>();
        year.cells().forEach((name, figure) -> {
            if (figure instanceof Figure.Count count && count.value() > 0 && count.value() < threshold) {
                small.add(name);
            }
        });
        return small;
    }

    /** Hides a second cell in every group with exactly one hidden, until there is none; true if it hid any. */
    private static boolean secondary(Year year, Set<String> hidden) {
        boolean hidAny = false;
        boolean hid;
        do {
            hid = false;
            for (Group group : year.groups()) {
                String second = secondCell(year, group, hidden);
                if (second != null) {
                    hidden.add(second);
                    hid = true;
                    hidAny = true;
                }
            }
        } while (hid);
        return hidAny;
    }

    /** The cell to hide with a group's only hidden cell; null if the group has none or several hidden. */
    private static String secondCell(Year year, Group group, Set<String> hidden) {
        boolean totalHidden = hidden.contains(group.total());
        int hiddenCells = totalHidden ? 1 : 0;
        String smallest = null;
        int smallestValue = Integer.MAX_VALUE;
        for (String part : group.parts()) {
            if (hidden.contains(part)) {
                hiddenCells++;
                continue;
            }
            int value = ((Figure.Count) year.cells().get(part)).value();
            if (value > 0 && value < smallestValue) {
                smallest = part;
                smallestValue = value;
            }
        }
        if (hiddenCells != 1) {
            return null;
        }
        if (smallest != null) {
            return smallest;
        }
        // A hidden total over shown zeros is a zero hidden only because the other year's cell is: hide a zero
        // part with it, so that no group is left with a single hidden cell.
        return totalHidden ? group.parts().get(0) : group.total();
    }

    private static void measures(Year year, int threshold, Set<String> hidden) {
        year.cells().forEach((name, figure) -> {
            if (figure instanceof Figure.Measure measure && measure.exact() != null
                    && (measure.population().size() < threshold
                    || year.builtOn().apply(name).stream().anyMatch(hidden::contains))) {
                hidden.add(name);
            }
        });
    }

    /** Hides in each year every cell hidden in the other that has a value in both; true if it hid any. */
    private static boolean unite(Year now, Set<String> hidden, Year before, Set<String> previousHidden) {
        boolean hidAny = false;
        for (String name : new ArrayList<>(previousHidden)) {
            hidAny |= hasValue(now, name) && hidden.add(name);
        }
        for (String name : new ArrayList<>(hidden)) {
            hidAny |= hasValue(before, name) && previousHidden.add(name);
        }
        return hidAny;
    }

    private static boolean hasValue(Year year, String name) {
        Figure figure = year.cells().get(name);
        return figure instanceof Figure.Count || figure instanceof Figure.Measure measure && measure.exact() != null;
    }
}
