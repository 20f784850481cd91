package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code ObligationOpened.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId}: a duty toward a foreign
 * consular post arose (one obligation per person, event and nationality).
 *
 * @param obligationId the obligation
 * @param caseId       the case behind it
 * @param custodyId    the custody episode, for a detention
 * @param personRef    pseudonymous reference of the person; null for a wreck or air accident
 * @param nationality  the nationality this obligation is about
 * @param trigger      what created the duty
 * @param legalBasis   the provision, e.g. "VCCR Art. 36(1)(b)"
 * @param triggeredAt  when the duty arose; the clocks run from it
 * @param openedAt     when notification-service opened the obligation
 */
@JsonClassDescription("A duty toward a foreign consular post arose: a detention (VCCR Art. 36(1)(b)), a death "
        + "(Art. 37(a)), a guardianship need (Art. 37(b)), a wreck or air accident (Art. 37(c)) or the arrest of "
        + "consular staff (Art. 42). One obligation per person, event and nationality (dual nationals get one per "
        + "nationality). Pseudonymous.")
public record ObligationOpened(
        @JsonPropertyDescription("The obligation (also the record key).")
        UUID obligationId,
        @JsonPropertyDescription("The case on wna.case-events.v1 behind the obligation.")
        UUID caseId,
        @JsonPropertyDescription("The custody episode, when the obligation is about a detention.")
        @OptionalField
        UUID custodyId,
        @JsonPropertyDescription("Pseudonymous reference of the person; absent for a wreck or air accident, which "
                + "concerns a ship or aircraft of the state rather than one person.")
        @OptionalField
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality this obligation is about.")
        String nationality,
        @JsonPropertyDescription("DETENTION (arrest, prison, pre-trial or immigration detention), DEATH, "
                + "GUARDIANSHIP, WRECK_OR_AIR_ACCIDENT, CONSULAR_STAFF_ARREST.")
        @AllowedValues({"DETENTION", "DEATH", "GUARDIANSHIP", "WRECK_OR_AIR_ACCIDENT", "CONSULAR_STAFF_ARREST"})
        String trigger,
        @JsonPropertyDescription("The provision, e.g. \"VCCR Art. 36(1)(b)\" or a bilateral consular convention.")
        String legalBasis,
        @JsonPropertyDescription("When the duty arose (arrest, identification as foreign, death; UTC); the "
                + "deadlines are computed from it.")
        Instant triggeredAt,
        @JsonPropertyDescription("When notification-service opened the obligation (UTC).")
        Instant openedAt) {
}
