package id.go.wna.cases.api;

import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.CustodyFollowUp;
import id.go.wna.cases.service.RecordFollowUp;
import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A later stage of a custody that only officers know of and the consular post must be told: serious "
        + "illness, hospital admission, or a stage of a death-penalty case (notify at the charge, the sentence, the final "
        + "appeal and before execution)")
public record RecordFollowUpRequest(
        @NotNull @Schema(required = true, description = "SERIOUS_ILLNESS, HOSPITAL_ADMISSION, DEATH_PENALTY_CHARGED (the "
                + "prosecution demands death), DEATH_SENTENCE_IMPOSED, DEATH_SENTENCE_FINAL_APPEAL (decided), "
                + "EXECUTION_SCHEDULED, DEATH_SENTENCE_CASE_REVIEW_FILED / _DECIDED (PK), DEATH_SENTENCE_CLEMENCY_FILED / "
                + "_DECIDED (grasi), EXECUTION_NOTICE_GIVEN (the 3 x 24 h notice to the convict). TRANSFER, RELEASE, DEPORTATION and DEATH_IN_CUSTODY are issued by the transfer and the "
                + "end of custody: a 422 here", example = "DEATH_SENTENCE_IMPOSED")
        CustodyFollowUp.Stage stage,
        @NotNull @PastOrPresent @Schema(required = true, description = "When the stage was reached; not before the custody "
                + "started", example = "2026-11-20T03:00:00Z")
        @PlausibleDate Instant occurredAt,
        @Size(max = 200) @Schema(description = "Required for DEATH_PENALTY_CHARGED, DEATH_SENTENCE_IMPOSED and "
                + "DEATH_SENTENCE_FINAL_APPEAL; optional for EXECUTION_SCHEDULED; refused for the others",
                example = "Pengadilan Negeri Denpasar")
        String court,
        @Schema(description = "When the execution is due: required for EXECUTION_SCHEDULED and EXECUTION_NOTICE_GIVEN (and only there), after occurredAt")
        @PlausibleDate Instant scheduledAt,
        @Size(max = 500) @Schema(description = "A short factual note for the letter to the post")
        String details,
        @Valid @Schema(description = "Where the person is held now (e.g. the hospital), for HOSPITAL_ADMISSION or "
                + "SERIOUS_ILLNESS only. It does not move the custody: a lasting move is a transfer")
        Place newPlaceOfDetention) {

    RecordFollowUp command() {
        return new RecordFollowUp(stage, occurredAt, court, scheduledAt, details, newPlaceOfDetention == null ? null
                : new RecordFollowUp.Place(newPlaceOfDetention.facilityType(), newPlaceOfDetention.facilityCode(),
                newPlaceOfDetention.name(), newPlaceOfDetention.address(), newPlaceOfDetention.province()));
    }

    @Schema(name = "FollowUpPlace", description = "Where the person is held now")
    public record Place(@NotNull CustodyEpisode.FacilityType facilityType,
                        @Size(max = 40) String facilityCode,
                        @NotBlank @Size(max = 200) @Schema(example = "RSUP Prof. Ngoerah") String name,
                        @Size(max = 300) String address,
                        @NotBlank @Size(max = 60) @Schema(example = "Bali", description = ProvinceField.DESCRIPTION) String province) {
    }
}
