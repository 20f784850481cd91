package id.go.wna.cases.api;

import id.go.wna.cases.domain.Movement;
import id.go.wna.cases.domain.MovementType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Movement", description = "A recorded movement: the person only as personRef, the age band instead of the birth date")
public record MovementView(UUID id, MovementType type, Instant occurredAt, UUID personRef, String nationality, String sex,
                           String ageBand, String portCode, String province, Movement.EntryBasis entryBasis,
                           Movement.PermitType permitType, UUID permitId, Movement.Issuer issuer, LocalDate validFrom,
                           LocalDate validUntil, Movement.PermitEndReason endReason, Integer overstayDays,
                           UUID importJobId, Instant recordedAt) {
    static MovementView of(Movement m) {
        return new MovementView(m.id, m.type, m.occurredAt, m.personRef, m.nationality, m.sex, m.ageBand, m.portCode,
                m.province, m.entryBasis, m.permitType, m.permitId, m.issuer, m.validFrom, m.validUntil, m.endReason,
                m.overstayDays, m.importJobId, m.recordedAt);
    }
}
