package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code DeadlineBreached.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId}: a consular deadline passed
 * with its step still open.
 *
 * @param obligationId the obligation
 * @param nationality  the nationality concerned
 * @param clock        which clock
 * @param dueAt        the deadline that passed
 * @param breachedAt   when the breach was detected
 */
@JsonClassDescription("A consular deadline passed with its step still open (default: notification breached at "
        + "72 h). The step is still done afterwards, and marked late. Pseudonymous.")
public record DeadlineBreached(
        @JsonPropertyDescription("The obligation.")
        UUID obligationId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality concerned.")
        String nationality,
        @JsonPropertyDescription("ADVISEMENT, NOTIFICATION (the initial notice or a follow-up), ACKNOWLEDGEMENT or ACCESS (a "
                + "requested visit not held in time: before this value existed), ACCESS_TARGET_MISSED (a requested visit not held "
                + "within the service target, default 96 h: the VCCR sets no deadline for a visit, so this is a target "
                + "missed, not a breach), NATIONALITY (an unspecified nationality, XXX, "
                + "not established in time).")
        @AllowedValues({"ADVISEMENT", "NOTIFICATION", "ACKNOWLEDGEMENT", "ACCESS", "NATIONALITY", "ACCESS_TARGET_MISSED"})
        String clock,
        @JsonPropertyDescription("The deadline that passed (UTC).")
        Instant dueAt,
        @JsonPropertyDescription("When the breach was detected (UTC).")
        Instant breachedAt) {
}
