package se.finsam.journey.tables;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One table of a definition, checked: its population, rows (and optional columns, null without), filter
 * ({@code where}: per dimension the raw codes a journey must have one of), values, the day ages are taken at, and
 * the decimals its non-count values are rounded to.
 */
public record TableSpec(String id, String title, Population population, Axis rows, Axis columns,
                        Map<Dimension, Set<String>> where, List<TableValue> values, AgeAt ageAt, int decimals) {

    public static final int DEFAULT_DECIMALS = 1;

    public TableSpec {
        where = Map.copyOf(where);
        values = List.copyOf(values);
    }

    public boolean hasColumns() {
        return columns != null;
    }
}
