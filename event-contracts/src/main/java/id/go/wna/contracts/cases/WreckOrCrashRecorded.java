package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code WreckOrCrashRecorded.v1} on {@code wna.case-events.v1}, key {@code caseId}: a ship of a foreign state was
 * wrecked or ran aground, or an aircraft registered there had an accident, in Indonesia (VCCR Art. 37(c): the nearest
 * post is told without delay). About a craft, not a person: no personal data.
 *
 * @param caseId         the case
 * @param craftType      SHIP or AIRCRAFT
 * @param flagState      ISO 3166-1 alpha-3 flag (ship) or registration (aircraft) state
 * @param craft          the ship's name or the flight number
 * @param registration   IMO number or aircraft registration mark
 * @param occurredAt     when it happened
 * @param province       province where it happened
 * @param personsOnBoard persons on board, if known
 * @param dead           dead, if known
 * @param missing        missing, if known
 * @param recordedAt     when it was recorded
 */
@JsonClassDescription("A ship of a foreign state was wrecked or ran aground, or an aircraft registered there had an "
        + "accident, in Indonesian territory (VCCR Art. 37(c)). No personal data.")
public record WreckOrCrashRecorded(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("SHIP or AIRCRAFT.")
        @AllowedValues({"SHIP", "AIRCRAFT"})
        String craftType,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the ship's flag state or the aircraft's state of registry: the "
                + "state whose post is told.")
        String flagState,
        @JsonPropertyDescription("The ship's name or the flight number.")
        String craft,
        @JsonPropertyDescription("The IMO number of a ship or the registration mark of an aircraft, if known.")
        @OptionalField
        String registration,
        @JsonPropertyDescription("When the wreck or accident happened (UTC).")
        Instant occurredAt,
        @JsonPropertyDescription("The Indonesian province where it happened (or the nearest, at sea).")
        String province,
        @JsonPropertyDescription("Persons on board, if known.")
        @OptionalField
        Integer personsOnBoard,
        @JsonPropertyDescription("Persons dead, if known.")
        @OptionalField
        Integer dead,
        @JsonPropertyDescription("Persons missing, if known.")
        @OptionalField
        Integer missing,
        @JsonPropertyDescription("When case-service recorded it (UTC).")
        Instant recordedAt) {
}
