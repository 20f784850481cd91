package id.go.wna.notification.api;

import id.go.wna.platform.api.PlausibleDate;
import id.go.wna.notification.domain.WelfareStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "The monitored person's status changed. DIED and RETURNED_TO_HOME_COUNTRY are final.")
public record ChangeWelfareStatusRequest(
        @NotNull @Schema(required = true, example = "CONFIRMED") WelfareStatus status,
        @NotNull @Schema(required = true, example = "2020-04-06T03:00:00Z",
                description = "When the new status was observed; not before the current one") @PlausibleDate Instant observedAt) {
}
