package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code AdministrativeActionTaken.v1} on {@code wna.case-events.v1}, key {@code caseId}: an immigration
 * administrative action (tindakan administratif keimigrasian, TAK, UU 6/2011 Pasal 75(2)) was imposed.
 *
 * @param caseId          the case
 * @param actionId        the action record
 * @param personRef       pseudonymous reference of the person
 * @param nationality     ISO 3166-1 alpha-3 nationality
 * @param sex             M, F or X
 * @param ageBand         age band at the time of the decision
 * @param province        province of the deciding office
 * @param actionType      the kind of action of Pasal 75(2)
 * @param legalBasis      the provision applied
 * @param effectiveFrom   first day the action applies
 * @param effectiveUntil  last day it applies (bans), if limited
 * @param overstayDays    days of overstay behind the action, if any
 * @param chargeAmountIdr the charge (biaya beban) in rupiah, if any
 * @param decidedAt       when the action was decided
 * @param extendsActionId the ban this decision extends (Pasal 97, Pasal 102); absent for a first decision
 */
@JsonClassDescription("An immigration administrative action (tindakan administratif keimigrasian, TAK, UU 6/2011 "
        + "Pasal 75(2)) was imposed. Imposed outside the courts; not a criminal penalty. Pseudonymous.")
public record AdministrativeActionTaken(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("The action record (a case may carry several actions, e.g. deportation and entry "
                + "ban).")
        UUID actionId,
        @JsonPropertyDescription("Pseudonymous reference of the person.")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("Sex as in ICAO Doc 9303: M, F or X (unspecified).")
        @AllowedValues({"M", "F", "X"})
        String sex,
        @JsonPropertyDescription("Age band at the time of the decision; 0-17 marks a child.")
        @AllowedValues({"0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "UNKNOWN"})
        String ageBand,
        @JsonPropertyDescription("The Indonesian province of the deciding immigration office.")
        String province,
        @JsonPropertyDescription("The action, after Pasal 75(2): EXIT_BAN and ENTRY_BAN (a: pencegahan/penangkalan), "
                + "STAY_PERMIT_RESTRICTION, STAY_PERMIT_CHANGE, STAY_PERMIT_CANCELLATION (b), PLACE_PROHIBITION (c), "
                + "RESIDENCE_OBLIGATION (d), CHARGE (e: biaya beban, e.g. overstay), DEPORTATION (f).")
        @AllowedValues({"EXIT_BAN", "ENTRY_BAN", "STAY_PERMIT_RESTRICTION", "STAY_PERMIT_CHANGE",
                "STAY_PERMIT_CANCELLATION", "PLACE_PROHIBITION", "RESIDENCE_OBLIGATION", "CHARGE", "DEPORTATION"})
        String actionType,
        @JsonPropertyDescription("The provision applied, e.g. \"UU 6/2011 Pasal 75(2)(f)\" or \"UU 6/2011 Pasal "
                + "78(3)\".")
        String legalBasis,
        @JsonPropertyDescription("The first day the action applies.")
        LocalDate effectiveFrom,
        @JsonPropertyDescription("The last day the action applies (exit ban up to 6 months, entry ban up to 10 "
                + "years, both extendable); absent when open-ended or not time-bound.")
        @OptionalField
        LocalDate effectiveUntil,
        @JsonPropertyDescription("Days of overstay behind the action (Pasal 78), when the action is about an "
                + "overstay.")
        @OptionalField
        Integer overstayDays,
        @JsonPropertyDescription("The charge (biaya beban) in Indonesian rupiah, for a CHARGE action.")
        @OptionalField
        Long chargeAmountIdr,
        @JsonPropertyDescription("When the action was decided (UTC).")
        Instant decidedAt,
        @JsonPropertyDescription("For an extension of an exit or entry ban (UU 6/2011 Pasal 97, Pasal 102, as amended "
                + "by UU 63/2024): the action it extends, whose term this decision prolongs. A reader counting bans "
                + "counts the first decision only; absent for a first decision.")
        @OptionalField
        UUID extendsActionId) {
}
