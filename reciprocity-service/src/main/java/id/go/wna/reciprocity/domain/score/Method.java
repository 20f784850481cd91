package id.go.wna.reciprocity.domain.score;

import java.util.EnumMap;
import java.util.Map;

/**
 * The scoring method's settings: each indicator's weight in the composite and the shrinkage constant k (an indicator
 * on n cases counts n / (n + k) of its value). {@code version} names the method so that scores of different methods
 * are not compared.
 */
public record Method(Map<IndicatorCode, Double> weights, double shrinkageK, String version) {

    /** 2: arrestsOwedNotice counts on-request arrests the person asked to be notified and Art. 42 escalations. */
    public static final String VERSION = "reciprocity-2";

    /**
     * Equal weights for the four treatment indicators; the offence rate (a risk, not a treatment) is reported with
     * weight 0 unless configured. k = 10: an indicator on 10 cases counts half, on 90 cases 90 %.
     */
    public static Method defaults() {
        Map<IndicatorCode, Double> w = new EnumMap<>(IndicatorCode.class);
        w.put(IndicatorCode.NOTIFICATION_ASYMMETRY, 1.0);
        w.put(IndicatorCode.ACCESS_ASYMMETRY, 1.0);
        w.put(IndicatorCode.VISA_OPENNESS_ASYMMETRY, 1.0);
        w.put(IndicatorCode.ENFORCEMENT_RATIO, 1.0);
        w.put(IndicatorCode.OFFENCE_RATE, 0.0);
        return new Method(w, 10.0, VERSION);
    }

    public Method {
        if (shrinkageK < 0) {
            throw new IllegalArgumentException("the shrinkage constant k must not be negative");
        }
        Map<IndicatorCode, Double> copy = new EnumMap<>(IndicatorCode.class);
        for (IndicatorCode c : IndicatorCode.values()) {
            double v = weights.getOrDefault(c, 0.0);
            if (v < 0) {
                throw new IllegalArgumentException("the weight of " + c + " must not be negative");
            }
            copy.put(c, v);
        }
        weights = Map.copyOf(copy);
    }

    public double weight(IndicatorCode code) {
        return weights.getOrDefault(code, 0.0);
    }
}
