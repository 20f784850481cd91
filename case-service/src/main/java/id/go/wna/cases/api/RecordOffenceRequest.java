package id.go.wna.cases.api;

import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "An immigration offence (UU 6/2011, Pasal 113-136) recorded on a case")
public record RecordOffenceRequest(
        @NotBlank @Pattern(regexp = "\\d{3}( ?[a-z])?", message = "must be an article of UU 6/2011 such as 119 or 122 a")
        @Schema(example = "122 a", description = "The article, with its letter where it has one") String article,
        @PastOrPresent @PlausibleDate LocalDate committedOn,
        @Size(max = 1000) String description) {
}
