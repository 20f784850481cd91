package id.go.wna.contracts.presence;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code StayPermitEnded.v1} on {@code wna.presence-events.v1}, key {@code personRef}: a stay permit stopped being
 * valid.
 *
 * @param personRef   pseudonymous reference of the person
 * @param permitId    the permit record
 * @param nationality ISO 3166-1 alpha-3 nationality
 * @param permitType  the kind of permit
 * @param endReason   why it ended
 * @param endedAt     when it ended
 */
@JsonClassDescription("A stay permit stopped being valid. Pseudonymous.")
public record StayPermitEnded(
        @JsonPropertyDescription("Pseudonymous reference of the person (also the record key).")
        UUID personRef,
        @JsonPropertyDescription("The permit record, as named by StayPermitIssued.")
        UUID permitId,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("DIPLOMATIC, SERVICE, ITK, ITAS, ITAP or EPO.")
        @AllowedValues({"DIPLOMATIC", "SERVICE", "ITK", "ITAS", "ITAP", "EPO"})
        String permitType,
        @JsonPropertyDescription("EXPIRED, CANCELLED (TAK, UU 6/2011 Pasal 75(2)(b)), CONVERTED (replaced by "
                + "another permit, e.g. ITAS to ITAP), SURRENDERED (holder left for good), DECEASED, OTHER.")
        @AllowedValues({"EXPIRED", "CANCELLED", "CONVERTED", "SURRENDERED", "DECEASED", "OTHER"})
        String endReason,
        @JsonPropertyDescription("When the permit stopped being valid (UTC).")
        Instant endedAt) {
}
