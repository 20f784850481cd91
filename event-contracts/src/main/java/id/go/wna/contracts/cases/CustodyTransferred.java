package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code CustodyTransferred.v1} on {@code wna.case-events.v1}, key {@code caseId}: a detained person was moved to
 * another place of detention (or to hospital) within the same custody episode.
 *
 * @param caseId           the case
 * @param custodyId        the custody episode
 * @param personRef        pseudonymous reference of the person
 * @param nationality      ISO 3166-1 alpha-3 nationality
 * @param fromFacilityType the kind of place left
 * @param fromFacilityCode code of the place left, if known
 * @param toFacilityType   the kind of place reached
 * @param toFacilityCode   code of the place reached, if known
 * @param toProvince       province of the place reached
 * @param reason           why, as a code
 * @param transferredAt    when the transfer happened
 */
@JsonClassDescription("A detained foreign national was moved to another place of detention or to hospital within "
        + "the same custody episode. Pseudonymous.")
public record CustodyTransferred(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("The custody episode.")
        UUID custodyId,
        @JsonPropertyDescription("Pseudonymous reference of the person.")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("The kind of place the person left.")
        @AllowedValues({"RUDENIM", "RUANG_DETENSI", "POLICE_CELL", "RUTAN", "LAPAS", "HOSPITAL", "OTHER"})
        String fromFacilityType,
        @JsonPropertyDescription("Reference-data code of the place the person left, if known.")
        @OptionalField
        String fromFacilityCode,
        @JsonPropertyDescription("The kind of place the person was moved to.")
        @AllowedValues({"RUDENIM", "RUANG_DETENSI", "POLICE_CELL", "RUTAN", "LAPAS", "HOSPITAL", "OTHER"})
        String toFacilityType,
        @JsonPropertyDescription("Reference-data code of the place the person was moved to, if known.")
        @OptionalField
        String toFacilityCode,
        @JsonPropertyDescription("The Indonesian province of the place the person was moved to.")
        String toProvince,
        @JsonPropertyDescription("Why: CAPACITY, SECURITY, MEDICAL, COURT_PROCEEDINGS, AWAITING_DEPORTATION, "
                + "SENTENCE (moved to serve a sentence), OTHER.")
        @AllowedValues({"CAPACITY", "SECURITY", "MEDICAL", "COURT_PROCEEDINGS", "AWAITING_DEPORTATION", "SENTENCE",
                "OTHER"})
        String reason,
        @JsonPropertyDescription("When the transfer happened (UTC).")
        Instant transferredAt) {
}
