package se.finsam.journey.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell protection for publication (issue "Privacy and access"): the cells of a report to hide under a
 * threshold N, so that a published table neither shows nor lets a reader work out a count of 1 to N−1 journeys.
 * <ul>
 * <li>Primary: a count with 0 &lt; value &lt; N; a share or mean over fewer than N journeys; a share whose
 * numerator count or whose denominator (measured closures, {@code throughputTime.count}) is hidden.</li>
 * <li>Secondary: in every group of {@link SuppressionGroups}, when exactly one of its cells (total and parts) is
 * hidden, also hide the smallest non-zero shown part (report order breaks ties), or when there is none the total;
 * again until no group has exactly one hidden cell.</li>
 * <li>With a comparison: a cell hidden in either year is hidden in both years and in {@code change}, then the
 * secondary rule runs in each year, and the two again until stable.</li>
 * </ul>
 * Nothing here changes a figure: the report is rendered with the hidden cells as null.
 */
public final class Suppression {

    public static final int MIN_THRESHOLD = 2;
    public static final int MAX_THRESHOLD = 100;

    private final int threshold;
    private final ReportFigures current;
    private final ReportComparison comparison;
    private final Set<String> hidden;
    private final Set<String> previousHidden;

    private Suppression(int threshold, ReportFigures current, ReportComparison comparison, Set<String> hidden,
                        Set<String> previousHidden) {
        this.threshold = threshold;
        this.current = current;
        this.comparison = comparison;
        this.hidden = Collections.unmodifiableSet(hidden);
        this.previousHidden = Collections.unmodifiableSet(previousHidden);
    }

    /** The cells of one report to hide under {@code threshold}. */
    public static Suppression of(ReportFigures figures, int threshold) {
        checkThreshold(threshold);
        Set<String> hidden = smallCounts(figures, threshold);
        secondary(figures, SuppressionGroups.of(figures), hidden);
        measures(figures, threshold, hidden);
        return new Suppression(threshold, figures, null, hidden, Set.of());
    }

    /** The cells of a report and of its previous year to hide under {@code threshold}, the same in both years. */
    public static Suppression of(ReportComparison comparison, int threshold) {
        checkThreshold(threshold);
        ReportFigures now = comparison.current();
        ReportFigures before = comparison.previousFigures();
        List<SuppressionGroups.Group> nowGroups = SuppressionGroups.of(now);
        List<SuppressionGroups.Group> beforeGroups = SuppressionGroups.of(before);
        Set<String> hidden = smallCounts(now, threshold);
        Set<String> previousHidden = smallCounts(before, threshold);
        boolean changed;
        do {
            changed = unite(now, hidden, before, previousHidden);
            changed |= secondary(now, nowGroups, hidden);
            changed |= secondary(before, beforeGroups, previousHidden);
        } while (changed);
        measures(now, threshold, hidden);
        measures(before, threshold, previousHidden);
        unite(now, hidden, before, previousHidden);
        return new Suppression(threshold, now, comparison, hidden, previousHidden);
    }

    public int threshold() {
        return threshold;
    }

    /** The hidden cells of the report, as dotted paths in code point order. */
    public List<String> cells() {
        return sorted(hidden);
    }

    /** The hidden cells of the previous year's report; empty without a comparison. */
    public List<String> previousCells() {
        return sorted(previousHidden);
    }

    /** The answer's {@code suppression}: the threshold and the hidden cells of each year. */
    public Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("threshold", threshold);
        described.put("cells", cells());
        described.put("previousCells", previousCells());
        return described;
    }

    /** The report's sections as {@link ReportFigures#render()} gives them, with the hidden cells null. */
    public Map<String, Object> render() {
        return current.render(hidden);
    }

    /** The previous year's sections with its hidden cells null; requires a comparison. */
    public Map<String, Object> previous() {
        return comparison().previousFigures().render(previousHidden);
    }

    /** {@link ReportComparison#change()} with the change of every cell hidden in either year null. */
    public Map<String, Object> change() {
        Map<String, Object> change = new LinkedHashMap<>(comparison().change());
        change.replaceAll((path, difference) ->
                hidden.contains(path) || previousHidden.contains(path) ? null : difference);
        return Collections.unmodifiableMap(change);
    }

    private ReportComparison comparison() {
        if (comparison == null) {
            throw new IllegalStateException("this suppression is of a report without a comparison");
        }
        return comparison;
    }

    private static void checkThreshold(int threshold) {
        if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
            throw new IllegalArgumentException("a suppression threshold is " + MIN_THRESHOLD + ".." + MAX_THRESHOLD
                    + ", not " + threshold);
        }
    }

    private static Set<String> smallCounts(ReportFigures figures, int threshold) {
        Set<String> small = new HashSet<>();
        figures.cells().forEach((path, figure) -> {
            if (figure instanceof Figure.Count count && count.value() > 0 && count.value() < threshold) {
                small.add(path);
            }
        });
        return small;
    }

    /** Hides a second cell in every group with exactly one hidden, until there is none; true if it hid any. */
    private static boolean secondary(ReportFigures figures, List<SuppressionGroups.Group> groups, Set<String> hidden) {
        boolean hidAny = false;
        boolean hid;
        do {
            hid = false;
            for (SuppressionGroups.Group group : groups) {
                String second = secondCell(figures, group, hidden);
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
    private static String secondCell(ReportFigures figures, SuppressionGroups.Group group, Set<String> hidden) {
        boolean totalHidden = hidden.contains(group.total());
        int hiddenCells = totalHidden ? 1 : 0;
        String smallest = null;
        int smallestValue = Integer.MAX_VALUE;
        for (String part : group.parts()) {
            if (hidden.contains(part)) {
                hiddenCells++;
                continue;
            }
            int value = figures.count(part).orElseThrow();
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

    private static void measures(ReportFigures figures, int threshold, Set<String> hidden) {
        figures.cells().forEach((path, figure) -> {
            if (figure instanceof Figure.Measure measure && measure.exact() != null
                    && (measure.population().size() < threshold || builtOnHidden(path, hidden))) {
                hidden.add(path);
            }
        });
    }

    /** A share shown next to its numerator or denominator count gives the other one away. */
    private static boolean builtOnHidden(String path, Set<String> hidden) {
        String numerator = path.equals("closures.greenOutcomes.share") ? "closures.greenOutcomes.count"
                : path.startsWith("closures.shares.") ? "closures.standardTable." + path.substring("closures.shares.".length())
                : null;
        return numerator != null && (hidden.contains(numerator) || hidden.contains("throughputTime.count"));
    }

    /** Hides in each year every cell hidden in the other that has a value in both; true if it hid any. */
    private static boolean unite(ReportFigures now, Set<String> hidden, ReportFigures before, Set<String> previousHidden) {
        boolean hidAny = false;
        for (String path : new ArrayList<>(previousHidden)) {
            hidAny |= hasValue(now, path) && hidden.add(path);
        }
        for (String path : new ArrayList<>(hidden)) {
            hidAny |= hasValue(before, path) && previousHidden.add(path);
        }
        return hidAny;
    }

    private static boolean hasValue(ReportFigures figures, String path) {
        Figure figure = figures.cells().get(path);
        return figure instanceof Figure.Count || figure instanceof Figure.Measure measure && measure.exact() != null;
    }

    private static List<String> sorted(Set<String> paths) {
        return paths.stream().sorted(Figure.CODE_POINT_ORDER).toList();
    }
}
