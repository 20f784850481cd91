package id.go.wna.cases.api;

import id.go.wna.cases.domain.CaseOutcome;
import id.go.wna.cases.domain.CaseStage;
import id.go.wna.cases.domain.CaseStatus;
import id.go.wna.cases.service.MoveCase;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A move of the case through its lifecycle. ACTIVE needs a stage, RESOLVED an outcome.")
public record TransitionRequest(
        @NotNull @Schema(required = true, example = "ACTIVE") CaseStatus status,
        @Schema(description = "Required when status is ACTIVE", example = "INVESTIGATION") CaseStage stage,
        @Schema(description = "Required when status is RESOLVED", example = "DEPORTED") CaseOutcome outcome,
        @Size(max = 500) @Schema(description = "Why, in a few words; published without personal details",
                example = "Identity confirmed against the passport") String reason) {

    MoveCase command() {
        return new MoveCase(status, stage, outcome, reason);
    }
}
