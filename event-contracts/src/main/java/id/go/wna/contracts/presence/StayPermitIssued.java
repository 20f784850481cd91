package id.go.wna.contracts.presence;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code StayPermitIssued.v1} on {@code wna.presence-events.v1}, key {@code personRef}: a stay permit (UU 6/2011
 * Pasal 48) or an exit permit only (EPO) was issued. The permit number never travels here.
 *
 * @param personRef   pseudonymous reference of the person
 * @param permitId    the permit record (not its number)
 * @param nationality ISO 3166-1 alpha-3 nationality
 * @param sex         M, F or X
 * @param ageBand     age band when issued
 * @param permitType  the kind of permit
 * @param issuer      IMIGRASI or KEMLU
 * @param province    province of residence declared for the permit, if any
 * @param validFrom   first day of validity
 * @param validUntil  last day of validity, if limited
 * @param issuedAt    when the permit was issued
 */
@JsonClassDescription("A stay permit (UU 6/2011 Pasal 48) or an exit permit only (EPO) was issued to a foreign "
        + "national. Pseudonymous: the permit number never travels on this topic.")
public record StayPermitIssued(
        @JsonPropertyDescription("Pseudonymous reference of the person (also the record key).")
        UUID personRef,
        @JsonPropertyDescription("The permit record in case-service; StayPermitEnded names it. Not the permit "
                + "number.")
        UUID permitId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("Sex as in ICAO Doc 9303: M, F or X (unspecified).")
        @AllowedValues({"M", "F", "X"})
        String sex,
        @JsonPropertyDescription("Age band when the permit was issued; 0-17 marks a child.")
        @AllowedValues({"0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "UNKNOWN"})
        String ageBand,
        @JsonPropertyDescription("DIPLOMATIC, SERVICE (dinas), ITK (visit), ITAS (limited), ITAP (permanent), or "
                + "EPO (exit permit only).")
        @AllowedValues({"DIPLOMATIC", "SERVICE", "ITK", "ITAS", "ITAP", "EPO"})
        String permitType,
        @JsonPropertyDescription("Who issued it: KEMLU (diplomatic and service permits, their EPO) or IMIGRASI.")
        @AllowedValues({"IMIGRASI", "KEMLU"})
        String issuer,
        @JsonPropertyDescription("The Indonesian province of residence declared for the permit, if any.")
        @OptionalField
        String province,
        @JsonPropertyDescription("The first day of validity.")
        LocalDate validFrom,
        @JsonPropertyDescription("The last day of validity, when limited.")
        @OptionalField
        LocalDate validUntil,
        @JsonPropertyDescription("When the permit was issued (UTC).")
        Instant issuedAt) {
}
