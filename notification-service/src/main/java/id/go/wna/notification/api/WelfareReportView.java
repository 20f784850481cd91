package id.go.wna.notification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.notification.domain.WelfareReport;
import id.go.wna.notification.domain.WelfareStatus;
import id.go.wna.notification.domain.WelfareStatusChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "WelfareReport", description = "A foreign national monitored in a crisis, with the history of their "
        + "status; every read by a user is written to the audit log. Its version is the ETag.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WelfareReportView(UUID id, String crisis, String nationality,
                                @Schema(example = "51") String provinceCode, @Schema(example = "Bali") String province,
                                UUID personRef, UUID obligationId, WelfareStatus status, Instant observedAt,
                                @Schema(description = "The statuses it may move to; empty once final") List<WelfareStatus> allowedNextStatuses,
                                Instant reportedAt, Instant updatedAt, int version, List<StatusChange> history) {

    @Schema(name = "WelfareStatusChange")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusChange(WelfareStatus previousStatus, WelfareStatus status, Instant observedAt, String changedBy,
                               Instant changedAt) {
    }

    static WelfareReportView of(WelfareReport r, List<WelfareStatusChange> history) {
        return new WelfareReportView(r.id, r.crisis, r.nationality, r.provinceCode, r.province, r.personRef, r.obligationId,
                r.status, r.observedAt, List.copyOf(r.status.next()), r.reportedAt, r.updatedAt, r.version,
                history.stream().map(c -> new StatusChange(c.previousStatus, c.status, c.observedAt, c.changedBy, c.changedAt))
                        .toList());
    }
}
