package id.go.wna.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.cases.domain.AdministrativeAction;
import id.go.wna.cases.domain.AdministrativeActionReference;
import id.go.wna.cases.domain.AdministrativeActionType;
import id.go.wna.cases.domain.Deportation;
import id.go.wna.cases.domain.TakRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdministrativeAction", description = "A TAK decision (UU 6/2011 Pasal 75(2))")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdministrativeActionView(UUID id, UUID caseId, AdministrativeActionType actionType,
                                       @Schema(example = "f") String letter, String decisionNumber, LocalDate decidedOn,
                                       LocalDate effectiveFrom, LocalDate effectiveUntil, boolean lifetime, Integer overstayDays,
                                       Long chargeAmountIdr,
                                       @Schema(example = "UU 6/2011 Pasal 75(2)(a), Pasal 97 as amended by UU 63/2024") String legalBasis,
                                       @Schema(description = "For an extension: the ban (its first decision) it extends") UUID extendsActionId,
                                       @Schema(description = "Exit and entry bans: the rule applied, the version in force on decidedOn") Rule rule,
                                       Instant recordedAt, DeportationView deportation) {

    static AdministrativeActionView of(AdministrativeAction a, Deportation d) {
        TakRule rule = a.ruleId == null ? null : TakRule.findById(a.ruleId);
        return new AdministrativeActionView(a.id, a.caseId, a.actionType, String.valueOf(a.actionType.letter), a.decisionNumber,
                a.decidedOn, a.effectiveFrom, a.effectiveUntil, a.lifetime, a.overstayDays, a.chargeAmountIdr, a.legalBasis,
                a.extendsActionId, rule == null ? null : Rule.of(rule), a.recordedAt, d == null ? null : DeportationView.of(d));
    }

    @Schema(name = "TakRule", description = "The terms the law set for an exit or entry ban in one period")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rule(@Schema(example = "EXIT_BAN/UU63-2024") String id, AdministrativeActionType actionType,
                       @Schema(example = "UU 63/2024", description = "The instrument that gave the article this wording") String instrument,
                       @Schema(example = "Pasal 97") String article,
                       @Schema(example = "UU 6/2011 Pasal 75(2)(a), Pasal 97 as amended by UU 63/2024") String legalBasis,
                       LocalDate effectiveFrom, @Schema(description = "Last day in force; absent while in force") LocalDate effectiveTo,
                       @Schema(description = "Longest first term", example = "6") int maxMonths,
                       @Schema(description = "How many extensions; absent when each time (no limit)", example = "1") Integer maxExtensions,
                       @Schema(description = "Longest extension", example = "6") Integer extensionMaxMonths,
                       boolean lifetimeAllowed,
                       @Schema(description = "What is not verified, starting with [check]; absent when verified") String check) {
        static Rule of(TakRule r) {
            return new Rule(r.id, r.actionType, r.instrument, r.article, r.legalBasis(), r.effectiveFrom, r.effectiveTo, r.maxMonths,
                    r.maxExtensions, r.extensionMaxMonths, r.lifetimeAllowed, r.checkNote);
        }
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
                            String descriptionEn,
                            @Schema(description = "Exit and entry bans: the terms by period, oldest first; empty when not time-bound")
                            List<Rule> rules) {
        static Reference of(AdministrativeActionReference r) {
            return new Reference(r.actionType, r.letter, r.actionType.legalBasis(), r.descriptionId, r.descriptionEn,
                    TakRule.versionsOf(r.actionType).stream().map(Rule::of).toList());
        }
    }
}
