package id.go.wna.notification.api;

import id.go.wna.platform.api.PlausibleDate;
import id.go.wna.notification.domain.AdvisementAnswer;
import id.go.wna.notification.domain.ConsularNotice;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The bodies of the obligation commands. */
public final class ObligationRequests {

    private ObligationRequests() {
    }

    @Schema(description = "The person was told of the right to have their consular post notified (VCCR Art. 36(1)(b)), and answered.")
    public record AdvisementRequest(
            @NotNull @Schema(required = true, description = "When the person was advised (UTC)") @PlausibleDate Instant advisedAt,
            @NotNull @Schema(required = true, description = "REQUESTED (notify the post), DECLINED, NO_RESPONSE, UNABLE "
                    + "(e.g. unconscious). Under an on-request regime a refusal closes the obligation; a later REQUESTED reopens "
                    + "it. Under a mandatory regime the post is notified anyway and the objection is recorded.") AdvisementAnswer answer,
            @NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code such as en, zh, ru")
            @Schema(required = true, example = "en") String language,
            @Schema(description = "Whether an interpreter was used") boolean interpreterUsed,
            @Size(max = 200) @Schema(description = "The interpreter's name, if one was used") String interpreterName,
            @Schema(description = "Whether the person expressly opposes consular action: visits, correspondence "
                    + "(Art. 36(1)(c))") boolean opposesConsularAccess,
            @NotBlank @Size(max = 200) @Schema(required = true, description = "The officer who advised the person, as a court "
                    + "would ask for it (name and unit)", example = "Ni Made Sari, Kanim Ngurah Rai") String advisedBy,
            @Size(max = 1000) String notes) {
    }

    @Schema(description = "A notice sent to the consular post.")
    public record NoticeRequest(
            @NotNull @Schema(required = true) ConsularNotice.Channel channel,
            @Size(max = 40) @Schema(description = "The post addressed; defaults to the post the regime decision chose")
            String postCode,
            @Schema(description = "When it was sent (UTC); defaults to now. A notice sent after its deadline is accepted and "
                    + "marked late.") @PlausibleDate Instant sentAt,
            @Schema(description = "INITIAL (default; DEATH for a death), FOLLOW_UP (with followUpId), CORRECTION")
            ConsularNotice.Kind kind,
            @Schema(description = "The follow-up (transfer, illness, release, sentence...) this notice tells the post of")
            UUID followUpId) {
    }

    @Schema(description = "The post acknowledged a notice.")
    public record AcknowledgementRequest(
            @Schema(description = "When (UTC); defaults to now") @PlausibleDate Instant acknowledgedAt,
            @Schema(description = "How the acknowledgement came; a mission officer's own acknowledgement is PORTAL")
            ConsularNotice.Channel channel,
            @Size(max = 200) @Schema(description = "Who acknowledged (consular officer's name); defaults to the caller")
            String acknowledgedBy) {
    }

    @Schema(description = "What became of the notice's transmission (e-mail bounce, fax report, courier receipt).")
    public record DeliveryRequest(
            @NotNull @Schema(required = true, description = "DELIVERED or FAILED") ConsularNotice.Delivery status,
            @Schema(description = "When (UTC); defaults to now") @PlausibleDate Instant at,
            @Size(max = 500) String detail) {
    }

    @Schema(description = "A supervisor's decision to notify an asylum seeker's or refugee's country of origin.")
    public record OverrideRequest(
            @NotBlank @Size(min = 20, max = 1000, message = "must state the reason in 20 to 1000 characters")
            @Schema(required = true, example = "The person withdrew the asylum claim in writing on 28 Nov 2026 and asks for "
                    + "consular help") String reason) {
    }
}
