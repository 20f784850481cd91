package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;

import id.go.wna.contracts.OptionalField;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code CaseOpened.v1} on {@code wna.case-events.v1}, key {@code caseId}: Imigrasi opened a case about a foreign
 * national. Pseudonymous: no name, document or birth date ever travels on this topic.
 *
 * @param caseId      the case
 * @param kind        CRIMINAL, CIVIL, IMMIGRATION_CRIME, ADMINISTRATIVE_ACTION, DEATH, GUARDIANSHIP or WRECK_OR_CRASH
 * @param status      the case status after opening (REPORTED)
 * @param nationality ISO 3166-1 alpha-3 code of the person's nationality
 * @param province    the Indonesian province where the case is handled
 * @param openedAt    when the case was opened
 * @param caseNumber  the readable case number, if assigned
 * @param provinceCode BPS code of the province, if known
 */
@JsonClassDescription("Imigrasi opened a case about a foreign national. Pseudonymous: no name, document number or "
        + "birth date.")
public record CaseOpened(
        @JsonPropertyDescription("The case (also the record key and the CloudEvents subject).")
        UUID caseId,
        @JsonPropertyDescription("The kind of case: CRIMINAL (pidana umum), CIVIL (perdata), IMMIGRATION_CRIME "
                + "(tindak pidana keimigrasian), ADMINISTRATIVE_ACTION (tindakan administratif keimigrasian, TAK), DEATH "
                + "(VCCR Art. 37(a)), GUARDIANSHIP (Art. 37(b)) or WRECK_OR_CRASH (Art. 37(c)).")
        @AllowedValues({"CRIMINAL", "CIVIL", "IMMIGRATION_CRIME", "ADMINISTRATIVE_ACTION", "DEATH", "GUARDIANSHIP",
                "WRECK_OR_CRASH"})
        String kind,
        @JsonPropertyDescription("The case status after opening: REPORTED (OPEN before the lifecycle of REPORTED, "
                + "VERIFIED, ACTIVE, RESOLVED, ARCHIVED); later statuses come with CaseStatusChanged.")
        String status,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality (XXA stateless, XXB/XXC "
                + "refugee, XXX unspecified, as in ICAO Doc 9303).")
        String nationality,
        @JsonPropertyDescription("The Indonesian province where the case is handled, as case-service records "
                + "it (e.g. \"Bali\").")
        String province,
        @JsonPropertyDescription("When the case was opened (UTC).")
        Instant openedAt,
        @JsonPropertyDescription("The readable case number officers quote, e.g. IMC-51-2026-00042 (kind, BPS "
                + "province code, year, sequence). Not personal data.")
        @OptionalField
        String caseNumber,
        @JsonPropertyDescription("BPS code of the province, e.g. \"51\" for Bali.")
        @OptionalField
        String provinceCode) {
}
