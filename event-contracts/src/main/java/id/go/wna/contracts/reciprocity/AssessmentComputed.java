package id.go.wna.contracts.reciprocity;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code AssessmentComputed.v1} on {@code kemlu.reciprocity-events.v1}, key {@code iso3}: the reciprocity assessment
 * of a country for a period was computed. Advice for the joint working team, never an automatic policy trigger.
 *
 * @param assessmentId   the assessment
 * @param iso3           the country
 * @param period         the period, e.g. "2025-Q3"
 * @param score          the composite score in [-1, 1]
 * @param confidenceLow  lower bound of the confidence interval
 * @param confidenceHigh upper bound of the confidence interval
 * @param completeness   share of the indicators with data, in [0, 1]
 * @param trend          change of the score against the previous period, if any
 * @param indicators     the indicators and their contributions
 * @param treatyContext  the treaty context in a few words, if any
 * @param methodVersion  the version of the method
 * @param computedAt     when it was computed
 */
@JsonClassDescription("The reciprocity assessment of a country for a period was computed: a composite score with "
        + "per-indicator contributions, a confidence interval, data completeness, trend and treaty context. Small "
        + "cells are suppressed. Advice for the joint working team, never an automatic policy trigger.")
public record AssessmentComputed(
        @JsonPropertyDescription("The assessment.")
        UUID assessmentId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the country assessed (also the record key).")
        String iso3,
        @JsonPropertyDescription("The period, e.g. \"2025\", \"2025-Q3\" or \"2025-09\".")
        String period,
        @JsonPropertyDescription("The composite score in [-1, 1], positive when Indonesia treats the country better "
                + "than the country treats Indonesians.")
        double score,
        @JsonPropertyDescription("Lower bound of the score's confidence interval (small samples shrink toward 0).")
        double confidenceLow,
        @JsonPropertyDescription("Upper bound of the score's confidence interval.")
        double confidenceHigh,
        @JsonPropertyDescription("Share of the indicators with enough data, in [0, 1].")
        double completeness,
        @JsonPropertyDescription("Change of the score against the previous period; absent for a first assessment.")
        @OptionalField
        Double trend,
        @JsonPropertyDescription("The indicators, each with its contribution to the score.")
        List<IndicatorValue> indicators,
        @JsonPropertyDescription("The treaty context in a few words, e.g. \"bilateral mandatory notification "
                + "arrangement\".")
        @OptionalField
        String treatyContext,
        @JsonPropertyDescription("The version of the scoring method, so that scores of different methods are not "
                + "compared.")
        String methodVersion,
        @JsonPropertyDescription("When the assessment was computed (UTC).")
        Instant computedAt) {
}
