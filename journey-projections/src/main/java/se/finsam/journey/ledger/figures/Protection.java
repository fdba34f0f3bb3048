package se.finsam.journey.ledger.figures;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small-number protection for ledger reports, on their cells: a count of persons from 1 to N−1 is hidden
 * (primary), and in every group whose total is the sum of its parts, one hidden cell alone would be worked out
 * from the others, so the smallest other non-zero part is hidden too, or else the total (secondary), repeated until
 * no group has exactly one hidden cell. A figure derived from a hidden count (a cost per participant) is hidden
 * with it. The rule of the participant report (docs/architecture.md, "Small-cell protection for publication").
 */
public final class Protection {

    /** A total and the parts it is the sum of, by path. */
    public record Group(String total, List<String> parts) {
    }

    /** A figure computed from a count: hidden whenever the count is. */
    public record Derived(String figure, String count) {
    }

    private Protection() {
    }

    /**
     * The paths hidden in {@code cells} with threshold {@code n}: {@code alsoHidden} (hidden in the other year),
     * every count of persons of 1 to n−1, then the secondary rule over {@code groups} and the derived figures.
     */
    public static Set<String> hidden(Map<String, Value> cells, int n, Set<String> persons, List<Group> groups,
                                     List<Derived> derived, Set<String> alsoHidden) {
        Set<String> hidden = new HashSet<>();
        alsoHidden.stream().filter(cells::containsKey).forEach(hidden::add);
        persons.forEach(path -> {
            Value value = cells.get(path);
            if (value != null && value.isPositiveCount() && value.exact().compareTo(
                    se.finsam.journey.reports.Ratio.of(n)) < 0) {
                hidden.add(path);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Group group : groups) {
                changed |= secondary(group, cells, hidden);
            }
        }
        derived.stream().filter(d -> hidden.contains(d.count())).forEach(d -> hidden.add(d.figure()));
        return hidden;
    }

    private static boolean secondary(Group group, Map<String, Value> cells, Set<String> hidden) {
        List<String> members = new java.util.ArrayList<>(group.parts());
        members.add(group.total());
        if (members.stream().filter(hidden::contains).count() != 1) {
            return false;
        }
        Optional<String> smallest = group.parts().stream().filter(p -> !hidden.contains(p))
                .filter(p -> cells.containsKey(p) && cells.get(p).isPositiveCount())
                .min(Comparator.comparing(p -> cells.get(p).exact()));
        String next = smallest.orElse(hidden.contains(group.total()) ? group.parts().stream()
                .filter(p -> !hidden.contains(p) && cells.containsKey(p)).findFirst().orElse(null) : group.total());
        return next != null && hidden.add(next);
    }

    /** The record with the paths hidden. */
    public static <T> T apply(T figures, Set<String> hidden) {
        return Cells.map(figures, (path, value) -> hidden.contains(path) ? value.hide() : value);
    }
}
