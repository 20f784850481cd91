package id.go.wna.contracts.presence;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code PersonArrived.v1} on {@code wna.presence-events.v1}, key {@code personRef}: a foreign national entered
 * Indonesia through a border post.
 *
 * @param personRef   pseudonymous reference of the person
 * @param nationality ISO 3166-1 alpha-3 nationality
 * @param sex         M, F or X
 * @param ageBand     age band on arrival
 * @param portOfEntry code of the border post (TPI)
 * @param province    province of the border post
 * @param entryBasis  visa or exemption the person entered on
 * @param arrivedAt   when the person entered
 */
@JsonClassDescription("A foreign national entered Indonesia through a border post (tempat pemeriksaan imigrasi, "
        + "TPI). Pseudonymous.")
public record PersonArrived(
        @JsonPropertyDescription("Pseudonymous reference of the person (also the record key).")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality of the travel document used.")
        String nationality,
        @JsonPropertyDescription("Sex as in ICAO Doc 9303: M, F or X (unspecified).")
        @AllowedValues({"M", "F", "X"})
        String sex,
        @JsonPropertyDescription("Age band on arrival; 0-17 marks a child.")
        @AllowedValues({"0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "UNKNOWN"})
        String ageBand,
        @JsonPropertyDescription("Reference-data code of the border post of entry.")
        String portOfEntry,
        @JsonPropertyDescription("The Indonesian province of the border post.")
        String province,
        @JsonPropertyDescription("What the person entered on: VISA_FREE, VISA_ON_ARRIVAL, E_VISA, VISA, "
                + "STAY_PERMIT (an ITAS/ITAP or diplomatic/service permit holder returning), OTHER.")
        @AllowedValues({"VISA_FREE", "VISA_ON_ARRIVAL", "E_VISA", "VISA", "STAY_PERMIT", "OTHER"})
        @OptionalField
        String entryBasis,
        @JsonPropertyDescription("When the person passed immigration inspection (UTC).")
        Instant arrivedAt) {
}
