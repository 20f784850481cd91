package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

/**
 * A next of kin of a deceased person, as known to the authorities.
 *
 * @param name         full name
 * @param relationship SPOUSE, PARTNER, PARENT, CHILD, SIBLING, GUARDIAN or OTHER
 * @param contact      phone, e-mail or address, if known
 * @param country      ISO 3166-1 alpha-3 country of residence, if known
 * @param informed     whether the authorities already informed them, if known
 */
@JsonClassDescription("A next of kin of a deceased person, as known to the authorities.")
public record NextOfKin(
        @JsonPropertyDescription("The next of kin's full name.")
        String name,
        @JsonPropertyDescription("The relationship to the deceased.")
        @AllowedValues({"SPOUSE", "PARTNER", "PARENT", "CHILD", "SIBLING", "GUARDIAN", "OTHER"})
        String relationship,
        @JsonPropertyDescription("How to reach them (phone, e-mail or address), if known.")
        @OptionalField
        String contact,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of their country of residence, if known.")
        @OptionalField
        String country,
        @JsonPropertyDescription("Whether the Indonesian authorities already informed them, if known.")
        @OptionalField
        Boolean informed) {
}
