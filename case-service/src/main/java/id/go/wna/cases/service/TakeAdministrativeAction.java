package id.go.wna.cases.service;

import id.go.wna.cases.domain.AdministrativeActionType;
import id.go.wna.cases.domain.Deportation;

import java.time.LocalDate;

/**
 * A TAK decision (UU 6/2011 Pasal 75(2)) about the person of the case. A ban's term is {@code effectiveUntil} or
 * {@code durationMonths}, or {@code lifetime}; a CHARGE is an amount or an overstay ({@code permitValidUntil}); a
 * DEPORTATION has its {@code deportation} terms.
 */
public record TakeAdministrativeAction(AdministrativeActionType actionType, String decisionNumber, LocalDate decidedOn,
                                       LocalDate effectiveFrom, LocalDate effectiveUntil, Integer durationMonths, boolean lifetime,
                                       LocalDate permitValidUntil, Long chargeAmountIdr, String reason,
                                       DeportationTerms deportation) {

    /** How the person is to leave, and the entry ban imposed with it. */
    public record DeportationTerms(String destinationCountry, LocalDate plannedDepartureOn, Deportation.CostBearer costBorneBy,
                                   LocalDate entryBanUntil, boolean awaitingTravelDocument) {
    }
}
