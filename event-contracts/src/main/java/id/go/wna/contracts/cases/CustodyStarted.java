package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code CustodyStarted.v1} on {@code wna.case-events.v1}, key {@code caseId}: the person of a case was arrested,
 * committed to prison, held pending trial or detained in any other manner (immigration detention included): the
 * event that starts the consular clocks of VCCR Art. 36(1)(b).
 *
 * @param caseId                the case
 * @param custodyId             the custody episode
 * @param personRef             pseudonymous reference of the person
 * @param nationality           ISO 3166-1 alpha-3 nationality
 * @param sex                   M, F or X
 * @param ageBand               age band when custody started
 * @param province              province of the place of detention
 * @param custodyType           the kind of custody
 * @param facilityType          the kind of place of detention
 * @param facilityCode          reference-data code of the place of detention, if known
 * @param arrestingAuthority    reference-data code of the arresting authority
 * @param startedAt             when the person was deprived of liberty
 * @param identifiedForeignAt   when the authorities knew the person was foreign, if later than startedAt
 */
@JsonClassDescription("A foreign national was arrested, committed to prison, held pending trial or detained in any "
        + "other manner (immigration detention included). Starts the consular notification clocks of VCCR Art. "
        + "36(1)(b). Pseudonymous: the identity a notice needs travels on wna.custody-notices.v1 only.")
public record CustodyStarted(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("The custody episode; later transfers and the end of custody name it.")
        UUID custodyId,
        @JsonPropertyDescription("Pseudonymous reference of the person.")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality (the first one for a "
                + "multiple national; the custody notice lists all).")
        String nationality,
        @JsonPropertyDescription("Sex as in ICAO Doc 9303: M, F or X (unspecified).")
        @AllowedValues({"M", "F", "X"})
        String sex,
        @JsonPropertyDescription("Age band when custody started; 0-17 marks a child.")
        @AllowedValues({"0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "UNKNOWN"})
        String ageBand,
        @JsonPropertyDescription("The Indonesian province of the place of detention.")
        String province,
        @JsonPropertyDescription("ARREST (police or immigration arrest), POLICE_DETENTION (penahanan by the police during "
                + "investigation), PRE_TRIAL_DETENTION (held pending trial), "
                + "IMMIGRATION_DETENTION (UU 6/2011 Pasal 83-85, Rudenim or ruang detensi), IMPRISONMENT (serving a "
                + "sentence), HOSPITAL_IN_CUSTODY (treated in hospital under guard), OTHER.")
        @AllowedValues({"ARREST", "POLICE_DETENTION", "PRE_TRIAL_DETENTION", "IMMIGRATION_DETENTION", "IMPRISONMENT",
                "HOSPITAL_IN_CUSTODY", "OTHER"})
        String custodyType,
        @JsonPropertyDescription("The kind of place: RUDENIM (immigration detention centre), RUANG_DETENSI "
                + "(detention room of an immigration office), POLICE_CELL, RUTAN (remand centre), LAPAS (prison), "
                + "HOSPITAL, OTHER.")
        @AllowedValues({"RUDENIM", "RUANG_DETENSI", "POLICE_CELL", "RUTAN", "LAPAS", "HOSPITAL", "OTHER"})
        String facilityType,
        @JsonPropertyDescription("Reference-data code of the place of detention (e.g. a Rudenim), if known.")
        @OptionalField
        String facilityCode,
        @JsonPropertyDescription("Reference-data code of the arresting or detaining authority (e.g. IMIGRASI, "
                + "POLRI, KEJAKSAAN, PEMASYARAKATAN); agency names change, codes stay.")
        String arrestingAuthority,
        @JsonPropertyDescription("When the person was deprived of liberty (UTC).")
        Instant startedAt,
        @JsonPropertyDescription("When the authorities knew the person was a foreign national, when later than "
                + "startedAt; the rights-advisement clock runs from it.")
        @OptionalField
        Instant identifiedForeignAt) {
}
