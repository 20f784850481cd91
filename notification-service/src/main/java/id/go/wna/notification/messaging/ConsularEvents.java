package id.go.wna.notification.messaging;

import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.consular.ConsularServiceRecorded;
import id.go.wna.contracts.consular.WelfareStatusChanged;
import id.go.wna.notification.domain.ConsularServiceEntry;
import id.go.wna.notification.domain.WelfareReport;
import id.go.wna.notification.domain.WelfareStatusChange;
import id.go.wna.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;


/**
 * Maps consular services and welfare reports to the events of {@code kemlu.consular-events.v1}, recorded in the
 * outbox in the caller's transaction. Keyed by the obligation when the record belongs to one (so a consumer sees it in
 * order with the obligation's other events), otherwise by the record's own id, as the contracts say.
 */
@ApplicationScoped
public class ConsularEvents {

    private final Outbox outbox;

    public ConsularEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void serviceRecorded(ConsularServiceEntry e) {
        outbox.record(Topics.CONSULAR_EVENTS, "ConsularService",
                e.eventKey().toString(), EventTypes.CONSULAR_SERVICE_RECORDED,
                new ConsularServiceRecorded(e.id, e.obligationId, e.serviceType.name(), e.nationality, e.count,
                        e.occurredOn, e.recordedAt));
    }

    /** Only the coarse status travels, with the pseudonymous reference: no name, no medical detail. */
    public void welfareStatusChanged(WelfareReport r, WelfareStatusChange change) {
        outbox.record(Topics.CONSULAR_EVENTS, "WelfareReport",
                r.eventKey().toString(), EventTypes.WELFARE_STATUS_CHANGED,
                new WelfareStatusChanged(r.id, r.obligationId, r.personRef, r.nationality, r.province, r.crisis,
                        change.previousStatus == null ? null : change.previousStatus.name(), change.status.name(),
                        change.observedAt));
    }
}
