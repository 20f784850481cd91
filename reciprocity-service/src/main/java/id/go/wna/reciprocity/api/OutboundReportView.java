package id.go.wna.reciprocity.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.reciprocity.domain.OutboundCounts;
import id.go.wna.reciprocity.domain.OutboundReport;
import id.go.wna.reciprocity.domain.OutboundReportVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "An outbound report as stored. A null count was not reported.")
public record OutboundReportView(
        UUID id,
        @Schema(example = "MYS") String country,
        @Schema(example = "2026-10") String month,
        @Schema(example = "KBRI Kuala Lumpur") String source,
        Long wniPresent, Long wniCases, Long wniDetained, Long wniNotified, Long wniNotifiedWithin72h,
        Long wniAccessRequested, Long wniAccessGranted, Long wniDeported,
        @Schema(description = "Also the ETag", example = "0") long version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
        @Schema(description = "How the current version came in: API or CSV (an import)") String updatedVia,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Every version, oldest first (only when one report is read)") List<VersionView> history) {

    @Schema(name = "OutboundReportVersion", description = "One version of a report as it was written")
    public record VersionView(long version, @Schema(description = "CREATED or REPLACED") String action, Instant at, String by,
                              @Schema(description = "API or CSV") String via, String source,
                              Long wniPresent, Long wniCases, Long wniDetained, Long wniNotified, Long wniNotifiedWithin72h,
                              Long wniAccessRequested, Long wniAccessGranted, Long wniDeported) {

        static VersionView of(OutboundReportVersion v) {
            OutboundCounts c = v.counts;
            return new VersionView(v.reportVersion, v.action.name(), v.at, v.bySubject, v.via.name(), v.source, c.wniPresent,
                    c.wniCases, c.wniDetained, c.wniNotified, c.wniNotifiedWithin72h, c.wniAccessRequested, c.wniAccessGranted,
                    c.wniDeported);
        }
    }

    public static OutboundReportView of(OutboundReport r) {
        return of(r, null);
    }

    public static OutboundReportView of(OutboundReport r, List<OutboundReportVersion> history) {
        OutboundCounts c = r.counts;
        return new OutboundReportView(r.id, r.country, r.month, r.source, c.wniPresent, c.wniCases, c.wniDetained, c.wniNotified,
                c.wniNotifiedWithin72h, c.wniAccessRequested, c.wniAccessGranted, c.wniDeported, r.version, r.createdAt, r.createdBy,
                r.updatedAt, r.updatedBy, r.updatedVia.name(),
                history == null ? null : history.stream().map(VersionView::of).toList());
    }
}
