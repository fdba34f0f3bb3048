package se.finsam.journey.document;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** One series of a chart: its name (the legend) and a value per category; null where there is no value. */
public record Series(String name, List<BigDecimal> values) {

    public Series {
        name = Text.required(name, "a series name");
        values = Collections.unmodifiableList(Arrays.asList(values.toArray(BigDecimal[]::new)));
    }

    public static Series of(String name, Number... values) {
        return new Series(name, Arrays.stream(values)
                .map(value -> value == null ? null : new BigDecimal(value.toString())).toList());
    }
}
