package id.go.wna.cases.messaging;

import id.go.wna.cases.domain.Movement;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.contracts.presence.StayPermitEnded;
import id.go.wna.contracts.presence.StayPermitIssued;
import id.go.wna.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Maps presence movements to the pseudonymous events of {@code wna.presence-events.v1} (key personRef). One movement
 * goes through {@link Outbox#record}; the bulk import serialises {@link #payloadOf} itself and writes the outbox rows
 * with SQL, so both paths publish the same payload.
 */
@ApplicationScoped
public class PresenceEvents {

    /** The outbox aggregate: the person, whose reference is the record key. */
    public static final String AGGREGATE = "Person";

    private final Outbox outbox;

    public PresenceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records the movement's event in the caller's transaction. */
    public void recorded(Movement m) {
        outbox.record(Topics.PRESENCE_EVENTS, AGGREGATE, m.personRef.toString(), m.type.eventType(), payloadOf(m));
    }

    /** The event record of a movement: PersonArrived, PersonDeparted, StayPermitIssued or StayPermitEnded. */
    public static Object payloadOf(Movement m) {
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
}
