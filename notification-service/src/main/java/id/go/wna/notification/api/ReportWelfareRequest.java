package id.go.wna.notification.api;

import id.go.wna.platform.api.PlausibleDate;
import id.go.wna.notification.domain.WelfareStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "A foreign national monitored in a crisis. Health status is specific personal data (UU 27/2022): "
        + "no name, no document, no medical detail; a pseudonymous person reference at most.")
public record ReportWelfareRequest(
        @NotBlank @Size(max = 40) @Schema(required = true, example = "COVID-19",
                description = "Code of the crisis: capitals, digits and hyphens") String crisis,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code in capitals, e.g. AUS")
        @Schema(required = true, example = "AUS") String nationality,
        @Size(max = 60) @Schema(example = "51", description = "Where the person is: BPS code (51; a Kemendagri code only as kemendagri:94) or name (Bali), if known")
        String province,
        @Schema(description = "Pseudonymous reference of the person (as on wna.case-events.v1), if known") UUID personRef,
        @Schema(description = "The consular obligation the report belongs to, if any (stored as given)") UUID obligationId,
        @NotNull @Schema(required = true, example = "CLOSE_CONTACT") WelfareStatus status,
        @NotNull @Schema(required = true, example = "2020-04-02T03:00:00Z", description = "When the status was observed")
        @PlausibleDate Instant observedAt) {
}
