package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code DeathNoticeIssued.v1} on {@code wna.custody-notices.v1} (restricted), key {@code caseId}: what a notice of
 * death under VCCR Art. 37(a) needs.
 *
 * @param caseId           the case
 * @param personRef        pseudonymous reference, to join with the shared topics
 * @param person           identity of the deceased
 * @param travelDocument   their travel document, if any
 * @param diedOn           date of death
 * @param diedAt           time of death, if known
 * @param placeOfDeath     where the person died
 * @param province         the Indonesian province
 * @param cause            cause of death, if known
 * @param remainsLocation  where the remains are
 * @param nextOfKin        next of kin known to the authorities
 * @param inCustody        whether the person died in custody
 * @param custodyId        the custody episode, when in custody
 * @param issuedAt         when the notice was issued
 */
@JsonClassDescription("What a notice of death to the consular post under VCCR Art. 37(a) needs: identity, date, "
        + "place, cause if known, location of the remains, next of kin, and whether the person was in custody. "
        + "RESTRICTED: identifiable personal and health data, readable by notification-service only.")
public record DeathNoticeIssued(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("Pseudonymous reference of the person, to join with the shared topics.")
        UUID personRef,
        @JsonPropertyDescription("The identity of the deceased.")
        PersonIdentity person,
        @JsonPropertyDescription("The travel document of the deceased, if any.")
        @OptionalField
        TravelDocument travelDocument,
        @JsonPropertyDescription("The date of death (local date where it occurred).")
        LocalDate diedOn,
        @JsonPropertyDescription("The time of death (UTC), if known.")
        @OptionalField
        Instant diedAt,
        @JsonPropertyDescription("Where the person died, as the notice states it.")
        String placeOfDeath,
        @JsonPropertyDescription("The Indonesian province where the person died.")
        String province,
        @JsonPropertyDescription("The cause of death, if known (e.g. as certified).")
        @OptionalField
        String cause,
        @JsonPropertyDescription("Where the remains are (hospital, morgue), if known.")
        @OptionalField
        String remainsLocation,
        @JsonPropertyDescription("Next of kin known to the authorities; may be empty.")
        List<NextOfKin> nextOfKin,
        @JsonPropertyDescription("Whether the person died in custody.")
        boolean inCustody,
        @JsonPropertyDescription("The custody episode, when the person died in custody.")
        @OptionalField
        UUID custodyId,
        @JsonPropertyDescription("When the notice was issued (UTC).")
        Instant issuedAt) {
}
