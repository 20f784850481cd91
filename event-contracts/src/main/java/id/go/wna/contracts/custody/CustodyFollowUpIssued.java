package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code CustodyFollowUpIssued.v1} on {@code wna.custody-notices.v1} (restricted), key {@code caseId}: a later stage
 * of a custody episode that the post must hear about (transfer, illness, release, deportation, death in custody, the
 * stages of a death-penalty case). The identity is not repeated: it is in the episode's
 * {@code CustodyNoticeIssued.v1}.
 *
 * @param caseId              the case
 * @param custodyId           the custody episode
 * @param personRef           pseudonymous reference of the person
 * @param stage               which stage
 * @param occurredAt          when it happened
 * @param newPlaceOfDetention the place the person is held now, after a transfer or admission
 * @param court               the court, for sentencing and appeal stages
 * @param scheduledAt         when a scheduled step (execution, departure) is due
 * @param details             a short factual note for the letter
 * @param issuedAt            when the follow-up was issued
 */
@JsonClassDescription("A later stage of a custody episode the consular post must be told about: transfer, "
        + "hospital admission or serious illness, release, deportation, death in custody, and every stage of a "
        + "death-penalty case (charge, sentence, final appeal, before execution). RESTRICTED: readable by "
        + "notification-service only.")
public record CustodyFollowUpIssued(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("The custody episode, as named by CustodyNoticeIssued.")
        UUID custodyId,
        @JsonPropertyDescription("Pseudonymous reference of the person.")
        UUID personRef,
        @JsonPropertyDescription("TRANSFER, HOSPITAL_ADMISSION, SERIOUS_ILLNESS, RELEASE, DEPORTATION, "
                + "DEATH_IN_CUSTODY, DEATH_PENALTY_CHARGED (prosecution demands death), DEATH_SENTENCE_IMPOSED, "
                + "DEATH_SENTENCE_FINAL_APPEAL (decided), DEATH_SENTENCE_CASE_REVIEW_FILED and _DECIDED (peninjauan "
                + "kembali, PK), DEATH_SENTENCE_CLEMENCY_FILED and _DECIDED (grasi), EXECUTION_SCHEDULED (notify before "
                + "execution), EXECUTION_NOTICE_GIVEN (the 3 x 24 h notice to the convict, UU 2/PNPS/1964; scheduledAt: "
                + "the execution).")
        @AllowedValues({"TRANSFER", "HOSPITAL_ADMISSION", "SERIOUS_ILLNESS", "RELEASE", "DEPORTATION",
                "DEATH_IN_CUSTODY", "DEATH_PENALTY_CHARGED", "DEATH_SENTENCE_IMPOSED", "DEATH_SENTENCE_FINAL_APPEAL",
                "EXECUTION_SCHEDULED", "DEATH_SENTENCE_CASE_REVIEW_FILED", "DEATH_SENTENCE_CASE_REVIEW_DECIDED",
                "DEATH_SENTENCE_CLEMENCY_FILED", "DEATH_SENTENCE_CLEMENCY_DECIDED", "EXECUTION_NOTICE_GIVEN"})
        String stage,
        @JsonPropertyDescription("When the stage was reached (UTC).")
        Instant occurredAt,
        @JsonPropertyDescription("Where the person is held now, after a transfer or a hospital admission.")
        @OptionalField
        PlaceOfDetention newPlaceOfDetention,
        @JsonPropertyDescription("The court, for the charge, sentence and appeal stages (e.g. \"Pengadilan Negeri "
                + "Denpasar\").")
        @OptionalField
        String court,
        @JsonPropertyDescription("When a scheduled step is due (execution, deportation departure), if scheduled.")
        @OptionalField
        Instant scheduledAt,
        @JsonPropertyDescription("A short factual note for the letter to the post.")
        @OptionalField
        String details,
        @JsonPropertyDescription("When the follow-up was issued (UTC).")
        Instant issuedAt) {
}
