package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

/**
 * Where the person is held, so that consular officers can visit.
 *
 * @param facilityType the kind of place
 * @param facilityCode reference-data code, if known
 * @param name         the name a visitor needs
 * @param address      the street address, if known
 * @param province     the Indonesian province
 */
@JsonClassDescription("Where the person is held, as a visiting consular officer needs it.")
public record PlaceOfDetention(
        @JsonPropertyDescription("RUDENIM, RUANG_DETENSI, POLICE_CELL, RUTAN (remand centre), LAPAS (prison), "
                + "HOSPITAL, OTHER.")
        @AllowedValues({"RUDENIM", "RUANG_DETENSI", "POLICE_CELL", "RUTAN", "LAPAS", "HOSPITAL", "OTHER"})
        String facilityType,
        @JsonPropertyDescription("Reference-data code of the place, if known.")
        @OptionalField
        String facilityCode,
        @JsonPropertyDescription("The place's name, e.g. \"Rumah Detensi Imigrasi Denpasar\".")
        String name,
        @JsonPropertyDescription("The street address of the place, if known.")
        @OptionalField
        String address,
        @JsonPropertyDescription("The Indonesian province.")
        String province) {
}
