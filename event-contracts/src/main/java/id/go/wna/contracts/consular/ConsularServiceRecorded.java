package id.go.wna.contracts.consular;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code ConsularServiceRecorded.v1} on {@code kemlu.consular-events.v1}, key {@code obligationId} when the service is
 * tied to an obligation, otherwise {@code serviceId}: Kemlu's consular services log gained an entry.
 *
 * @param serviceId    the log entry
 * @param obligationId the obligation it belongs to, if any
 * @param serviceType  the kind of service
 * @param nationality  the nationality (or the mission's country) concerned, if any
 * @param count        how many persons or documents the entry counts
 * @param occurredOn   the day the service was given
 * @param recordedAt   when it was recorded
 */
@JsonClassDescription("Kemlu's consular services log gained an entry: hotline case, flight clearance for an "
        + "evacuation, evacuation assistance with a foreign mission, exit permit only (EPO) or diplomatic/service "
        + "stay permit documents, humanitarian discretion. Counts, not identities.")
public record ConsularServiceRecorded(
        @JsonPropertyDescription("The log entry (the record key when no obligation applies).")
        UUID serviceId,
        @JsonPropertyDescription("The obligation the service belongs to, if any (then also the record key).")
        @OptionalField
        UUID obligationId,
        @JsonPropertyDescription("HOTLINE_CASE, FLIGHT_CLEARANCE, EVACUATION_ASSISTANCE, EXIT_PERMIT_ONLY, "
                + "DIPLOMATIC_STAY_PERMIT, SERVICE_STAY_PERMIT, HUMANITARIAN_DISCRETION, OTHER.")
        @AllowedValues({"HOTLINE_CASE", "FLIGHT_CLEARANCE", "EVACUATION_ASSISTANCE", "EXIT_PERMIT_ONLY",
                "DIPLOMATIC_STAY_PERMIT", "SERVICE_STAY_PERMIT", "HUMANITARIAN_DISCRETION", "OTHER"})
        String serviceType,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the nationality (or the mission's country) concerned, "
                + "if any.")
        @OptionalField
        String nationality,
        @JsonPropertyDescription("How many the entry counts: persons evacuated, documents issued, clearances "
                + "granted; 1 for a single case.")
        int count,
        @JsonPropertyDescription("The day the service was given.")
        LocalDate occurredOn,
        @JsonPropertyDescription("When the entry was recorded (UTC).")
        Instant recordedAt) {
}
