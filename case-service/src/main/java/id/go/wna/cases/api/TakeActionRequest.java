package id.go.wna.cases.api;

import id.go.wna.cases.domain.AdministrativeActionType;
import id.go.wna.cases.domain.Deportation;
import id.go.wna.cases.service.TakeAdministrativeAction;
import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "An immigration administrative action (TAK, UU 6/2011 Pasal 75(2)) decided about the person of the case")
public record TakeActionRequest(
        @NotNull @Schema(required = true, example = "DEPORTATION") AdministrativeActionType actionType,
        @NotBlank @Size(max = 100) @Schema(required = true, example = "W20.IMI.IMI.4-GR.02.01-0412") String decisionNumber,
        @NotNull @Schema(required = true, example = "2026-11-20") @PlausibleDate LocalDate decidedOn,
        @Schema(description = "First day it applies; the decision date when left out") @PlausibleDate LocalDate effectiveFrom,
        @Schema(description = "Last day it applies (bans); or give durationMonths") @PlausibleDate LocalDate effectiveUntil,
        @Min(1) @Max(120) @Schema(description = "Length from effectiveFrom, instead of effectiveUntil", example = "6") Integer durationMonths,
        @Schema(description = "An entry ban for life (UU 63/2024)") boolean lifetime,
        @Schema(description = "CHARGE for an overstay: the permit's last valid day; the person's recorded permit when left out")
        @PlausibleDate LocalDate permitValidUntil,
        @PositiveOrZero @Schema(description = "CHARGE not for an overstay: the amount in rupiah") Long chargeAmountIdr,
        @Size(max = 500) @Schema(description = "Grounds, in a few words") String reason,
        @Valid @Schema(description = "Required for DEPORTATION") DeportationDetails deportation) {

    TakeAdministrativeAction command() {
        return new TakeAdministrativeAction(actionType, decisionNumber, decidedOn, effectiveFrom, effectiveUntil, durationMonths,
                lifetime, permitValidUntil, chargeAmountIdr, reason, deportation == null ? null
                : new TakeAdministrativeAction.DeportationTerms(deportation.destinationCountry(), deportation.plannedDepartureOn(),
                deportation.costBorneBy(), deportation.entryBanUntil(), deportation.awaitingTravelDocument()));
    }

    @Schema(description = "How the person is to leave")
    public record DeportationDetails(
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code in capitals")
            @Schema(required = true, example = "NGA") String destinationCountry,
            @PlausibleDate LocalDate plannedDepartureOn,
            @NotNull @Schema(required = true, description = "PERSON is the deportee themself; MISSION their embassy or consulate",
                    example = "SPONSOR") Deportation.CostBearer costBorneBy,
            @Schema(description = "Last day of the entry ban (penangkalan) imposed with it", example = "2032-11-20") @PlausibleDate LocalDate entryBanUntil,
            @Schema(description = "Waiting for the person's mission to issue a travel document") boolean awaitingTravelDocument) {
    }
}
