package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code NoticeSent.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId}: a notice went to a foreign
 * consular post.
 *
 * @param obligationId    the obligation
 * @param noticeId        the notice
 * @param nationality     the nationality concerned
 * @param postCode        the post addressed
 * @param kind            INITIAL, FOLLOW_UP, DEATH or CORRECTION
 * @param basis           why the post is notified
 * @param channel         how it was sent
 * @param referenceNumber Kemlu's reference number of the notice
 * @param sentAt          when it was sent
 * @param delayMinutes    minutes from the trigger to sending
 * @param late            whether it was sent after its deadline
 */
@JsonClassDescription("A notice went to a foreign consular post (a late notice is still sent, and marked late). "
        + "Pseudonymous: the letter's content stays in notification-service.")
public record NoticeSent(
        @JsonPropertyDescription("The obligation.")
        UUID obligationId,
        @JsonPropertyDescription("The notice; NoticeAcknowledged names it.")
        UUID noticeId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality concerned.")
        String nationality,
        @JsonPropertyDescription("Code of the post addressed, from the foreign-mission directory.")
        String postCode,
        @JsonPropertyDescription("INITIAL (the first notice of the obligation), FOLLOW_UP (transfer, illness, "
                + "release, sentence...), DEATH, CORRECTION.")
        @AllowedValues({"INITIAL", "FOLLOW_UP", "DEATH", "CORRECTION"})
        String kind,
        @JsonPropertyDescription("REQUESTED (the person asked), MANDATORY (bilateral arrangement), ARTICLE_37 "
                + "(death, guardianship, wreck), ARTICLE_42 (consular staff), SUPERVISED_OVERRIDE, KEMLU_POLICY_MINOR "
                + "(a detained child, notified by Kemlu policy), DEATH_PENALTY_CASE (a stage of a death-penalty case, told "
                + "whatever the person said).")
        @AllowedValues({"REQUESTED", "MANDATORY", "ARTICLE_37", "ARTICLE_42", "SUPERVISED_OVERRIDE", "KEMLU_POLICY_MINOR",
                "DEATH_PENALTY_CASE"})
        String basis,
        @JsonPropertyDescription("EMAIL, FAX, PHONE, DIPLOMATIC_NOTE (nota diplomatik) or PORTAL.")
        @AllowedValues({"EMAIL", "FAX", "PHONE", "DIPLOMATIC_NOTE", "PORTAL"})
        String channel,
        @JsonPropertyDescription("Kemlu's reference number of the notice (not a personal identifier).")
        String referenceNumber,
        @JsonPropertyDescription("When the notice was sent (UTC).")
        Instant sentAt,
        @JsonPropertyDescription("Minutes from the trigger to sending, derived by notification-service.")
        long delayMinutes,
        @JsonPropertyDescription("Whether the notice was sent after its deadline.")
        boolean late) {
}
