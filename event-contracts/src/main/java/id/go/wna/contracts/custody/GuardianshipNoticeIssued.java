package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code GuardianshipNoticeIssued.v1} on {@code wna.custody-notices.v1} (restricted), key {@code caseId}: what a
 * notice under VCCR Art. 37(b) needs: who the person is, why a guardian is needed, where and with whom they are.
 *
 * @param caseId        the case
 * @param personRef     pseudonymous reference, to join with the shared topics
 * @param person        identity of the minor or adult lacking capacity
 * @param travelDocument their travel document, if any
 * @param reason        why a guardian is needed
 * @param currentCare   where and with whom the person is now
 * @param province      the Indonesian province
 * @param identifiedAt  when the need became known
 * @param issuedAt      when the notice was issued
 */
@JsonClassDescription("What a notice to the consular post under VCCR Art. 37(b) needs: the identity of a minor or an "
        + "adult lacking full capacity, why a guardian appears needed and who cares for them now. RESTRICTED: readable by "
        + "notification-service only.")
public record GuardianshipNoticeIssued(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("Pseudonymous reference of the person, to join with the shared topics.")
        UUID personRef,
        @JsonPropertyDescription("The identity of the person.")
        PersonIdentity person,
        @JsonPropertyDescription("The person's travel document, if any.")
        @OptionalField
        TravelDocument travelDocument,
        @JsonPropertyDescription("UNACCOMPANIED_MINOR, MINOR_WITH_PARENTS_DETAINED_OR_DECEASED, ADULT_LACKING_CAPACITY, OTHER.")
        @AllowedValues({"UNACCOMPANIED_MINOR", "MINOR_WITH_PARENTS_DETAINED_OR_DECEASED", "ADULT_LACKING_CAPACITY", "OTHER"})
        String reason,
        @JsonPropertyDescription("Where and with whom the person is now (shelter, hospital, relative), if known.")
        @OptionalField
        String currentCare,
        @JsonPropertyDescription("The Indonesian province where the person is.")
        String province,
        @JsonPropertyDescription("When the need became known (UTC).")
        Instant identifiedAt,
        @JsonPropertyDescription("When the notice was issued (UTC).")
        Instant issuedAt) {
}
