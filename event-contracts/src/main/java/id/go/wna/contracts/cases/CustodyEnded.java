package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code CustodyEnded.v1} on {@code wna.case-events.v1}, key {@code caseId}: a custody episode ended.
 *
 * @param caseId        the case
 * @param custodyId     the custody episode
 * @param personRef     pseudonymous reference of the person
 * @param nationality   ISO 3166-1 alpha-3 nationality
 * @param endReason     why custody ended
 * @param endedAt       when custody ended
 * @param daysInCustody whole days from start to end, derived by case-service
 */
@JsonClassDescription("A custody episode ended. Pseudonymous.")
public record CustodyEnded(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("The custody episode.")
        UUID custodyId,
        @JsonPropertyDescription("Pseudonymous reference of the person.")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("Why custody ended: RELEASED (no further action), RELEASED_ON_BAIL (or suspended "
                + "detention), SENTENCE_SERVED, DEPORTED, DIED, ESCAPED, OTHER.")
        @AllowedValues({"RELEASED", "RELEASED_ON_BAIL", "SENTENCE_SERVED", "DEPORTED", "DIED", "ESCAPED", "OTHER"})
        String endReason,
        @JsonPropertyDescription("When custody ended (UTC).")
        Instant endedAt,
        @JsonPropertyDescription("Whole days from the start to the end of the episode, derived by case-service from "
                + "the custody events, never typed in.")
        int daysInCustody) {
}
