package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code DeathRecorded.v1} on {@code wna.case-events.v1}, key {@code caseId}: the death of a foreign national was
 * recorded (VCCR Art. 37(a) requires notifying the post). The details a notice needs go on
 * {@code wna.custody-notices.v1} as {@code DeathNoticeIssued.v1}.
 *
 * @param caseId        the case
 * @param personRef     pseudonymous reference of the person
 * @param nationality   ISO 3166-1 alpha-3 nationality
 * @param sex           M, F or X
 * @param ageBand       age band at death
 * @param province      province where the death occurred
 * @param diedOn        date of death
 * @param inCustody     whether the person was in custody
 * @param custodyId     the custody episode, when in custody
 * @param causeCategory coarse category of the cause, if known
 * @param recordedAt    when the death was recorded
 */
@JsonClassDescription("The death of a foreign national was recorded (VCCR Art. 37(a): the post is notified without "
        + "delay). Pseudonymous: the cause travels only as a coarse category; details go on the restricted topic.")
public record DeathRecorded(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("Pseudonymous reference of the person.")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("Sex as in ICAO Doc 9303: M, F or X (unspecified).")
        @AllowedValues({"M", "F", "X"})
        String sex,
        @JsonPropertyDescription("Age band at death; 0-17 marks a child.")
        @AllowedValues({"0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "UNKNOWN"})
        String ageBand,
        @JsonPropertyDescription("The Indonesian province where the death occurred.")
        String province,
        @JsonPropertyDescription("The date of death (local date where it occurred).")
        LocalDate diedOn,
        @JsonPropertyDescription("Whether the person was in custody when they died (death in custody).")
        boolean inCustody,
        @JsonPropertyDescription("The custody episode, when the person died in custody.")
        @OptionalField
        UUID custodyId,
        @JsonPropertyDescription("Coarse category of the cause, for statistics only (health data is specific "
                + "personal data, UU 27/2022): ILLNESS, ACCIDENT, VIOLENCE, SUICIDE, EXECUTION, UNKNOWN.")
        @AllowedValues({"ILLNESS", "ACCIDENT", "VIOLENCE", "SUICIDE", "EXECUTION", "UNKNOWN"})
        @OptionalField
        String causeCategory,
        @JsonPropertyDescription("When the death was recorded (UTC).")
        Instant recordedAt) {
}
