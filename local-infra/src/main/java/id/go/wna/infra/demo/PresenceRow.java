package id.go.wna.infra.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One movement of the presence import contract ({@code POST /api/v1/presence/imports}): an arrival, a departure, or a
 * stay permit issued or ended. Fields that do not apply to the type are null and left out of the line.
 */
public record PresenceRow(UUID movementId, Type type, Instant occurredAt, String documentIssuingState, String documentNumber,
                          String nationality, String sex, LocalDate birthDate, String portCode, String province,
                          String entryBasis, String permitType, UUID permitId, LocalDate validFrom, LocalDate validUntil,
                          String endReason, Integer overstayDays) {

    public enum Type { ARRIVAL, DEPARTURE, PERMIT_ISSUED, PERMIT_ENDED }

    /** One NDJSON line (without the line break). Every value is plain ASCII, so nothing needs escaping. */
    public String toNdjson() {
        StringBuilder b = new StringBuilder(320);
        b.append('{');
        field(b, "movementId", movementId, true);
        field(b, "type", type, false);
        field(b, "occurredAt", occurredAt, false);
        field(b, "documentIssuingState", documentIssuingState, false);
        field(b, "documentNumber", documentNumber, false);
        field(b, "nationality", nationality, false);
        field(b, "sex", sex, false);
        field(b, "birthDate", birthDate, false);
        field(b, "portCode", portCode, false);
        field(b, "province", province, false);
        field(b, "entryBasis", entryBasis, false);
        field(b, "permitType", permitType, false);
        field(b, "permitId", permitId, false);
        field(b, "validFrom", validFrom, false);
        field(b, "validUntil", validUntil, false);
        field(b, "endReason", endReason, false);
        if (overstayDays != null) {
            b.append(",\"overstayDays\":").append(overstayDays);
        }
        return b.append('}').toString();
    }

    private static void field(StringBuilder b, String name, Object value, boolean first) {
        if (value == null) {
            return;
        }
        if (!first) {
            b.append(',');
        }
        b.append('"').append(name).append("\":\"").append(value).append('"');
    }
}
