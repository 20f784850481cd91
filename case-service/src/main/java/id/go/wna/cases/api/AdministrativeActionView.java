package id.go.wna.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.cases.domain.AdministrativeAction;
import id.go.wna.cases.domain.AdministrativeActionReference;
import id.go.wna.cases.domain.AdministrativeActionType;
import id.go.wna.cases.domain.Deportation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdministrativeAction", description = "A TAK decision (UU 6/2011 Pasal 75(2))")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdministrativeActionView(UUID id, UUID caseId, AdministrativeActionType actionType,
                                       @Schema(example = "f") String letter, String decisionNumber, LocalDate decidedOn,
                                       LocalDate effectiveFrom, LocalDate effectiveUntil, boolean lifetime, Integer overstayDays,
                                       Long chargeAmountIdr, String legalBasis, Instant recordedAt, DeportationView deportation) {

    static AdministrativeActionView of(AdministrativeAction a, Deportation d) {
        return new AdministrativeActionView(a.id, a.caseId, a.actionType, String.valueOf(a.actionType.letter), a.decisionNumber,
                a.decidedOn, a.effectiveFrom, a.effectiveUntil, a.lifetime, a.overstayDays, a.chargeAmountIdr, a.legalBasis,
                a.recordedAt, d == null ? null : DeportationView.of(d));
    }

    @Schema(name = "Deportation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeportationView(UUID id, UUID caseId, String destinationCountry, LocalDate plannedDepartureOn,
                                  Deportation.CostBearer costBorneBy, LocalDate entryBanUntil, boolean awaitingTravelDocument,
                                  LocalDate travelDocumentIssuedOn, String portOfExit, Instant departedAt, Instant decidedAt,
                                  int version) {
        static DeportationView of(Deportation d) {
            return new DeportationView(d.id, d.caseId, d.destinationCountry, d.plannedDepartureOn, d.costBorneBy, d.entryBanUntil,
                    d.awaitingTravelDocument, d.travelDocumentIssuedOn, d.portOfExit, d.departedAt, d.decidedAt, d.version);
        }
    }

    @Schema(name = "AdministrativeActionReference", description = "An action of Pasal 75(2)")
    public record Reference(AdministrativeActionType actionType, String letter, String legalBasis, String descriptionId,
                            String descriptionEn, @Schema(description = "Longest first term; absent when not time-bound") Integer maxMonths,
                            boolean lifetimeAllowed) {
        static Reference of(AdministrativeActionReference r) {
            return new Reference(r.actionType, r.letter, r.actionType.legalBasis(), r.descriptionId, r.descriptionEn, r.maxMonths,
                    r.lifetimeAllowed);
        }
    }
}
