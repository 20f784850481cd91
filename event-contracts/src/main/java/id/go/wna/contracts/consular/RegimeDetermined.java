package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code RegimeDetermined.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId}: which notification regime
 * applies to an obligation, why, and the deadlines that follow. Determined again when the facts change.
 *
 * @param obligationId          the obligation
 * @param nationality           the nationality the regime is for
 * @param regime                MANDATORY, ON_REQUEST, NOT_APPLICABLE, ESCALATED or SUPPRESSED
 * @param reasons               codes of the rules that decided
 * @param explanation           the decision in plain words
 * @param postCode              the post to notify, if any
 * @param advisementDueAt       deadline to advise the person of their rights
 * @param notificationWarningAt when a notification still unsent raises a warning
 * @param notificationDueAt     deadline to notify the post
 * @param determinedAt          when the regime was determined
 */
@JsonClassDescription("Which consular notification regime applies to an obligation, why, and the deadlines that "
        + "follow. Determined again (a new event) when the facts change, e.g. asylum claim, refusal withdrawn, "
        + "nationality corrected. Pseudonymous.")
public record RegimeDetermined(
        @JsonPropertyDescription("The obligation.")
        UUID obligationId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality the regime is for.")
        String nationality,
        @JsonPropertyDescription("MANDATORY (a bilateral arrangement: notify even if the person objects), "
                + "ON_REQUEST (the VCCR default: the person decides), NOT_APPLICABLE (no duty: e.g. Indonesian "
                + "nationality, stateless with no post), ESCALATED (diplomatic immunity or consular staff: handled by "
                + "Protocol outside the ordinary flow), SUPPRESSED (asylum seeker or refugee: the country of origin "
                + "is not notified without a supervised override), PENDING (the nationality is unspecified, XXX: the duty waits "
                + "while the nationality is established, on its own clock).")
        @AllowedValues({"MANDATORY", "ON_REQUEST", "NOT_APPLICABLE", "ESCALATED", "SUPPRESSED", "PENDING"})
        String regime,
        @JsonPropertyDescription("Codes of the rules that decided, in the order applied (ARTICLE_37: a guardianship "
                + "need or a wreck or air accident, notified whatever anyone wants; KEMLU_POLICY_MINOR: a detained child "
                + "notified by Kemlu policy, not by a bilateral arrangement; NATIONALITY_UNKNOWN: XXX, to be established).")
        @AllowedValues({"VCCR_DEFAULT", "BILATERAL_MANDATORY", "INDONESIAN_NATIONAL", "STATELESS",
                "ASYLUM_SEEKER_OR_REFUGEE", "SUPERVISED_OVERRIDE", "DIPLOMATIC_IMMUNITY", "CONSULAR_STAFF",
                "DEATH_ALWAYS_NOTIFIED", "ARTICLE_37", "MINOR", "NON_RECOGNISED_STATE_OFFICE", "NO_POST",
                "KEMLU_POLICY_MINOR", "NATIONALITY_UNKNOWN"})
        List<String> reasons,
        @JsonPropertyDescription("The decision in plain words, for the officer and the audit trail, e.g. "
                + "\"Australia: mandatory notification under the bilateral arrangement; notify within 72 h\".")
        String explanation,
        @JsonPropertyDescription("Code of the consular post to notify (from the foreign-mission directory; e.g. "
                + "TETO Jakarta for Taiwan), when one applies.")
        @OptionalField
        String postCode,
        @JsonPropertyDescription("Deadline to advise the person of the right to consular notification (UTC); "
                + "absent when no advisement is due.")
        @OptionalField
        Instant advisementDueAt,
        @JsonPropertyDescription("When a notification still unsent raises a warning (UTC; default 24 h after the "
                + "trigger); absent when no notification is due yet.")
        @OptionalField
        Instant notificationWarningAt,
        @JsonPropertyDescription("Deadline to notify the post (UTC; default 72 h after the trigger, or the treaty's "
                + "limit); absent under ON_REQUEST until the person asks, and when no notification is due.")
        @OptionalField
        Instant notificationDueAt,
        @JsonPropertyDescription("When the regime was determined (UTC).")
        Instant determinedAt) {
}
