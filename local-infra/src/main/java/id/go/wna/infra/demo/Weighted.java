package id.go.wna.infra.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A choice among values with relative weights, drawn from a caller's (seeded) random source. */
public final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    public static <T> Weighted<T> of(Map<T, Double> weights) {
        List<T> values = new ArrayList<>();
        double[] cumulative = new double[weights.size()];
        double sum = 0;
        int i = 0;
        for (Map.Entry<T, Double> e : weights.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("negative weight for " + e.getKey());
            }
            sum += e.getValue();
            values.add(e.getKey());
            cumulative[i++] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("no positive weight");
        }
        return new Weighted<>(List.copyOf(values), cumulative);
    }

    /** Pairs of value and weight: {@code of("A", 3.0, "B", 1.0)}. */
    @SuppressWarnings("unchecked")
    public static <T> Weighted<T> of(Object... valueWeightPairs) {
        Map<T, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < valueWeightPairs.length; i += 2) {
            m.put((T) valueWeightPairs[i], ((Number) valueWeightPairs[i + 1]).doubleValue());
        }
        return of(m);
    }

    public T pick(Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values.get(lo);
    }

    /** The share of {@code value} in the whole (0 to 1). */
    public double share(T value) {
        int i = values.indexOf(value);
        if (i < 0) {
            return 0;
        }
        double w = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        return w / cumulative[cumulative.length - 1];
    }

    public List<T> values() {
        return values;
    }
}
