package id.go.wna.cases.api;

import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.service.StartCustody;
import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "A foreign national deprived of liberty: arrest, detention pending trial, immigration detention, prison")
public record StartCustodyRequest(
        @NotNull CustodyEpisode.CustodyType custodyType,
        @NotNull CustodyEpisode.FacilityType facilityType,
        @Size(max = 40) @Schema(description = "Reference-data code of the place, e.g. RUDENIM-DENPASAR") String facilityCode,
        @NotBlank @Size(max = 200) @Schema(example = "Rudenim Denpasar") String facilityName,
        @Size(max = 300) String facilityAddress,
        @NotBlank @Size(max = 60) @Schema(example = "Bali", description = ProvinceField.DESCRIPTION) String province,
        @NotBlank @Pattern(regexp = "[A-Z_]{2,40}", message = "must be an authority code such as IMIGRASI or POLRI")
        @Schema(example = "IMIGRASI") String arrestingAuthority,
        @Size(max = 200) @Schema(example = "Ngurah Rai International Airport") String arrestPlace,
        @NotNull @PastOrPresent @PlausibleDate Instant startedAt,
        @PastOrPresent @Schema(description = "When the person was identified as foreign, if later than the start") @PlausibleDate Instant identifiedForeignAt,
        @Size(max = 20) @Valid List<Charge> charges,
        @Schema(description = "Whether an interpreter is needed to advise the person of their rights") boolean interpreterNeeded) {

    StartCustody command() {
        return new StartCustody(custodyType, facilityType, facilityCode, facilityName, facilityAddress, province, arrestingAuthority,
                arrestPlace, startedAt, identifiedForeignAt,
                charges == null ? null : charges.stream().map(c -> new StartCustody.Charge(c.statute(), c.article(), c.description())).toList(),
                interpreterNeeded);
    }

    public record Charge(@NotBlank @Size(max = 40) @Schema(example = "UU 6/2011") String statute,
                         @NotBlank @Size(max = 40) @Schema(example = "122 a") String article,
                         @Size(max = 300) String description) {
    }
}
