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
                           @Schema(example = "UU 6/2011 Pasal 78(2); PP 45/2024") String legalBasis,
                           @Schema(description = "What the answer rests on that is not verified, starting with [check]; absent when nothing")
                           String check,
                           Tariff tariff) {

    static OverstayView of(Overstay o) {
        return new OverstayView(o.permitValidUntil(), o.on(), o.overstayDays(), o.consequence(), o.chargeIdr(), o.legalBasis(),
                o.check(), Tariff.of(o.tariff()));
    }

    @Schema(name = "OverstayTariff", description = "The charge per day set by a regulation, from effectiveFrom to effectiveTo")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tariff(LocalDate effectiveFrom, @Schema(description = "Last day in force; absent while in force") LocalDate effectiveTo,
                         @Schema(example = "PP 45/2024") String instrument,
                         @Schema(example = "1000000") long dailyRateIdr,
                         @Schema(example = "60") int deportationFromDays, String legalBasis,
                         @Schema(description = "What is not verified, starting with [check]") String check) {
        static Tariff of(OverstayTariff t) {
            return new Tariff(t.effectiveFrom, t.effectiveTo, t.instrument, t.dailyRateIdr, t.deportationFromDays, t.legalBasis,
                    t.checkNote);
        }
    }
}
