package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code DeadlineWarningRaised.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId}: a consular clock
 * reached its warning point while its step is still open.
 *
 * @param obligationId the obligation
 * @param nationality  the nationality concerned
 * @param clock        which clock
 * @param dueAt        the deadline the warning is about
 * @param raisedAt     when the warning was raised
 */
@JsonClassDescription("A consular clock reached its warning point while its step is still open (defaults: notify "
        + "warning at 24 h; chase the acknowledgement 48 h after sending). Pseudonymous.")
public record DeadlineWarningRaised(
        @JsonPropertyDescription("The obligation.")
        UUID obligationId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality concerned.")
        String nationality,
        @JsonPropertyDescription("ADVISEMENT (rights not yet advised), NOTIFICATION (post not yet notified), "
                + "ACKNOWLEDGEMENT (notice not yet acknowledged: chase the post), ACCESS (a requested visit not "
                + "yet held), NATIONALITY (an unspecified nationality, XXX, not yet established).")
        @AllowedValues({"ADVISEMENT", "NOTIFICATION", "ACKNOWLEDGEMENT", "ACCESS", "NATIONALITY"})
        String clock,
        @JsonPropertyDescription("The deadline the warning is about (UTC).")
        Instant dueAt,
        @JsonPropertyDescription("When the warning was raised (UTC).")
        Instant raisedAt) {
}
