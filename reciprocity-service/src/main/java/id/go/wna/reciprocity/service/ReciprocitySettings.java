package id.go.wna.reciprocity.service;

import id.go.wna.reciprocity.domain.score.IndicatorCode;
import id.go.wna.reciprocity.domain.score.Method;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The method's settings ({@code wna.reciprocity.weights.*}, {@code wna.reciprocity.shrinkage-k}) and the thresholds
 * ({@code wna.reciprocity.thresholds.<measure>}, measure in kebab case: composite, an indicator, notification-out-share).
 */
@ApplicationScoped
public class ReciprocitySettings {

    static final String THRESHOLDS = "wna.reciprocity.thresholds.";
    static final Set<String> MEASURES = Set.of("COMPOSITE", "NOTIFICATION_ASYMMETRY", "ACCESS_ASYMMETRY",
            "VISA_OPENNESS_ASYMMETRY", "ENFORCEMENT_RATIO", "OFFENCE_RATE", "NOTIFICATION_OUT_SHARE");

    private final Method method;
    private final Map<String, Double> thresholds = new TreeMap<>();

    public ReciprocitySettings(Config config,
                               @ConfigProperty(name = "wna.reciprocity.shrinkage-k", defaultValue = "10") double k) {
        Map<IndicatorCode, Double> weights = new EnumMap<>(IndicatorCode.class);
        Method defaults = Method.defaults();
        for (IndicatorCode c : IndicatorCode.values()) {
            weights.put(c, config.getOptionalValue("wna.reciprocity.weights." + kebab(c.name()), Double.class)
                    .orElse(defaults.weight(c)));
        }
        this.method = new Method(weights, k, Method.VERSION);
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(THRESHOLDS)) {
                String measure = name.substring(THRESHOLDS.length()).toUpperCase(Locale.ROOT).replace('-', '_');
                if (!MEASURES.contains(measure)) {
                    throw new IllegalStateException(name + ": no such measure; one of " + new TreeMap<>(
                            Map.of("m", MEASURES)).get("m"));
                }
                config.getOptionalValue(name, Double.class).ifPresent(v -> thresholds.put(measure, v));
            }
        }
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
