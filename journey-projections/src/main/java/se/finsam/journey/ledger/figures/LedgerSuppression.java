package se.finsam.journey.ledger.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import se.finsam.journey.reports.CellSuppression;
import se.finsam.journey.reports.Figure;

/**
 * Small-number protection for ledger reports, by the same rules as the participant report and analysts' tables
 * ({@link CellSuppression}): the cells that count persons (participants, unique participants of activities) are
 * its counts, the additive groups among them its groups, and a figure computed over such a count (a cost per
 * participant, participants per FTE) its measure, hidden over fewer than N or with its count.
 */
public final class LedgerSuppression {

    private LedgerSuppression() {
    }

    /**
     * What a report's cells count: the paths of counts of persons, the groups among them, and per figure computed
     * over a count, that count's path.
     */
    public record Spec(Set<String> persons, List<CellSuppression.Group> groups, Map<String, String> derived) {
    }

    /** The paths to hide in this year and, when compared, the year before: {@code [now, before]}. */
    public static List<Set<String>> hidden(Map<String, Value> now, Spec nowSpec, Map<String, Value> before,
                                           Spec beforeSpec, int threshold) {
        CellSuppression.Year year = year(now, nowSpec);
        if (before == null) {
            return List.of(CellSuppression.hidden(year, threshold), Set.of());
        }
        return CellSuppression.hidden(year, year(before, beforeSpec), threshold);
    }

    private static CellSuppression.Year year(Map<String, Value> cells, Spec spec) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        spec.persons().forEach(path -> {
            Value value = cells.get(path);
            if (value != null && value.exact() != null) {
                figures.put(path, new Figure.Count(members(value)));
            }
        });
        spec.derived().forEach((path, count) -> {
            Value value = cells.get(path);
            Value over = cells.get(count);
            if (value != null && over != null && over.exact() != null) {
                figures.put(path, new Figure.Measure(value.exact(), members(over)));
            }
        });
        List<CellSuppression.Group> groups = new ArrayList<>();
        spec.groups().stream().filter(g -> !g.parts().isEmpty() && figures.get(g.total()) instanceof Figure.Count
                && g.parts().stream().allMatch(p -> figures.get(p) instanceof Figure.Count)).forEach(groups::add);
        return new CellSuppression.Year(figures, groups, path -> spec.derived().containsKey(path)
                ? List.of(spec.derived().get(path)) : List.of());
    }

    /** As many distinct stand-ins as the count counts: the rules look at how many, never at whom. */
    private static List<String> members(Value count) {
        int n = count.exact().rounded(0).intValueExact();
        return IntStream.range(0, Math.max(0, n)).mapToObj(Integer::toString).toList();
    }
}
