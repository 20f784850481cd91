package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.LocalDate;

/**
 * A travel document held by the person. Restricted: only on {@code wna.custody-notices.v1}.
 *
 * @param type         the kind of document
 * @param number       the document number
 * @param issuingState ISO 3166-1 alpha-3 code of the issuing state or organisation
 * @param expiresOn    the expiry date, if known
 */
@JsonClassDescription("A travel document held by the person.")
public record TravelDocument(
        @JsonPropertyDescription("PASSPORT, DIPLOMATIC_PASSPORT, SERVICE_PASSPORT, REFUGEE_TRAVEL_DOCUMENT (1951 "
                + "Convention), STATELESS_TRAVEL_DOCUMENT, EMERGENCY_TRAVEL_DOCUMENT (laissez-passer), OTHER.")
        @AllowedValues({"PASSPORT", "DIPLOMATIC_PASSPORT", "SERVICE_PASSPORT", "REFUGEE_TRAVEL_DOCUMENT",
                "STATELESS_TRAVEL_DOCUMENT", "EMERGENCY_TRAVEL_DOCUMENT", "OTHER"})
        String type,
        @JsonPropertyDescription("The document number as printed (TD3: 9 characters).")
        String number,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the issuing state (or UNO etc. for an organisation).")
        String issuingState,
        @JsonPropertyDescription("The expiry date, if known.")
        @OptionalField
        LocalDate expiresOn) {
}
