package id.go.wna.reciprocity.api;

import id.go.wna.reciprocity.domain.score.Assessment;
import id.go.wna.reciprocity.service.Assessments;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "One country in the ranking of a period; open its profile (href) for the indicators and facts.")
public record RankingView(
        @Schema(description = "1 = first in the chosen order; countries without a composite come last, unranked (null)",
                nullable = true) Integer rank,
        String iso3,
        @Schema(nullable = true) Double composite,
        @Schema(nullable = true) Double low,
        @Schema(nullable = true) Double high,
        String confidence,
        double completeness,
        long sampleSize,
        @Schema(nullable = true) Double trend,
        @Schema(description = "Whether small cells were suppressed (partner agencies)") boolean suppressed,
        @Schema(description = "Indicators withheld as small cells") List<String> suppressedIndicators,
        UUID assessmentId,
        Instant computedAt,
        @Schema(description = "The country profile") String href) {

    static RankingView of(Integer rank, Assessments.Snapshot s, boolean shared) {
        Assessment a = s.view(shared);
        return new RankingView(rank, a.iso3(), a.composite(), a.low(), a.high(), a.confidence(), a.completeness(),
                a.sampleSize(), a.trend(), a.shared(),
                a.indicators().stream().filter(i -> i.suppressed()).map(i -> i.indicator().name()).toList(), s.id(),
                s.computedAt(), "/api/v1/countries/" + a.iso3() + "/assessment?period=" + a.period());
    }
}
