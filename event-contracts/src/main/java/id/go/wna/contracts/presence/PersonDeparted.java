package id.go.wna.contracts.presence;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code PersonDeparted.v1} on {@code wna.presence-events.v1}, key {@code personRef}: a foreign national left
 * Indonesia through a border post.
 *
 * @param personRef    pseudonymous reference of the person
 * @param nationality  ISO 3166-1 alpha-3 nationality
 * @param portOfExit   code of the border post (TPI)
 * @param province     province of the border post
 * @param overstayDays days stayed beyond the permit, if any
 * @param departedAt   when the person left
 */
@JsonClassDescription("A foreign national left Indonesia through a border post. Pseudonymous.")
public record PersonDeparted(
        @JsonPropertyDescription("Pseudonymous reference of the person (also the record key).")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality of the travel document used.")
        String nationality,
        @JsonPropertyDescription("Reference-data code of the border post of exit.")
        String portOfExit,
        @JsonPropertyDescription("The Indonesian province of the border post.")
        String province,
        @JsonPropertyDescription("Days the person stayed beyond their permit (UU 6/2011 Pasal 78); absent or 0 "
                + "when none.")
        @OptionalField
        Integer overstayDays,
        @JsonPropertyDescription("When the person passed immigration inspection (UTC).")
        Instant departedAt) {
}
