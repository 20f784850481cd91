package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.LocalDate;
import java.util.List;

/**
 * Who the person is, as a notice to their consular post needs it. Restricted: only on {@code wna.custody-notices.v1}.
 *
 * @param surname          surname (primary identifier) as printed on the document
 * @param givenNames       given names as printed, if any
 * @param mrzName          the name field of the machine-readable zone, if there is one
 * @param sex              M, F or X
 * @param birthDate        date of birth, if known
 * @param birthPlace       place of birth, if known
 * @param nationalities    every nationality, ISO 3166-1 alpha-3
 * @param icaoNationality  ICAO Doc 9303 nationality code of the document, if it differs
 */
@JsonClassDescription("The person's identity as their consular post needs it (names as printed and as in the MRZ).")
public record PersonIdentity(
        @JsonPropertyDescription("The surname (primary identifier) as printed on the travel document, or as "
                + "stated when there is none; a mononym goes here.")
        String surname,
        @JsonPropertyDescription("The given names (secondary identifier) as printed, if any.")
        @OptionalField
        String givenNames,
        @JsonPropertyDescription("The name field of the document's machine-readable zone as read, e.g. "
                + "\"SURNAME<<GIVEN<NAMES\", when the document has one.")
        @OptionalField
        String mrzName,
        @JsonPropertyDescription("Sex as in ICAO Doc 9303: M, F or X (unspecified).")
        @AllowedValues({"M", "F", "X"})
        String sex,
        @JsonPropertyDescription("The date of birth, if known.")
        @OptionalField
        LocalDate birthDate,
        @JsonPropertyDescription("The place of birth, if known.")
        @OptionalField
        String birthPlace,
        @JsonPropertyDescription("Every nationality the person holds or claims, ISO 3166-1 alpha-3 (XXA stateless, "
                + "XXB/XXC refugee, XXX unspecified); dual nationals have one obligation per nationality.")
        List<String> nationalities,
        @JsonPropertyDescription("The ICAO Doc 9303 nationality code of the travel document when it differs from "
                + "ISO 3166-1 alpha-3 (e.g. D for Germany, GBD/GBN/GBO/GBP/GBS, UNO/UNA/UNK).")
        @OptionalField
        String icaoNationality) {
}
