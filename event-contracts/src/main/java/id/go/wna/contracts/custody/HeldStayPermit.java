package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.LocalDate;

/**
 * The stay permit the person holds (or last held). Restricted: only on {@code wna.custody-notices.v1}.
 *
 * @param permitType DIPLOMATIC, SERVICE, ITK, ITAS, ITAP or EPO
 * @param number     the permit number, if known
 * @param validUntil last day of validity, if known
 * @param valid      whether it was valid at the time of arrest
 */
@JsonClassDescription("The stay permit the person holds or last held.")
public record HeldStayPermit(
        @JsonPropertyDescription("DIPLOMATIC, SERVICE (dinas), ITK, ITAS, ITAP or EPO (UU 6/2011 Pasal 48).")
        @AllowedValues({"DIPLOMATIC", "SERVICE", "ITK", "ITAS", "ITAP", "EPO"})
        String permitType,
        @JsonPropertyDescription("The permit number, if known.")
        @OptionalField
        String number,
        @JsonPropertyDescription("The last day of validity, if known.")
        @OptionalField
        LocalDate validUntil,
        @JsonPropertyDescription("Whether the permit was valid at the time of arrest.")
        boolean valid) {
}
