package id.go.wna.reciprocity.api;

import id.go.wna.reciprocity.domain.CountryVisaRegime;
import id.go.wna.reciprocity.domain.VisaRegime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "The visa regime each way; configured=false: none recorded for the country (every other field null)")
public record VisaRegimeView(
        @Schema(example = "AUS") String country,
        boolean configured,
        VisaRegime indonesiaToCountry,
        @Schema(description = "Its openness score (1, 0.6, 0.3, 0)", example = "0.6") Double indonesiaToCountryOpenness,
        VisaRegime countryToIndonesia,
        @Schema(example = "0.3") Double countryToIndonesiaOpenness,
        Integer stayDaysIndonesiaGrants,
        Integer stayDaysCountryGrants,
        String legalBasis,
        String notes,
        Instant updatedAt,
        String updatedBy,
        @Schema(description = "Also the ETag; null when not configured") Long version) {

    public static VisaRegimeView of(CountryVisaRegime r) {
        return new VisaRegimeView(r.country, true, r.indonesiaToCountry, r.indonesiaToCountry.openness, r.countryToIndonesia,
                r.countryToIndonesia.openness, r.stayDaysIndonesiaGrants, r.stayDaysCountryGrants, r.legalBasis, r.notes,
                r.updatedAt, r.updatedBy, r.version);
    }

    public static VisaRegimeView notConfigured(String country) {
        return new VisaRegimeView(country, false, null, null, null, null, null, null, null, null, null, null, null);
    }
}
