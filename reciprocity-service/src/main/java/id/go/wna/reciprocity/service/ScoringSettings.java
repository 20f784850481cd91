package id.go.wna.reciprocity.service;

import id.go.wna.reciprocity.config.ReciprocitySettings;
import id.go.wna.reciprocity.domain.score.IndicatorCode;
import id.go.wna.reciprocity.domain.score.Method;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The method and the thresholds as the assessments use them, read from {@link ReciprocitySettings}: weights left out
 * keep the method's defaults; a threshold on a measure that does not exist is refused.
 */
@ApplicationScoped
public class ScoringSettings {

    static final Set<String> MEASURES = Set.of("COMPOSITE", "NOTIFICATION_ASYMMETRY", "ACCESS_ASYMMETRY",
            "VISA_OPENNESS_ASYMMETRY", "ENFORCEMENT_RATIO", "OFFENCE_RATE", "NOTIFICATION_OUT_SHARE");

    private final Method method;
    private final Map<String, Double> thresholds = new TreeMap<>();

    public ScoringSettings(ReciprocitySettings settings) {
        Map<IndicatorCode, Double> weights = new EnumMap<>(IndicatorCode.class);
        Method defaults = Method.defaults();
        for (IndicatorCode c : IndicatorCode.values()) {
            weights.put(c, settings.weights().getOrDefault(kebab(c.name()), defaults.weight(c)));
        }
        this.method = new Method(weights, settings.shrinkageK(), Method.VERSION);
        settings.thresholds().forEach((name, value) -> {
            String measure = name.toUpperCase(Locale.ROOT).replace('-', '_');
            if (!MEASURES.contains(measure)) {
                throw new IllegalStateException("wna.reciprocity.thresholds." + name + ": no such measure; one of "
                        + new TreeMap<>(Map.of("m", MEASURES)).get("m"));
            }
            thresholds.put(measure, value);
        });
    }

    public Method method() {
        return method;
    }

    /** Measure (upper snake case) to threshold, in name order. */
    public Map<String, Double> thresholds() {
        return Map.copyOf(thresholds);
    }

    /**
     * Where a measure stands when nothing was assessed before: parity (0) for the composite and the indicators, full
     * compliance (1) for the notification share. A first assessment crosses a threshold that lies between.
     */
    public static double neutral(String measure) {
        return "NOTIFICATION_OUT_SHARE".equals(measure) ? 1.0 : 0.0;
    }

    static String kebab(String upperSnake) {
        return upperSnake.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
