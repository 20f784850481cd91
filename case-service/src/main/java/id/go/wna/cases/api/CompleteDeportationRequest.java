package id.go.wna.cases.api;

import id.go.wna.cases.service.CompleteDeportation;
import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "The deported person left Indonesia")
public record CompleteDeportationRequest(
        @NotNull @Schema(required = true, example = "2026-11-28T14:05:00Z") @PlausibleDate Instant departedAt,
        @NotBlank @Size(max = 40) @Schema(required = true, description = "Border post (TPI) code", example = "TPI-CGK") String portOfExit,
        @Schema(description = "When the person's mission issued the travel document, if they waited for one") @PlausibleDate LocalDate travelDocumentIssuedOn) {

    CompleteDeportation command() {
        return new CompleteDeportation(departedAt, portOfExit, travelDocumentIssuedOn);
    }
}
