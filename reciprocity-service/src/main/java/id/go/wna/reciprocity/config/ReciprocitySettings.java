package id.go.wna.reciprocity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * The settings of reciprocity-service ({@code wna.reciprocity.*}): the scoring method, the thresholds the joint team
 * watches, and how often assessments are refreshed.
 */
@ConfigMapping(prefix = "wna.reciprocity")
public interface ReciprocitySettings {

    /**
     * Weight of an indicator in the composite, by indicator in kebab case ({@code notification-asymmetry},
     * {@code access-asymmetry}, {@code visa-openness-asymmetry}, {@code enforcement-ratio}, {@code offence-rate}); an
     * indicator left out keeps the method's default weight.
     */
    Map<String, Double> weights();

    /** The shrinkage constant k: an indicator on n cases counts n / (n + k) of its value. */
    @WithDefault("10")
    double shrinkageK();

    /**
     * Threshold per measure in kebab case ({@code composite}, an indicator, {@code notification-out-share}):
     * ThresholdCrossed.v1 when the shared value crosses it, either way. None by default.
     */
    Map<String, Double> thresholds();

    Refresh refresh();

    /** How often assessments are recomputed as facts arrive ({@code off} disables a run). */
    interface Refresh {

        /**
         * The countries marked dirty by new facts. Read by {@code AssessmentRefresh}'s {@code @Scheduled} expression
         * (an annotation cannot read a mapping); declared here for its default and so the name is a known one.
         */
        @WithDefault("30s")
        String dirtyEvery();

        /** Every country of the current periods (this month, last month, this quarter); read as {@link #dirtyEvery}. */
        @WithDefault("15m")
        String allEvery();
    }
}
