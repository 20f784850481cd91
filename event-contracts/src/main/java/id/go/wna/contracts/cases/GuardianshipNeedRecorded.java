package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code GuardianshipNeedRecorded.v1} on {@code wna.case-events.v1}, key {@code caseId}: a foreign minor or an adult
 * lacking full capacity appears to need a guardian or trustee (VCCR Art. 37(b): the post is told without delay). The
 * identity a notice needs goes on {@code wna.custody-notices.v1} as {@code GuardianshipNoticeIssued.v1}.
 *
 * @param caseId       the case
 * @param personRef    pseudonymous reference of the person
 * @param nationality  ISO 3166-1 alpha-3 nationality
 * @param sex          M, F or X
 * @param ageBand      age band when identified
 * @param province     province where the person is
 * @param reason       why a guardian is needed
 * @param identifiedAt when the need became known
 */
@JsonClassDescription("A foreign minor or an adult lacking full capacity appears to need a guardian or trustee (VCCR "
        + "Art. 37(b)). Pseudonymous; the identity goes on the restricted topic.")
public record GuardianshipNeedRecorded(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("Pseudonymous reference of the person.")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("Sex as in ICAO Doc 9303: M, F or X (unspecified).")
        @AllowedValues({"M", "F", "X"})
        String sex,
        @JsonPropertyDescription("Age band when the need was identified; 0-17 marks a child.")
        @AllowedValues({"0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "UNKNOWN"})
        String ageBand,
        @JsonPropertyDescription("The Indonesian province where the person is.")
        String province,
        @JsonPropertyDescription("UNACCOMPANIED_MINOR, MINOR_WITH_PARENTS_DETAINED_OR_DECEASED, ADULT_LACKING_CAPACITY, OTHER.")
        @AllowedValues({"UNACCOMPANIED_MINOR", "MINOR_WITH_PARENTS_DETAINED_OR_DECEASED", "ADULT_LACKING_CAPACITY", "OTHER"})
        String reason,
        @JsonPropertyDescription("When the need became known to the authorities (UTC); the consular clock runs from it.")
        Instant identifiedAt) {
}
