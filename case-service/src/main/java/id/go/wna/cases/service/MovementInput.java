package id.go.wna.cases.service;

import id.go.wna.cases.domain.Movement;
import id.go.wna.cases.domain.MovementType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A movement as the sender gave it (a JSON body, a CSV or NDJSON row), typed but not yet checked against the rules of
 * its type: {@link MovementRules#check} does that, the same for one movement and for a million.
 */
public record MovementInput(UUID movementId, MovementType type, Instant occurredAt, String documentIssuingState,
                            String documentNumber, String nationality, String sex, LocalDate birthDate, String portCode,
                            String province, Movement.EntryBasis entryBasis, Movement.PermitType permitType, UUID permitId,
                            Movement.Issuer issuer, LocalDate validFrom, LocalDate validUntil,
                            Movement.PermitEndReason endReason, Integer overstayDays) {

    /** The row fields, as CSV header names and NDJSON keys (and the JSON body's properties). */
    public static final String MOVEMENT_ID = "movementId", TYPE = "type", OCCURRED_AT = "occurredAt",
            DOCUMENT_ISSUING_STATE = "documentIssuingState", DOCUMENT_NUMBER = "documentNumber", NATIONALITY = "nationality",
            SEX = "sex", BIRTH_DATE = "birthDate", PORT_CODE = "portCode", PROVINCE = "province", ENTRY_BASIS = "entryBasis",
            PERMIT_TYPE = "permitType", PERMIT_ID = "permitId", ISSUER = "issuer", VALID_FROM = "validFrom",
            VALID_UNTIL = "validUntil", END_REASON = "endReason", OVERSTAY_DAYS = "overstayDays";
}
