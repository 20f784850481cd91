package id.go.wna.notification.api;

import id.go.wna.notification.service.PostChoice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The post a notice about a national goes to, and why")
public record PostChoiceView(
        @Schema(example = "AUS") String nationality,
        @Schema(description = "The province as understood, null when none was given or it was not recognised") PostView.ProvinceView province,
        PostView post,
        @Schema(example = "consular district of the Australian Consulate-General Bali covers Bali (51)") String reason) {

    public static PostChoiceView of(String nationality, PostView.ProvinceView province, PostChoice c) {
        return new PostChoiceView(nationality, province, PostView.of(c.post()), c.reason());
    }
}
