package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code WelfareStatusChanged.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId} when the report is
 * tied to an obligation, otherwise {@code welfareReportId}: the monitored status of a foreign national in a crisis
 * changed.
 *
 * @param welfareReportId the welfare report
 * @param obligationId    the obligation it belongs to, if any
 * @param personRef       pseudonymous reference of the person, if known
 * @param nationality     ISO 3166-1 alpha-3 nationality
 * @param province        the Indonesian province, if known
 * @param crisis          code of the crisis monitored
 * @param previousStatus  the status before, if any
 * @param status          the status now
 * @param changedAt       when the status changed
 */
@JsonClassDescription("The monitored status of a foreign national in a crisis (e.g. COVID-19) changed. Health "
        + "status is specific personal data (UU 27/2022): only the coarse status travels, with a pseudonymous "
        + "reference.")
public record WelfareStatusChanged(
        @JsonPropertyDescription("The welfare report (the record key when no obligation applies).")
        UUID welfareReportId,
        @JsonPropertyDescription("The obligation the report belongs to, if any (then also the record key).")
        @OptionalField
        UUID obligationId,
        @JsonPropertyDescription("Pseudonymous reference of the person, if known.")
        @OptionalField
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("The Indonesian province where the person is, if known.")
        @OptionalField
        String province,
        @JsonPropertyDescription("Code of the crisis monitored, from reference data (e.g. \"COVID-19\").")
        String crisis,
        @JsonPropertyDescription("The status before the change, if any.")
        @AllowedValues({"CLOSE_CONTACT", "CONFIRMED", "RECOVERED", "RETURNED_TO_HOME_COUNTRY", "DIED"})
        @OptionalField
        String previousStatus,
        @JsonPropertyDescription("CLOSE_CONTACT, CONFIRMED, RECOVERED, RETURNED_TO_HOME_COUNTRY or DIED.")
        @AllowedValues({"CLOSE_CONTACT", "CONFIRMED", "RECOVERED", "RETURNED_TO_HOME_COUNTRY", "DIED"})
        String status,
        @JsonPropertyDescription("When the status changed (UTC).")
        Instant changedAt) {
}
