package id.go.wna.cases.service;

import id.go.wna.cases.domain.ConsularMilestone;
import id.go.wna.cases.domain.ConsularObligation;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.platform.consumer.FailureReason;
import id.go.wna.platform.consumer.PermanentFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Keeps what Kemlu's consular events say about our cases, for their timelines. Runs in the consumer's transaction. */
@ApplicationScoped
public class ConsularMilestones {

    @Transactional(Transactional.TxType.MANDATORY)
    public void obligationOpened(UUID eventId, ObligationOpened o) {
        if (ConsularObligation.findById(o.obligationId()) == null) {
            ConsularObligation ob = new ConsularObligation();
            ob.obligationId = o.obligationId();
            ob.caseId = o.caseId();
            ob.nationality = o.nationality();
            ob.trigger = o.trigger();
            ob.openedAt = o.openedAt();
            ob.persist();
        }
        record(eventId, o.obligationId(), "CONSULAR_OBLIGATION_OPENED", "Consular obligation toward " + o.nationality()
                + " opened (" + o.trigger() + ", " + o.legalBasis() + ")", o.openedAt());
    }

    /** A later event of an obligation; its ObligationOpened came first (same key, same partition). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID eventId, UUID obligationId, String type, String summary, Instant at) {
        ConsularObligation ob = ConsularObligation.findById(obligationId);
        if (ob == null) {
            throw new PermanentFailure(FailureReason.HANDLER_ERROR, "obligation " + obligationId
                    + " was never opened on kemlu.consular-events.v1; its " + type + " cannot be placed on a case");
        }
        if (ConsularMilestone.findById(eventId) != null) {
            return;
        }
        ConsularMilestone m = new ConsularMilestone();
        m.eventId = eventId;
        m.obligationId = obligationId;
        m.caseId = ob.caseId;
        m.type = type;
        m.summary = summary.length() > 300 ? summary.substring(0, 300) : summary;
        m.occurredAt = at;
        m.persist();
    }
}
