package id.go.wna.cases.api;

import id.go.wna.cases.domain.Agency;
import id.go.wna.cases.domain.CaseKind;
import id.go.wna.cases.service.OpenCase;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A case to open about a foreign national. It starts as REPORTED.")
public record OpenCaseRequest(
        @NotNull @Schema(required = true, example = "IMMIGRATION_CRIME") CaseKind kind,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code in capitals, e.g. AUS")
        @Schema(example = "AUS", description = "ISO 3166-1 alpha-3 nationality (for a wreck or crash: the flag or "
                + "registration state). For a case about a registered person (`personId`) it must be one of the person's "
                + "nationalities (D is given as DEU), else a 422 naming `nationality`; left out, the case takes the "
                + "person's first. Required for a case that names no person. Who may see the case follows the person's "
                + "nationalities, all of them, whatever this field says.") String nationality,
        @NotBlank @Size(max = 60) @Schema(required = true, example = "51",
                description = "The province handling the case. " + ProvinceField.DESCRIPTION) String province,
        @Size(max = 2000) @Schema(example = "Stay permit misused for paid work (Pasal 122 a)") String summary,
        @Schema(description = "The registered person the case is about (POST /api/v1/persons); needed before custody starts") UUID personId,
        @Schema(description = "Who reported the case; IMIGRASI when left out", example = "POLRI") Agency reportingAgency,
        @Schema(description = "Who leads it; the reporting agency when left out", example = "IMIGRASI") Agency leadAgency) {

    OpenCase command() {
        return new OpenCase(kind, nationality, province, summary, personId, reportingAgency, leadAgency);
    }
}
