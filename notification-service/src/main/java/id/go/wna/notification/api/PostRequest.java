package id.go.wna.notification.api;

import id.go.wna.notification.domain.PostType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A foreign post, whole: POST creates it, PUT replaces every field and the district (a field left out "
        + "becomes empty).")
public record PostRequest(
        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*", message = "must be letters and digits in dash-separated parts, e.g. AUS-CG-DPS")
        @Schema(description = "Required to create; on PUT left out or equal to the path's", example = "AUS-CG-DPS") String code,
        @NotNull @Schema(required = true, example = "AUS", description = "ISO 3166-1 alpha-3 of the sending state (TWN for TETO)") String country,
        @NotNull @Schema(required = true, example = "CONSULATE_GENERAL") PostType type,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Australian Consulate-General Bali") String name,
        @Size(max = 100) @Schema(example = "Denpasar") String city,
        @Size(max = 500) @Schema(example = "Jl. Tantular No. 32, Renon, Denpasar") String address,
        @Size(max = 200) @Email @Schema(description = "Where notices are e-mailed") String email,
        @Size(max = 50) String fax,
        @Size(max = 50) String phone,
        @Size(max = 3) @Schema(description = "For a post accredited to Indonesia from abroad: ISO 3166-1 alpha-3 of the country it "
                + "sits in (it has no district); left out for a post in Indonesia", example = "SGP") String accreditedFrom,
        @Schema(description = "True when left out; an inactive post is never chosen", example = "true") Boolean active,
        @Size(max = 38) @Schema(description = "The consular district: provinces by BPS code (a Kemendagri code only as kemendagri:94) or name. An embassy with none covers every "
                + "province no other post of its country covers.", example = "[\"51\", \"52\", \"53\"]") List<@NotBlank @Size(max = 60) String> district) {
}
