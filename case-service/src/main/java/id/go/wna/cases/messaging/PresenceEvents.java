package id.go.wna.cases.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.cases.domain.Movement;
import id.go.wna.cases.domain.MovementType;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.contracts.presence.StayPermitEnded;
import id.go.wna.contracts.presence.StayPermitIssued;
import id.go.wna.platform.outbox.OutboxTable;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The pseudonymous events of {@code wna.presence-events.v1} (key personRef, event id the movementId): a
 * {@code presence_movement} row is its own outbox record ({@link OutboxTable}), whether it was recorded by
 * {@code POST /presence/movements} or by a bulk import. The relay reads unpublished movements and sends each as the
 * event {@link #payloadOf} makes of it: PersonArrived, PersonDeparted, StayPermitIssued or StayPermitEnded.
 */
@ApplicationScoped
public class PresenceEvents implements OutboxTable {

    private static final String COLUMNS = "id, type, occurred_at, person_ref, nationality, sex, age_band, port_code, province, "
            + "entry_basis, permit_type, permit_id, issuer, valid_from, valid_until, end_reason, overstay_days, recorded_at";

    private final ObjectMapper json;

    public PresenceEvents(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String table() {
        return "presence_movement";
    }

    @Override
    public String key() {
        return "person_ref::text";
    }

    @Override
    public String recordedAt() {
        return "recorded_at";
    }

    @Override
    public String columns() {
        return COLUMNS;
    }

    @Override
    public Event event(ResultSet row) throws SQLException {
        Movement m = movement(row);
        try {
            return new Event(m.id, Topics.PRESENCE_EVENTS, m.personRef.toString(), m.type.eventType(),
                    json.writeValueAsString(payloadOf(m)), m.recordedAt);
        } catch (JsonProcessingException e) {
            throw new SQLException("event of movement " + m.id + " cannot be serialised: " + e.getMessage(), e);
        }
    }

    /** The event record of a movement. */
    private static Object payloadOf(Movement m) {
        return switch (m.type) {
            case ARRIVAL -> new PersonArrived(m.personRef, m.nationality, m.sex, m.ageBand, m.portCode, m.province,
                    m.entryBasis == null ? null : m.entryBasis.name(), m.occurredAt);
            case DEPARTURE -> new PersonDeparted(m.personRef, m.nationality, m.portCode, m.province, m.overstayDays, m.occurredAt);
            case PERMIT_ISSUED -> new StayPermitIssued(m.personRef, m.permitId, m.nationality, m.sex, m.ageBand,
                    m.permitType.name(), m.issuer.name(), m.province, m.validFrom, m.validUntil, m.occurredAt);
            case PERMIT_ENDED -> new StayPermitEnded(m.personRef, m.permitId, m.nationality, m.permitType.name(),
                    m.endReason.name(), m.occurredAt);
        };
    }

    /** A movement as read from a row of {@link #COLUMNS}, without the ORM: the relay reads hundreds per batch. */
    private static Movement movement(ResultSet r) throws SQLException {
        Movement m = new Movement();
        m.id = r.getObject(1, UUID.class);
        m.type = MovementType.valueOf(r.getString(2));
        m.occurredAt = r.getObject(3, OffsetDateTime.class).toInstant();
        m.personRef = r.getObject(4, UUID.class);
        m.nationality = r.getString(5);
        m.sex = r.getString(6);
        m.ageBand = r.getString(7);
        m.portCode = r.getString(8);
        m.province = r.getString(9);
        m.entryBasis = r.getString(10) == null ? null : Movement.EntryBasis.valueOf(r.getString(10));
        m.permitType = r.getString(11) == null ? null : Movement.PermitType.valueOf(r.getString(11));
        m.permitId = r.getObject(12, UUID.class);
        m.issuer = r.getString(13) == null ? null : Movement.Issuer.valueOf(r.getString(13));
        m.validFrom = r.getObject(14, LocalDate.class);
        m.validUntil = r.getObject(15, LocalDate.class);
        m.endReason = r.getString(16) == null ? null : Movement.PermitEndReason.valueOf(r.getString(16));
        m.overstayDays = (Integer) r.getObject(17);
        m.recordedAt = r.getObject(18, OffsetDateTime.class).toInstant();
        return m;
    }
}
