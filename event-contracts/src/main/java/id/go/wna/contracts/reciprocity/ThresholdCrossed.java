package id.go.wna.contracts.reciprocity;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code ThresholdCrossed.v1} on {@code kemlu.reciprocity-events.v1}, key {@code iso3}: a score or an indicator of a
 * country crossed a threshold set by the joint working team.
 *
 * @param iso3          the country
 * @param assessmentId  the assessment that crossed it
 * @param period        the period
 * @param measure       COMPOSITE, an indicator code or NOTIFICATION_OUT_SHARE
 * @param threshold     the threshold
 * @param direction     UPWARD or DOWNWARD
 * @param value         the value now
 * @param previousValue the value before, if any
 * @param crossedAt     when it was detected
 */
@JsonClassDescription("A composite score or an indicator of a country crossed a threshold set by the joint working "
        + "team: a prompt for review, never an automatic policy trigger.")
public record ThresholdCrossed(
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the country (also the record key).")
        String iso3,
        @JsonPropertyDescription("The assessment whose value crossed the threshold.")
        UUID assessmentId,
        @JsonPropertyDescription("The period, as in AssessmentComputed.")
        String period,
        @JsonPropertyDescription("COMPOSITE, the code of an indicator, or NOTIFICATION_OUT_SHARE (the share of "
                + "Indonesians' arrests the country notified to the Indonesian post within 72 h, in [0, 1]).")
        @AllowedValues({"COMPOSITE", "NOTIFICATION_ASYMMETRY", "ACCESS_ASYMMETRY", "VISA_OPENNESS_ASYMMETRY",
                "ENFORCEMENT_RATIO", "OFFENCE_RATE", "NOTIFICATION_OUT_SHARE"})
        String measure,
        @JsonPropertyDescription("The threshold crossed.")
        double threshold,
        @JsonPropertyDescription("UPWARD (from below to at or above) or DOWNWARD.")
        @AllowedValues({"UPWARD", "DOWNWARD"})
        String direction,
        @JsonPropertyDescription("The value now.")
        double value,
        @JsonPropertyDescription("The value in the previous assessment, if any.")
        @OptionalField
        Double previousValue,
        @JsonPropertyDescription("When the crossing was detected (UTC).")
        Instant crossedAt) {
}
