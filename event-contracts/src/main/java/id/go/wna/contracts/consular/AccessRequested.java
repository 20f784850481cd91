package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code AccessRequested.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId}: consular access to a
 * detained national was requested (VCCR Art. 36(1)(c)).
 *
 * @param obligationId    the obligation
 * @param accessRequestId the access request
 * @param nationality     the nationality concerned
 * @param postCode        the post that will visit
 * @param mode            IN_PERSON, PHONE or VIDEO
 * @param requestedBy     POST or DETAINEE
 * @param requestedAt     when access was requested
 * @param preferredAt     the time asked for, if any
 */
@JsonClassDescription("Consular access to a detained national was requested (VCCR Art. 36(1)(c)): a visit in "
        + "person, a phone call or a video call. Pseudonymous.")
public record AccessRequested(
        @JsonPropertyDescription("The obligation.")
        UUID obligationId,
        @JsonPropertyDescription("The access request; AccessConducted names it.")
        UUID accessRequestId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality concerned.")
        String nationality,
        @JsonPropertyDescription("Code of the post whose officers will visit.")
        String postCode,
        @JsonPropertyDescription("IN_PERSON, PHONE or VIDEO.")
        @AllowedValues({"IN_PERSON", "PHONE", "VIDEO"})
        String mode,
        @JsonPropertyDescription("Who asked: POST (the consular post) or DETAINEE.")
        @AllowedValues({"POST", "DETAINEE"})
        String requestedBy,
        @JsonPropertyDescription("When access was requested (UTC).")
        Instant requestedAt,
        @JsonPropertyDescription("The time the requester asked for, if any (UTC).")
        @OptionalField
        Instant preferredAt) {
}
