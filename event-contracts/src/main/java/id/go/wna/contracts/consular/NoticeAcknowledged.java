package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code NoticeAcknowledged.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId}: the consular post
 * acknowledged a notice.
 *
 * @param obligationId    the obligation
 * @param noticeId        the notice
 * @param nationality     the nationality concerned
 * @param postCode        the post that acknowledged
 * @param channel         how the acknowledgement came, if recorded
 * @param acknowledgedAt  when the post acknowledged
 * @param responseMinutes minutes from sending to acknowledgement
 */
@JsonClassDescription("The consular post acknowledged a notice (the mission's responsiveness is a reciprocity "
        + "indicator). Pseudonymous.")
public record NoticeAcknowledged(
        @JsonPropertyDescription("The obligation.")
        UUID obligationId,
        @JsonPropertyDescription("The notice, as named by NoticeSent.")
        UUID noticeId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality concerned.")
        String nationality,
        @JsonPropertyDescription("Code of the post that acknowledged.")
        String postCode,
        @JsonPropertyDescription("How the acknowledgement came: EMAIL, FAX, PHONE, DIPLOMATIC_NOTE or PORTAL.")
        @AllowedValues({"EMAIL", "FAX", "PHONE", "DIPLOMATIC_NOTE", "PORTAL"})
        @OptionalField
        String channel,
        @JsonPropertyDescription("When the post acknowledged (UTC).")
        Instant acknowledgedAt,
        @JsonPropertyDescription("Minutes from sending to acknowledgement, derived by notification-service.")
        long responseMinutes) {
}
