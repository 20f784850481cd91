package id.go.wna.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.cases.domain.Overstay;
import id.go.wna.cases.domain.OverstayTariff;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "OverstayAssessment", description = "What UU 6/2011 Pasal 78 says about an overstay on a given day")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverstayView(LocalDate permitValidUntil, LocalDate on,
                           @Schema(example = "59") int overstayDays,
                           @Schema(description = "NONE, CHARGE (under the threshold) or DEPORTATION_AND_ENTRY_BAN") Overstay.Consequence consequence,
                           @Schema(description = "For a CHARGE: days × the daily rate in force on the day", example = "59000000") Long chargeIdr,
                           String legalBasis, Tariff tariff) {

    static OverstayView of(Overstay o) {
        return new OverstayView(o.permitValidUntil(), o.on(), o.overstayDays(), o.consequence(), o.chargeIdr(), o.legalBasis(),
                Tariff.of(o.tariff()));
    }

    @Schema(name = "OverstayTariff")
    public record Tariff(LocalDate effectiveFrom, @Schema(example = "1000000") long dailyRateIdr,
                         @Schema(example = "60") int deportationFromDays, String legalBasis) {
        static Tariff of(OverstayTariff t) {
            return new Tariff(t.effectiveFrom, t.dailyRateIdr, t.deportationFromDays, t.legalBasis);
        }
    }
}
