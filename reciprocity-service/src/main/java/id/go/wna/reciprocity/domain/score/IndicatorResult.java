package id.go.wna.reciprocity.domain.score;

import java.util.List;

/**
 * One indicator of an assessment: its value, what it rests on and what it adds to the composite.
 *
 * @param indicator     the indicator
 * @param formula       how it is computed, in words
 * @param value         in [-1, 1]; null when it cannot be computed (a denominator unknown or 0) or is suppressed
 * @param n             the cases behind it (null for the visa rule, which is not a sample, or when suppressed)
 * @param low           lower bound of its 95 % interval
 * @param high          upper bound
 * @param completeness  the share of its inputs that are known, in [0, 1]
 * @param weight        its weight in the composite
 * @param shrinkage     n / (n + k), the share of the value the composite takes (1 for the visa rule)
 * @param adjustedValue value × shrinkage: what enters the weighted mean
 * @param contribution  weight × adjustedValue / (sum of the weights of the indicators with a value): the composite is
 *                      the sum of the contributions; 0 when it has no value
 * @param suppressed    whether it was withheld because a count behind it is a small cell (n below 5)
 * @param note          why it has no value, if it has none
 * @param facts         its inputs, each with where it comes from
 */
public record IndicatorResult(IndicatorCode indicator, String formula, Double value, Long n, Double low, Double high,
                              double completeness, double weight, Double shrinkage, Double adjustedValue,
                              double contribution, boolean suppressed, String note, List<Fact> facts) {

    IndicatorResult withContribution(double c) {
        return new IndicatorResult(indicator, formula, value, n, low, high, completeness, weight, shrinkage, adjustedValue,
                Scores.round(c), suppressed, note, facts);
    }

    IndicatorResult withheld(List<Fact> withheldFacts) {
        return new IndicatorResult(indicator, formula, null, null, null, null, completeness, weight, null, null, 0.0, true,
                "withheld: a count behind it is below " + Assessment.SMALL_CELL, withheldFacts);
    }
}
