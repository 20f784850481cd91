package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code RightsAdvised.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId}: the detained person was told
 * of the right to have their consular post notified, and answered (VCCR Art. 36(1)(b), last sentence).
 *
 * @param obligationId          the obligation
 * @param nationality           the nationality concerned
 * @param advisedAt             when the person was advised
 * @param language              language of the advisement
 * @param interpreterUsed       whether an interpreter was used
 * @param answer                the person's answer
 * @param opposesConsularAccess whether the person expressly opposes consular action (Art. 36(1)(c))
 * @param delayMinutes          minutes from the trigger to the advisement
 * @param late                  whether the advisement missed its deadline
 */
@JsonClassDescription("The detained person was told of the right to have their consular post notified, and "
        + "answered (VCCR Art. 36(1)(b)). A later RightsAdvised for the same obligation supersedes the earlier "
        + "answer (a refusal can be withdrawn). Pseudonymous: the officer's identity stays in notification-service.")
public record RightsAdvised(
        @JsonPropertyDescription("The obligation.")
        UUID obligationId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality concerned.")
        String nationality,
        @JsonPropertyDescription("When the person was advised (UTC).")
        Instant advisedAt,
        @JsonPropertyDescription("The language of the advisement, ISO 639 code (e.g. \"en\").")
        String language,
        @JsonPropertyDescription("Whether an interpreter was used.")
        boolean interpreterUsed,
        @JsonPropertyDescription("NOTIFY_REQUESTED (the person asks that the post be notified), NOTIFY_DECLINED "
                + "(the person refuses: under a MANDATORY regime the post is notified anyway), NO_ANSWER (unable or "
                + "unwilling to answer).")
        @AllowedValues({"NOTIFY_REQUESTED", "NOTIFY_DECLINED", "NO_ANSWER"})
        String answer,
        @JsonPropertyDescription("Whether the person expressly opposes consular action (visits, correspondence; VCCR "
                + "Art. 36(1)(c)).")
        boolean opposesConsularAccess,
        @JsonPropertyDescription("Minutes from the trigger (or identification as foreign) to the advisement, derived "
                + "by notification-service.")
        long delayMinutes,
        @JsonPropertyDescription("Whether the advisement came after its deadline.")
        boolean late) {
}
