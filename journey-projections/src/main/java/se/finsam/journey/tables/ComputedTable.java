package se.finsam.journey.tables;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import se.finsam.journey.reports.Figure;
import se.finsam.journey.reports.Ratio;

/** One table of a definition computed for a period, and for the year before when compared ({@code previous}). */
public record ComputedTable(TableSpec spec, TableFigures current, TableFigures previous) {

    public boolean compared() {
        return previous != null;
    }

    /**
     * The answer's {@code change}: for every cell with a value in both years, current − previous, from the exact
     * values before rounding (whole for counts, else rounded half-up to the table's decimals); null for a cell
     * in {@code hidden} (hidden in either year under small-cell protection).
     */
    public Map<String, Object> change(Set<String> hidden) {
        if (previous == null) {
            throw new IllegalStateException("table " + spec.id() + " was not compared with the year before");
        }
        Map<String, Object> change = new LinkedHashMap<>();
        current.cells().forEach((key, now) -> {
            Figure before = previous.cells().get(key);
            if (now instanceof Figure.Count n && before instanceof Figure.Count b) {
                change.put(key, hidden.contains(key) ? null : n.value() - b.value());
            } else if (exact(now) != null && exact(before) != null) {
                change.put(key, hidden.contains(key) ? null : exact(now).minus(exact(before)).rounded(spec.decimals()));
            }
        });
        return Collections.unmodifiableMap(change);
    }

    private static Ratio exact(Figure figure) {
        return figure instanceof Figure.Measure measure ? measure.exact() : null;
    }
}
