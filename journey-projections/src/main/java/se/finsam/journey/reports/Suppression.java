package se.finsam.journey.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.catalogue.FigureKind;

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
 * The rules themselves are {@link CellSuppression}'s, shared with analysts' tables; this class gives them the
 * report's groups and which counts each share gives away. Nothing here changes a figure: the report is rendered
 * with the hidden cells as null.
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
        Set<String> hidden = CellSuppression.hidden(year(figures), threshold);
        return new Suppression(threshold, figures, null, hidden, Set.of());
    }

    /** The cells of a report and of its previous year to hide under {@code threshold}, the same in both years. */
    public static Suppression of(ReportComparison comparison, int threshold) {
        checkThreshold(threshold);
        ReportFigures now = comparison.current();
        List<Set<String>> hidden = CellSuppression.hidden(year(now), year(comparison.previousFigures()), threshold);
        return new Suppression(threshold, now, comparison, hidden.get(0), hidden.get(1));
    }

    private static CellSuppression.Year year(ReportFigures figures) {
        return new CellSuppression.Year(figures.cells(), SuppressionGroups.of(figures), path -> builtOn(figures, path));
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

    /**
     * The counts a share gives away when shown next to them: its numerator and its denominator, as the catalogue
     * names them ({@code closures.shares.X} is built on {@code closures.standardTable.X} and the measured closures,
     * {@code throughputTime.count}).
     */
    private static List<String> builtOn(ReportFigures figures, String path) {
        return figures.name(path).filter(name -> name.family().kind() == FigureKind.SHARE)
                .map(share -> List.of(share.numerator().path(), share.denominator().path())).orElse(List.of());
    }

    private static List<String> sorted(Set<String> paths) {
        return paths.stream().sorted(Figure.CODE_POINT_ORDER).toList();
    }
}
