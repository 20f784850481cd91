package id.go.wna.reciprocity.api;

import id.go.wna.reciprocity.domain.VisaRegime;
import id.go.wna.reciprocity.service.VisaRegimeBook;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The visa regime each way between Indonesia and a country, whole. Openness: VISA_FREE 1, "
        + "VISA_ON_ARRIVAL_OR_EVISA 0.6, VISA_REQUIRED 0.3, RESTRICTED 0.")
public record VisaRegimeRequest(
        @NotNull @Schema(required = true, description = "What Indonesia applies to the country's nationals", example = "VISA_ON_ARRIVAL_OR_EVISA")
        VisaRegime indonesiaToCountry,
        @NotNull @Schema(required = true, description = "What the country applies to Indonesians", example = "VISA_REQUIRED")
        VisaRegime countryToIndonesia,
        @Positive @Schema(description = "Days of stay Indonesia grants without a visa or on arrival (only for VISA_FREE or "
                + "VISA_ON_ARRIVAL_OR_EVISA), at most 365", example = "30") Integer stayDaysIndonesiaGrants,
        @Positive @Schema(description = "Days of stay the country grants Indonesians likewise", example = "30") Integer stayDaysCountryGrants,
        @Size(max = 1000) @Schema(description = "The legal basis, e.g. \"Perpres 21/2016\", a Permenkumham, a bilateral agreement",
                example = "Perpres 21/2016 tentang Bebas Visa Kunjungan") String legalBasis,
        @Size(max = 2000) String notes) {

    public VisaRegimeBook.Input input() {
        return new VisaRegimeBook.Input(indonesiaToCountry, countryToIndonesia, stayDaysIndonesiaGrants, stayDaysCountryGrants,
                legalBasis, notes);
    }
}
