package id.go.wna.reciprocity.api;

import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.service.OutboundReportInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What one source reported on Indonesians (WNI) in one country for one month. Every count is optional: "
        + "left out (or null) means not reported, which is not 0. At least one count is given. Consistency: "
        + "wniNotifiedWithin72h <= wniNotified <= wniDetained, wniAccessGranted <= wniAccessRequested (a part needs its whole).")
public record OutboundReportRequest(
        @NotNull @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
        @Schema(required = true, description = "ISO 3166-1 alpha-3 of the country the Indonesians are in", example = "MYS") String country,
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month YYYY-MM")
        @Schema(required = true, description = "The month reported (YYYY-MM), not after the current one", example = "2026-10") String month,
        @NotBlank @Size(max = OutboundReportInput.MAX_SOURCE_LENGTH)
        @Schema(required = true, description = "Who reports: Portal Peduli WNI, or the mission", example = "KBRI Kuala Lumpur") String source,
        @PositiveOrZero @Max(OutboundReportInput.MAX_COUNT)
        @Schema(description = "Indonesians present in the country (a stock, at the end of the month)", example = "1200000") Long wniPresent,
        @PositiveOrZero @Max(OutboundReportInput.MAX_COUNT)
        @Schema(description = "Cases involving Indonesians opened in the month", example = "310") Long wniCases,
        @PositiveOrZero @Max(OutboundReportInput.MAX_COUNT)
        @Schema(description = "Indonesians arrested or detained", example = "120") Long wniDetained,
        @PositiveOrZero @Max(OutboundReportInput.MAX_COUNT)
        @Schema(description = "Of those, arrests the country notified to the Indonesian post", example = "90") Long wniNotified,
        @PositiveOrZero @Max(OutboundReportInput.MAX_COUNT)
        @Schema(description = "Of those notified, notified within 72 h of the arrest", example = "60") Long wniNotifiedWithin72h,
        @PositiveOrZero @Max(OutboundReportInput.MAX_COUNT)
        @Schema(description = "Consular access requested by Indonesian consuls", example = "40") Long wniAccessRequested,
        @PositiveOrZero @Max(OutboundReportInput.MAX_COUNT)
        @Schema(description = "Of those, access granted", example = "35") Long wniAccessGranted,
        @PositiveOrZero @Max(OutboundReportInput.MAX_COUNT)
        @Schema(description = "Indonesians deported by the country", example = "700") Long wniDeported) {

    public OutboundReportInput input() {
        return new OutboundReportInput(country, month, source, new CountryFacts.Outbound(wniPresent, wniCases, wniDetained, wniNotified,
                wniNotifiedWithin72h, wniAccessRequested, wniAccessGranted, wniDeported));
    }
}
