package id.go.wna.cases.api;

import id.go.wna.cases.service.RecordOffence;
import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "An immigration offence (UU 6/2011, Pasal 113-136) recorded on a case")
public record RecordOffenceRequest(
        @NotBlank @Pattern(regexp = "\\d{3} ?(\\([a-z0-9]\\)|[a-z])?",
                message = "must be an article of UU 6/2011 such as 119, 122 a, 114(1) or 124(b)")
        @Schema(example = "124(b)", description = "The article, with its paragraph or letter where it has one: 114 and 124 must "
                + "be recorded as 114(1), 114(2), 124(a) or 124(b) (their penalties differ)") String article,
        @PastOrPresent @PlausibleDate @Schema(description = "Day committed: picks the catalogue version applied (the recording day when left out)")
        LocalDate committedOn,
        @Size(max = 1000) String description) {

    RecordOffence command() {
        return new RecordOffence(article, committedOn, description);
    }
}
