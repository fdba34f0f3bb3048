package se.finsam.journey.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A chart with its data: a value per category for each series.
 *
 * @param textAlternative what the chart shows, in words, for a reader who cannot see it (Word's alt text)
 * @param valueAxis       the label of the value axis, e.g. "Antal deltagare"; may be empty (not used by pies)
 * @param unit            how values are written in labels and on the axis
 * @param manifestId      the manifest that produced the data, printed under the chart; null when none
 */
public record Chart(ChartKind kind, String title, String textAlternative, List<String> categories,
                    List<Series> series, String valueAxis, Unit unit, String manifestId) implements Block {

    public Chart {
        Objects.requireNonNull(kind, "kind");
        title = Text.required(title, "a chart title");
        textAlternative = Text.required(textAlternative, "the text alternative of chart \"" + title + "\"");
        categories = categories.stream().map(category -> Text.required(category, "a category")).toList();
        series = List.copyOf(series);
        valueAxis = valueAxis == null ? "" : Text.clean(valueAxis).strip();
        Objects.requireNonNull(unit, "unit");
        manifestId = Text.optional(manifestId);
        if (categories.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("chart \"" + title + "\" has no data");
        }
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series \"" + one.name() + "\" of chart \"" + title + "\" has "
                        + one.values().size() + " values for " + categories.size() + " categories");
            }
        }
        if (kind.isShares()) {
            if (series.size() != 1) {
                throw new IllegalArgumentException("a " + kind + " chart shows one series; \"" + title + "\" has "
                        + series.size());
            }
            boolean negative = series.get(0).values().stream()
                    .anyMatch(value -> value != null && value.signum() < 0);
            if (negative) {
                throw new IllegalArgumentException("a " + kind + " chart shows shares; \"" + title
                        + "\" has a negative value");
            }
        }
    }

    /** A chart without a manifest id and without an axis label. */
    public static Chart of(ChartKind kind, String title, String textAlternative, List<String> categories,
                           List<Series> series, Unit unit) {
        return new Chart(kind, title, textAlternative, categories, series, "", unit, null);
    }

    /** The largest value of any series (0 when none is positive). */
    public BigDecimal largestValue() {
        return series.stream().flatMap(one -> one.values().stream()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::max);
    }
}
