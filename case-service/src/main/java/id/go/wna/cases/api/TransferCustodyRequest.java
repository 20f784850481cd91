package id.go.wna.cases.api;

import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.service.TransferCustody;
import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "The person in custody was moved to another place")
public record TransferCustodyRequest(
        @NotNull CustodyEpisode.FacilityType facilityType,
        @Size(max = 40) String facilityCode,
        @NotBlank @Size(max = 200) @Schema(example = "Lapas Kerobokan") String facilityName,
        @Size(max = 300) String facilityAddress,
        @NotBlank @Size(max = 60) @Schema(example = "Bali", description = ProvinceField.DESCRIPTION) String province,
        @NotNull CustodyEpisode.TransferReason reason,
        @NotNull @PastOrPresent @PlausibleDate Instant transferredAt) {

    TransferCustody command() {
        return new TransferCustody(facilityType, facilityCode, facilityName, facilityAddress, province, reason, transferredAt);
    }
}
