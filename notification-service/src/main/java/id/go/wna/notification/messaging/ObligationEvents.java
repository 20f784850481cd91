package id.go.wna.notification.messaging;

import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.consular.AccessConducted;
import id.go.wna.contracts.consular.AccessRequested;
import id.go.wna.contracts.consular.DeadlineBreached;
import id.go.wna.contracts.consular.DeadlineWarningRaised;
import id.go.wna.contracts.consular.NoticeAcknowledged;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.consular.RightsAdvised;
import id.go.wna.notification.domain.AccessRequest;
import id.go.wna.notification.domain.ConsularNotice;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.domain.ObligationClocks;
import id.go.wna.notification.domain.ObligationEvent;
import id.go.wna.notification.domain.RightsAdvisement;
import id.go.wna.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps obligation changes to {@code kemlu.consular-events.v1} (key obligationId), through the outbox: each event
 * commits with the change it reports. Pseudonymous: nationality and references, never names or documents.
 */
@ApplicationScoped
public class ObligationEvents {

    static final String AGGREGATE = "ConsularObligation";

    private final Outbox outbox;

    public ObligationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * What {@link id.go.wna.notification.domain.ObligationLifecycle} returned, in one statement and in that order (an
     * obligation opened with its first regime decision; the regime decided again; a notice sent or acknowledged).
     */
    public void record(List<ObligationEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        outbox.recordAll(events.stream().map(ObligationEvents::message).toList());
    }

    private static Outbox.Message message(ObligationEvent event) {
        Obligation o = event.obligation();
        if (event instanceof ObligationEvent.Opened) {
            return message(o, EventTypes.OBLIGATION_OPENED, new ObligationOpened(o.id, o.caseId, o.custodyId, o.personRef,
                    o.nationality, o.trigger.name(), o.legalBasis, o.triggeredAt, o.openedAt));
        }
        if (event instanceof ObligationEvent.NoticeSent sent) {
            return noticeSent(o, sent.notice());
        }
        if (event instanceof ObligationEvent.NoticeAcknowledged acknowledged) {
            return noticeAcknowledged(o, acknowledged.notice());
        }
        return regimeMessage(o);
    }

    public void rightsAdvised(Obligation o, RightsAdvisement a) {
        outbox.record(Topics.CONSULAR_EVENTS, AGGREGATE, o.id.toString(), EventTypes.RIGHTS_ADVISED,
                new RightsAdvised(o.id, o.nationality, a.advisedAt, a.language, a.interpreterUsed, a.answer.contractValue(),
                        a.opposesConsularAccess, a.delayMinutes, a.late));
    }

    /** A notice went to the post (a late one too, marked late). */
    private static Outbox.Message noticeSent(Obligation o, ConsularNotice n) {
        return message(o, EventTypes.NOTICE_SENT, new NoticeSent(o.id, n.id, o.nationality, n.postCode, n.kind.name(),
                n.basis.name(), n.channel.name(), n.referenceNumber, n.sentAt, n.delayMinutes, n.late));
    }

    private static Outbox.Message noticeAcknowledged(Obligation o, ConsularNotice n) {
        return message(o, EventTypes.NOTICE_ACKNOWLEDGED, new NoticeAcknowledged(o.id, n.id, o.nationality, n.postCode,
                n.acknowledgementChannel == null ? null : n.acknowledgementChannel.name(), n.acknowledgedAt,
                ObligationClocks.minutesBetween(n.sentAt, n.acknowledgedAt)));
    }

    /** Consular access was requested (Art. 36(1)(c)). */
    public void accessRequested(Obligation o, AccessRequest r) {
        outbox.record(Topics.CONSULAR_EVENTS, AGGREGATE, o.id.toString(), EventTypes.ACCESS_REQUESTED,
                new AccessRequested(o.id, r.id, o.nationality, r.postCode, r.mode.name(), r.requestedBy.name(),
                        r.requestedAt, r.preferredAt));
    }

    /**
     * A visit or call took place. {@code firstVisit} and {@code daysSinceCustodyStart} are derived by the caller from the
     * obligation's visits and its custody start, never typed in.
     */
    public void accessConducted(Obligation o, AccessRequest r, boolean firstVisit, Integer daysSinceCustodyStart) {
        outbox.record(Topics.CONSULAR_EVENTS, AGGREGATE, o.id.toString(), EventTypes.ACCESS_CONDUCTED,
                new AccessConducted(o.id, r.id, o.nationality, r.postCode, r.mode.name(), r.conductedAt, firstVisit,
                        daysSinceCustodyStart, r.durationMinutes));
    }

    /** One deadline alert: a warning or a breach of one clock. */
    public record Alert(Obligation obligation, String clock, String level, Instant dueAt, Instant raisedAt) {
    }

    public void alerts(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        List<Outbox.Message> messages = new ArrayList<>(alerts.size());
        for (Alert a : alerts) {
            Obligation o = a.obligation();
            messages.add("BREACH".equals(a.level())
                    ? message(o, EventTypes.DEADLINE_BREACHED, new DeadlineBreached(o.id, o.nationality, a.clock(), a.dueAt(), a.raisedAt()))
                    // A missed access target is not a breach: its own clock value, on the contract's breach event.
                    : "TARGET_MISSED".equals(a.level())
                    ? message(o, EventTypes.DEADLINE_BREACHED, new DeadlineBreached(o.id, o.nationality, "ACCESS_TARGET_MISSED",
                    a.dueAt(), a.raisedAt()))
                    : message(o, EventTypes.DEADLINE_WARNING_RAISED, new DeadlineWarningRaised(o.id, o.nationality, a.clock(), a.dueAt(), a.raisedAt())));
        }
        outbox.recordAll(messages);
    }

    private static Outbox.Message regimeMessage(Obligation o) {
        return message(o, EventTypes.REGIME_DETERMINED, new RegimeDetermined(o.id, o.nationality, o.regime.name(),
                o.reasonList(), o.regimeExplanation, o.postCode, o.advisementDueAt, o.notificationWarningAt,
                o.notificationDueAt, o.regimeDeterminedAt));
    }

    private static Outbox.Message message(Obligation o, String type, Object payload) {
        return new Outbox.Message(Topics.CONSULAR_EVENTS, AGGREGATE, o.id.toString(), type, payload);
    }
}
