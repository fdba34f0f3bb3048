package se.finsam.journey.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A discrete distribution given as counts (as the seeds' tables give them), drawn with a seeded {@link Random}. */
public final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final double[] cumulative;
    private final double total;

    private Weighted(Map<T, Double> weights) {
        cumulative = new double[weights.size()];
        double sum = 0;
        for (Map.Entry<T, Double> entry : weights.entrySet()) {
            sum += entry.getValue();
            cumulative[values.size()] = sum;
            values.add(entry.getKey());
        }
        total = sum;
    }

    /** Alternating value and weight: {@code of("WOMAN", 155, "MAN", 106)}. */
    @SuppressWarnings("unchecked")
    public static <T> Weighted<T> of(Object... valuesAndWeights) {
        Map<T, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            weights.put((T) valuesAndWeights[i], ((Number) valuesAndWeights[i + 1]).doubleValue());
        }
        return new Weighted<>(weights);
    }

    public T draw(Random random) {
        double point = random.nextDouble() * total;
        for (int i = 0; i < cumulative.length; i++) {
            if (point < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** The share of {@code value} in this distribution, 0–1. */
    public double share(T value) {
        int i = values.indexOf(value);
        return i < 0 ? 0 : (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) / total;
    }
}
