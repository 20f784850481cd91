package id.go.wna.notification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.notification.domain.WelfareReport;
import id.go.wna.notification.domain.WelfareStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "WelfareReportListItem", description = "A welfare report in a list: crisis, nationality, province and "
        + "status only. No person reference and no obligation: a list cannot be joined to a person (read one report, "
        + "audited, for those).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WelfareReportListItem(UUID id, String crisis, String nationality, String provinceCode, String province,
                                    WelfareStatus status, Instant observedAt, Instant updatedAt) {

    static WelfareReportListItem of(WelfareReport r) {
        return new WelfareReportListItem(r.id, r.crisis, r.nationality, r.provinceCode, r.province, r.status, r.observedAt,
                r.updatedAt);
    }
}
