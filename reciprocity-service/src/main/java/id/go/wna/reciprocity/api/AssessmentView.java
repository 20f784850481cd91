package id.go.wna.reciprocity.api;

import id.go.wna.reciprocity.domain.score.Assessment;
import id.go.wna.reciprocity.domain.score.Fact;
import id.go.wna.reciprocity.domain.score.IndicatorResult;
import id.go.wna.reciprocity.service.Assessments;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(description = "A country's reciprocity assessment for a period (the country profile): the composite score, each "
        + "indicator with its formula, n, 95 % interval, completeness, weight, shrinkage and contribution, and the facts "
        + "behind every number (each fact names its path in `facts` and where it comes from). Positive = Indonesia treats "
        + "the country better than the country treats Indonesians (WNI). Composite = Σ contributions, contribution_i = "
        + "weight_i × value_i × n_i/(n_i + k) / Σ weight_j over the indicators with a value (k = 10 by default; the visa "
        + "rule is not shrunk). For partner agencies every count of 1 to 4 is withheld (null, listed in suppressedFacts), "
        + "an indicator resting on one or on n < 5 is withheld, and the composite is taken over the indicators left. "
        + "Advice for the joint working team, never an automatic policy trigger.")
public record AssessmentView(
        @Schema(description = "The snapshot this view is (findings rest on it)") UUID assessmentId,
        @Schema(description = "When the snapshot was computed (UTC); a recompute from unchanged facts keeps it") Instant computedAt,
        String iso3,
        @Schema(description = "2026-11, 2026-Q4 or 2026") String period,
        @Schema(description = "The scoring method's version") String methodVersion,
        @Schema(description = "The composite in [-1, 1]; null when no weighted indicator has a value", nullable = true) Double composite,
        @Schema(description = "Lower bound: Σ weight × shrinkage × low_i / Σ weight (errors taken as moving together)", nullable = true) Double low,
        @Schema(description = "Upper bound, the same with the upper bounds", nullable = true) Double high,
        @Schema(description = "Share of the weighted indicators that have a value, in [0, 1]") double completeness,
        @Schema(description = "HIGH (n ≥ 100 and completeness ≥ 0.75), MEDIUM (n ≥ 30 and completeness ≥ 0.5), LOW, or NONE "
                + "without a composite", enumeration = {"HIGH", "MEDIUM", "LOW", "NONE"}) String confidence,
        @Schema(description = "Cases behind the composite: Σ n of its indicators") long sampleSize,
        @Schema(description = "The period the trend compares with (Period.previous: the same length just before)") String previousPeriod,
        @Schema(description = "That period's composite, computed the same way from its facts", nullable = true) Double previousComposite,
        @Schema(description = "composite − previousComposite", nullable = true) Double trend,
        @Schema(description = "wniNotifiedWithin72h / wniDetained: the share of Indonesians' arrests the country notified "
                + "within 72 h (a threshold measure)", nullable = true) Double notificationOutShare,
        @Schema(description = "Whether this is the shared view with small cells suppressed (partner agencies)") boolean suppressed,
        List<IndicatorView> indicators,
        @Schema(description = "Every input: inbound (the country's nationals in Indonesia, projected from events), outbound "
                + "(Indonesians in the country, as reported), visa (the regimes each way: the visa context) and derived "
                + "(medianOffenceRate, countriesInMedian)") Map<String, Map<String, Object>> facts,
        @Schema(description = "Paths of the facts withheld as small cells") List<String> suppressedFacts,
        @Schema(description = "The treaty context in a few words; not known to this service yet", nullable = true) String treatyContext) {

    @Schema(description = "One indicator, in [-1, 1], positive = Indonesia treats the country better than it treats WNI.")
    public record IndicatorView(
            @Schema(enumeration = {"NOTIFICATION_ASYMMETRY", "ACCESS_ASYMMETRY", "VISA_OPENNESS_ASYMMETRY",
                    "ENFORCEMENT_RATIO", "OFFENCE_RATE"}) String indicator,
            @Schema(description = "How it is computed") String formula,
            @Schema(nullable = true, description = "null when not computable or suppressed") Double value,
            @Schema(nullable = true, description = "Cases behind it; null for the visa rule (not a sample) or when suppressed") Long n,
            @Schema(nullable = true, description = "95 % interval, lower bound (Wilson for proportions)") Double low,
            @Schema(nullable = true) Double high,
            @Schema(description = "Share of its inputs known") double completeness,
            double weight,
            @Schema(nullable = true, description = "n / (n + k); 1 for the visa rule") Double shrinkage,
            @Schema(nullable = true, description = "value × shrinkage") Double adjustedValue,
            @Schema(description = "weight × adjustedValue / Σ weights of the indicators with a value") double contribution,
            boolean suppressed,
            @Schema(nullable = true, description = "Why there is no value") String note,
            List<FactView> facts) {
    }

    @Schema(description = "An input number and where it comes from.")
    public record FactView(
            String name,
            @Schema(nullable = true, description = "The number, or the visa regime's name; null when unknown or suppressed") Object value,
            @Schema(enumeration = {"INBOUND_EVENTS", "OUTBOUND_REPORTS", "VISA_REGIME", "ALL_COUNTRIES"}) String source,
            @Schema(description = "Where it stands in this view, e.g. facts.inbound.arrestsOwedNotice") String path,
            @Schema(description = "Where the fact is kept or comes from") String origin,
            boolean suppressed) {
    }

    static AssessmentView of(Assessments.Snapshot s, boolean shared) {
        Assessment a = s.view(shared);
        return new AssessmentView(s.id(), s.computedAt(), a.iso3(), a.period(), a.methodVersion(), a.composite(), a.low(),
                a.high(), a.completeness(), a.confidence(), a.sampleSize(), a.previousPeriod(), a.previousComposite(),
                a.trend(), a.notificationOutShare(), a.shared(),
                a.indicators().stream().map(i -> indicator(i, a.iso3(), a.period())).toList(), a.facts(),
                a.suppressedFacts(), null);
    }

    static IndicatorView indicator(IndicatorResult i, String iso3, String period) {
        return new IndicatorView(i.indicator().name(), i.formula(), i.value(), i.n(), i.low(), i.high(), i.completeness(),
                i.weight(), i.shrinkage(), i.adjustedValue(), i.contribution(), i.suppressed(), i.note(),
                i.facts().stream().map(f -> new FactView(f.name(), f.value(), f.source(), f.path(),
                        origin(f.source(), iso3, period), f.suppressed())).toList());
    }

    static String origin(String source, String iso3, String period) {
        return switch (source) {
            case Fact.INBOUND -> "projected from the platform's events (wna.case-events.v1, wna.presence-events.v1, "
                    + "kemlu.consular-events.v1) about " + iso3 + " nationals in " + period;
            case Fact.OUTBOUND -> "reported on Indonesians in " + iso3 + " (POST /api/v1/outbound-reports), summed over "
                    + "the months of " + period;
            case Fact.VISA -> "GET /api/v1/countries/" + iso3 + "/visa-regime";
            default -> "derived over every country with facts in " + period;
        };
    }
}
