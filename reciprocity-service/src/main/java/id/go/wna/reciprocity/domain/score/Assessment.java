package id.go.wna.reciprocity.domain.score;

import id.go.wna.platform.disclosure.SmallCells;

import java.util.List;
import java.util.Map;

/**
 * A country's reciprocity assessment for a period: the composite, the indicators it is made of and the facts behind
 * them. Computed only from the facts (no clock inside), so the same facts always give the same assessment.
 *
 * @param iso3              the country
 * @param period            the period code
 * @param methodVersion     the scoring method
 * @param composite         Σ contributions, in [-1, 1]; null when no weighted indicator has a value
 * @param low               Σ weight × shrinkage × low_i / Σ weight (errors taken as moving together: conservative)
 * @param high              the same with the upper bounds
 * @param completeness      the share of the weighted indicators that have a value
 * @param confidence        HIGH (n ≥ 100 and completeness ≥ 0.75), MEDIUM (n ≥ 30 and completeness ≥ 0.5), LOW, or
 *                          NONE without a composite
 * @param sampleSize        the cases behind the composite: Σ n of the indicators in it
 * @param previousPeriod    the period the trend compares with
 * @param previousComposite the composite of that period (same method, same view)
 * @param trend             composite − previousComposite, when both exist
 * @param notificationOutShare wniNotifiedWithin72h / wniDetained: the share of Indonesians' arrests the country
 *                          notified within 72 h (a threshold measure)
 * @param indicators        the five indicators, in a fixed order
 * @param facts             every input: {@code inbound}, {@code outbound}, {@code visa} (as CountryFacts names them) and
 *                          {@code derived} (medianOffenceRate, countriesInMedian)
 * @param suppressedFacts   the paths of the facts withheld as small cells (shared view only)
 * @param shared            whether this is the view for partner agencies (small cells suppressed)
 */
public record Assessment(String iso3, String period, String methodVersion, Double composite, Double low, Double high,
                         double completeness, String confidence, long sampleSize, String previousPeriod,
                         Double previousComposite, Double trend, Double notificationOutShare,
                         List<IndicatorResult> indicators, Map<String, Map<String, Object>> facts,
                         List<String> suppressedFacts, boolean shared) {

    /** Counts below this are small cells, suppressed in anything a partner agency reads (the platform's one rule). */
    public static final int SMALL_CELL = SmallCells.THRESHOLD;

    public IndicatorResult indicator(IndicatorCode code) {
        return indicators.stream().filter(i -> i.indicator() == code).findFirst().orElseThrow();
    }

    /** The value of a threshold measure: COMPOSITE, an indicator's code or NOTIFICATION_OUT_SHARE. */
    public Double measure(String measure) {
        return switch (measure) {
            case "COMPOSITE" -> composite;
            case "NOTIFICATION_OUT_SHARE" -> notificationOutShare;
            default -> indicator(IndicatorCode.valueOf(measure)).value();
        };
    }

    Assessment withTrend(Double previous) {
        Double t = composite == null || previous == null ? null : Scores.round(composite - previous);
        return new Assessment(iso3, period, methodVersion, composite, low, high, completeness, confidence, sampleSize,
                previousPeriod, previous, t, notificationOutShare, indicators, facts, suppressedFacts, shared);
    }
}
