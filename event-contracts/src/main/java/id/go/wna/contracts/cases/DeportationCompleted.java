package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code DeportationCompleted.v1} on {@code wna.case-events.v1}, key {@code caseId}: the person left Indonesia under
 * a deportation decision.
 *
 * @param caseId                      the case
 * @param deportationId               the deportation
 * @param personRef                   pseudonymous reference of the person
 * @param nationality                 ISO 3166-1 alpha-3 nationality
 * @param destinationCountry          ISO 3166-1 alpha-3 code of the destination
 * @param portOfExit                  code of the border post (TPI) of departure
 * @param costBorneBy                 who paid the journey
 * @param daysWaitingForTravelDocument days spent waiting for the mission's travel document, if any
 * @param departedAt                  when the person left
 */
@JsonClassDescription("A foreign national left Indonesia under a deportation decision. Pseudonymous.")
public record DeportationCompleted(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("The deportation, as named by DeportationDecided.")
        UUID deportationId,
        @JsonPropertyDescription("Pseudonymous reference of the person.")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the country the person was sent to.")
        String destinationCountry,
        @JsonPropertyDescription("Reference-data code of the border post (tempat pemeriksaan imigrasi, TPI) of "
                + "departure.")
        String portOfExit,
        @JsonPropertyDescription("Who paid the journey: PERSON (the deportee), SPONSOR, FAMILY, CARRIER, MISSION (the "
                + "foreign mission), STATE (Indonesia), OTHER.")
        @AllowedValues({"PERSON", "SPONSOR", "FAMILY", "CARRIER", "MISSION", "STATE", "OTHER"})
        @OptionalField
        String costBorneBy,
        @JsonPropertyDescription("Days the person waited for their country's mission (PNA) to issue a travel "
                + "document, derived from the case events; a reciprocity indicator.")
        @OptionalField
        Integer daysWaitingForTravelDocument,
        @JsonPropertyDescription("When the person left Indonesia (UTC).")
        Instant departedAt) {
}
