package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code AccessConducted.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId}: a consular visit or call
 * took place.
 *
 * @param obligationId          the obligation
 * @param accessRequestId       the access request
 * @param nationality           the nationality concerned
 * @param postCode              the post that visited
 * @param mode                  IN_PERSON, PHONE or VIDEO
 * @param conductedAt           when the visit took place
 * @param firstVisit            whether it is the first visit of the custody episode
 * @param daysSinceCustodyStart whole days from the start of custody, derived
 * @param durationMinutes       length of the visit, if recorded
 */
@JsonClassDescription("A consular visit or call took place. The date of last visit, days to first visit and "
        + "similar figures are derived from these events, never typed in. Pseudonymous.")
public record AccessConducted(
        @JsonPropertyDescription("The obligation.")
        UUID obligationId,
        @JsonPropertyDescription("The access request, as named by AccessRequested.")
        UUID accessRequestId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality concerned.")
        String nationality,
        @JsonPropertyDescription("Code of the post whose officers visited.")
        String postCode,
        @JsonPropertyDescription("IN_PERSON, PHONE or VIDEO.")
        @AllowedValues({"IN_PERSON", "PHONE", "VIDEO"})
        String mode,
        @JsonPropertyDescription("When the visit or call took place (UTC).")
        Instant conductedAt,
        @JsonPropertyDescription("Whether this is the first consular visit of the custody episode.")
        boolean firstVisit,
        @JsonPropertyDescription("Whole days from the start of custody to this visit, derived by "
                + "notification-service; absent when the obligation is not about a detention.")
        @OptionalField
        Integer daysSinceCustodyStart,
        @JsonPropertyDescription("The length of the visit in minutes, if recorded.")
        @OptionalField
        Integer durationMinutes) {
}
