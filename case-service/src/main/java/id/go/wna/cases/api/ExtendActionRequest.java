package id.go.wna.cases.api;

import id.go.wna.cases.service.ExtendBan;
import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "A decision extending an exit ban (Pasal 97) or entry ban (Pasal 102). The extension runs from the day "
        + "after the ban's current end; its count and length are held to the rule in force on decidedOn.")
public record ExtendActionRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "W20.IMI.IMI.4-GR.02.01-0977") String decisionNumber,
        @NotNull @Schema(required = true, example = "2027-05-10", description = "The extension's decision date: it picks the rule applied")
        @PlausibleDate LocalDate decidedOn,
        @Schema(description = "Last day of the extended ban; or give durationMonths") @PlausibleDate LocalDate effectiveUntil,
        @Min(1) @Max(120) @Schema(description = "Length of the extension, from the day after the current end", example = "6")
        Integer durationMonths,
        @Size(max = 500) @Schema(description = "Grounds, in a few words") String reason) {

    ExtendBan command() {
        return new ExtendBan(decisionNumber, decidedOn, effectiveUntil, durationMonths, reason);
    }
}
