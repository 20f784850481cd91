package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code OffenceRecorded.v1} on {@code wna.case-events.v1}, key {@code caseId}: an offence (an immigration crime of
 * UU 6/2011 Pasal 113–136 or a general crime) was recorded against the person of a case.
 *
 * @param caseId             the case
 * @param offenceId          the offence record
 * @param personRef          pseudonymous reference of the person
 * @param nationality        ISO 3166-1 alpha-3 nationality
 * @param sex                M, F or X
 * @param ageBand            age band at the time of recording
 * @param province           province where the case is handled
 * @param category           IMMIGRATION_CRIME or GENERAL_CRIME
 * @param statute            the law, e.g. "UU 6/2011"
 * @param article            the article (pasal), e.g. "119"
 * @param offenceCode        the reference-catalogue code of the offence
 * @param detentionPermitted whether the article permits detention (Pasal 109); optional
 * @param committedOn        date the offence was committed, if known
 * @param recordedAt         when the offence was recorded
 */
@JsonClassDescription("An offence was recorded against the person of a case: an immigration crime (UU 6/2011 "
        + "Pasal 113-136) or a general crime. Pseudonymous.")
public record OffenceRecorded(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("The offence record (unique; a case may have several offences).")
        UUID offenceId,
        @JsonPropertyDescription("Pseudonymous reference of the person: stable across cases, meaningless outside "
                + "case-service.")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("Sex as in ICAO Doc 9303: M, F or X (unspecified).")
        @AllowedValues({"M", "F", "X"})
        String sex,
        @JsonPropertyDescription("Age band at the time of recording; 0-17 marks a child.")
        @AllowedValues({"0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "UNKNOWN"})
        String ageBand,
        @JsonPropertyDescription("The Indonesian province where the case is handled.")
        String province,
        @JsonPropertyDescription("IMMIGRATION_CRIME (tindak pidana keimigrasian) or GENERAL_CRIME.")
        @AllowedValues({"IMMIGRATION_CRIME", "GENERAL_CRIME"})
        String category,
        @JsonPropertyDescription("The statute, e.g. \"UU 6/2011\" (Keimigrasian) or \"KUHP\".")
        String statute,
        @JsonPropertyDescription("The article (pasal) of the statute, e.g. \"119\" or \"122(a)\".")
        String article,
        @JsonPropertyDescription("Code of the offence in case-service's reference catalogue "
                + "(GET /api/v1/reference/offences).")
        String offenceCode,
        @JsonPropertyDescription("Whether the article permits detention (UU 6/2011 Pasal 109).")
        @OptionalField
        Boolean detentionPermitted,
        @JsonPropertyDescription("The date the offence was committed, if known.")
        @OptionalField
        LocalDate committedOn,
        @JsonPropertyDescription("When the offence was recorded (UTC).")
        Instant recordedAt) {
}
