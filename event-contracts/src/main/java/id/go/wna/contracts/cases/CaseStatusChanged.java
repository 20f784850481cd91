package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.OptionalField;

import id.go.wna.contracts.AllowedValues;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code CaseStatusChanged.v1} on {@code wna.case-events.v1}, key {@code caseId}: a case moved to another status of
 * the case state machine.
 *
 * @param caseId         the case
 * @param nationality    ISO 3166-1 alpha-3 nationality of the person concerned
 * @param previousStatus the status before the transition
 * @param status         the status after the transition
 * @param reason         why, in a few words; optional
 * @param changedAt      when the transition happened
 * @param stage          where an ACTIVE case now is
 * @param outcome        how a RESOLVED case ended
 */
@JsonClassDescription("A case moved to another status of the case state machine (validated by case-service).")
public record CaseStatusChanged(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("The status before the transition.")
        String previousStatus,
        @JsonPropertyDescription("The status after the transition. The set of statuses grows with the case "
                + "lifecycle: readers treat an unknown status as 'other'.")
        String status,
        @JsonPropertyDescription("Why the status changed, in a few words; never personal details.")
        @OptionalField
        String reason,
        @JsonPropertyDescription("When the transition happened (UTC).")
        Instant changedAt,
        @JsonPropertyDescription("Where an ACTIVE case now is: INVESTIGATION, PROSECUTION, TRIAL, SERVING_SENTENCE, "
                + "ADMINISTRATIVE_PROCESS, DETAINED_AWAITING_DEPORTATION; absent for other statuses.")
        @AllowedValues({"INVESTIGATION", "PROSECUTION", "TRIAL", "SERVING_SENTENCE", "ADMINISTRATIVE_PROCESS",
                "DETAINED_AWAITING_DEPORTATION"})
        @OptionalField
        String stage,
        @JsonPropertyDescription("How a RESOLVED case ended: RELEASED, ACQUITTED, DEPORTED, SENTENCE_COMPLETED, "
                + "TRANSFERRED_ABROAD, DECEASED, WITHDRAWN; absent before resolution.")
        @AllowedValues({"RELEASED", "ACQUITTED", "DEPORTED", "SENTENCE_COMPLETED", "TRANSFERRED_ABROAD", "DECEASED",
                "WITHDRAWN"})
        @OptionalField
        String outcome) {
}
