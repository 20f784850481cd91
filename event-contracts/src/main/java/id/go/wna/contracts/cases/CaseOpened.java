package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code CaseOpened.v1} on {@code wna.case-events.v1}, key {@code caseId}: Imigrasi opened a case about a foreign
 * national. Pseudonymous: no name, document or birth date ever travels on this topic.
 *
 * @param caseId      the case
 * @param kind        CRIMINAL, CIVIL, IMMIGRATION_CRIME or ADMINISTRATIVE_ACTION
 * @param status      the case status after opening (OPEN)
 * @param nationality ISO 3166-1 alpha-3 code of the person's nationality
 * @param province    the Indonesian province where the case is handled
 * @param openedAt    when the case was opened
 */
@JsonClassDescription("Imigrasi opened a case about a foreign national. Pseudonymous: no name, document number or "
        + "birth date.")
public record CaseOpened(
        @JsonPropertyDescription("The case (also the record key and the CloudEvents subject).")
        UUID caseId,
        @JsonPropertyDescription("The kind of case: CRIMINAL (pidana umum), CIVIL (perdata), IMMIGRATION_CRIME "
                + "(tindak pidana keimigrasian) or ADMINISTRATIVE_ACTION (tindakan administratif keimigrasian, TAK).")
        @AllowedValues({"CRIMINAL", "CIVIL", "IMMIGRATION_CRIME", "ADMINISTRATIVE_ACTION"})
        String kind,
        @JsonPropertyDescription("The case status after opening (OPEN); later statuses come with CaseStatusChanged.")
        String status,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality (XXA stateless, XXB/XXC "
                + "refugee, XXX unspecified, as in ICAO Doc 9303).")
        String nationality,
        @JsonPropertyDescription("The Indonesian province where the case is handled, as case-service records "
                + "it (e.g. \"Bali\").")
        String province,
        @JsonPropertyDescription("When the case was opened (UTC).")
        Instant openedAt) {
}
