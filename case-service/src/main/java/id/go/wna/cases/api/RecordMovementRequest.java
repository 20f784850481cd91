package id.go.wna.cases.api;

import id.go.wna.platform.api.PlausibleDate;
import id.go.wna.cases.domain.Movement;
import id.go.wna.cases.domain.MovementType;
import id.go.wna.cases.service.MovementInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The fields of one movement; the same as a CSV column or an NDJSON key of an import. */
@Schema(description = "An arrival, a departure, or a stay permit issued or ended. Which fields are required depends on "
        + "the type: arrivals and departures need portCode and province (arrivals also sex); permits need permitType and "
        + "permitId, PERMIT_ISSUED also sex and validFrom, PERMIT_ENDED endReason. Fields that do not apply are ignored.")
public record RecordMovementRequest(
        @Schema(required = true, description = "Given by the sender: the idempotency key") UUID movementId,
        @Schema(required = true) MovementType type,
        @Schema(required = true, description = "When it happened (ISO-8601 instant); not in the future") @PlausibleDate Instant occurredAt,
        @Schema(required = true, example = "AUS", description = "ICAO code of the travel document's issuing state; with the "
                + "number it becomes the pseudonymous personRef and is not stored") String documentIssuingState,
        @Schema(required = true, example = "PA1234567", description = "Travel document number; not stored") String documentNumber,
        @Schema(required = true, example = "AUS", description = "ISO 3166-1 alpha-3 or ICAO code (D is stored as DEU)") String nationality,
        @Schema(enumeration = {"M", "F", "X"}) String sex,
        @Schema(description = "For the age band only; not stored") @PlausibleDate LocalDate birthDate,
        @Schema(example = "DPS", description = "Border post (TPI) code: arrivals and departures") String portCode,
        @Schema(example = "Bali", description = ProvinceField.DESCRIPTION) String province,
        @Schema(description = "Arrivals, optional") Movement.EntryBasis entryBasis,
        Movement.PermitType permitType,
        @Schema(description = "The permit record (not its number): permit rows") UUID permitId,
        @Schema(description = "PERMIT_ISSUED; default KEMLU for DIPLOMATIC and SERVICE, else IMIGRASI") Movement.Issuer issuer,
        @PlausibleDate LocalDate validFrom,
        @PlausibleDate LocalDate validUntil,
        Movement.PermitEndReason endReason,
        @Schema(description = "Departures, optional") Integer overstayDays) {

    MovementInput input() {
        return new MovementInput(movementId, type, occurredAt, documentIssuingState, documentNumber, nationality, sex, birthDate,
                portCode, province, entryBasis, permitType, permitId, issuer, validFrom, validUntil, endReason, overstayDays);
    }
}
