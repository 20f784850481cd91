package id.go.wna.cases.api;

import id.go.wna.cases.domain.Agency;
import id.go.wna.cases.domain.CaseKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A case to open about a foreign national. It starts as REPORTED.")
public record OpenCaseRequest(
        @NotNull @Schema(required = true, example = "IMMIGRATION_CRIME") CaseKind kind,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code in capitals, e.g. AUS")
        @Schema(required = true, example = "AUS", description = "ISO 3166-1 alpha-3 nationality (for a wreck or crash: "
                + "the flag or registration state)") String nationality,
        @NotBlank @Size(max = 60) @Schema(required = true, example = "51",
                description = "The province handling the case: its BPS code (51) or name (Bali)") String province,
        @Size(max = 2000) @Schema(example = "Stay permit misused for paid work (Pasal 122 a)") String summary,
        @Schema(description = "The registered person the case is about (POST /api/v1/persons); needed before custody starts") UUID personId,
        @Schema(description = "Who reported the case; IMIGRASI when left out", example = "POLRI") Agency reportingAgency,
        @Schema(description = "Who leads it; the reporting agency when left out", example = "IMIGRASI") Agency leadAgency) {
}
