package id.go.wna.contracts.reciprocity;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

/**
 * One indicator of an assessment and what it contributes to the composite score.
 *
 * @param indicator    the indicator's code
 * @param value        its value in [-1, 1], absent when suppressed or without data
 * @param weight       its weight in the composite
 * @param contribution what it adds to the composite score
 * @param sampleSize   the number of cases behind it, absent when suppressed
 * @param suppressed   whether it was suppressed as a small cell (n below 5)
 */
@JsonClassDescription("One indicator of an assessment and what it contributes to the composite score.")
public record IndicatorValue(
        @JsonPropertyDescription("NOTIFICATION_ASYMMETRY, ACCESS_ASYMMETRY, VISA_OPENNESS_ASYMMETRY, "
                + "ENFORCEMENT_RATIO, OFFENCE_RATE (a risk indicator against the all-country median).")
        @AllowedValues({"NOTIFICATION_ASYMMETRY", "ACCESS_ASYMMETRY", "VISA_OPENNESS_ASYMMETRY", "ENFORCEMENT_RATIO",
                "OFFENCE_RATE"})
        String indicator,
        @JsonPropertyDescription("The value in [-1, 1], positive when Indonesia treats the country better than the "
                + "country treats Indonesians; absent when suppressed or without data.")
        @OptionalField
        Double value,
        @JsonPropertyDescription("The indicator's weight in the composite score.")
        double weight,
        @JsonPropertyDescription("What the indicator adds to the composite score (0 when suppressed).")
        double contribution,
        @JsonPropertyDescription("The number of cases behind the value; absent when suppressed.")
        @OptionalField
        Integer sampleSize,
        @JsonPropertyDescription("Whether the value was suppressed as a small cell (n below 5).")
        boolean suppressed) {
}
