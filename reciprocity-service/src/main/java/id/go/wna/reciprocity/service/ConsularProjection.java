package id.go.wna.reciprocity.service;

import id.go.wna.contracts.consular.AccessConducted;
import id.go.wna.contracts.consular.AccessRequested;
import id.go.wna.contracts.consular.NoticeAcknowledged;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.consular.RightsAdvised;
import id.go.wna.reciprocity.domain.ConsularCompliance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Projects consular events into per-obligation compliance facts and acknowledgements. */
@ApplicationScoped
public class ConsularProjection {

    private final ConsularCompliance compliance;
    private final DirtyCountries dirty;

    public ConsularProjection(ConsularCompliance compliance, DirtyCountries dirty) {
        this.compliance = compliance;
        this.dirty = dirty;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void obligationOpened(ObligationOpened e) {
        compliance.obligationOpened(e.obligationId(), e.nationality(), e.trigger(), e.triggeredAt(), e.openedAt());
        dirty.mark(e.nationality(), e.openedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void regimeDetermined(RegimeDetermined e) {
        compliance.regimeDetermined(e.obligationId(), e.nationality(), e.regime(), e.reasons(), e.determinedAt());
        dirty.mark(e.nationality(), e.determinedAt());
    }

    /** Whether the detainee asked that the post be notified: under ON_REQUEST, whether an arrest is owed a notice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rightsAdvised(RightsAdvised e) {
        compliance.rightsAdvised(e.obligationId(), e.nationality(), e.answer(), e.advisedAt());
        dirty.mark(e.nationality(), e.advisedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noticeSent(NoticeSent e) {
        compliance.noticeSent(e.obligationId(), e.nationality(), e.delayMinutes(), e.sentAt());
        dirty.mark(e.nationality(), e.sentAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noticeAcknowledged(NoticeAcknowledged e) {
        compliance.noticeAcknowledged(e.noticeId(), e.obligationId(), e.nationality(), e.responseMinutes(), e.acknowledgedAt());
        dirty.mark(e.nationality(), e.acknowledgedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void accessRequested(AccessRequested e) {
        compliance.accessRequested(e.obligationId(), e.nationality(), e.requestedAt());
        dirty.mark(e.nationality(), e.requestedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void accessConducted(AccessConducted e) {
        compliance.accessConducted(e.obligationId(), e.nationality(), e.firstVisit() ? e.daysSinceCustodyStart() : null,
                e.conductedAt());
        dirty.mark(e.nationality(), e.conductedAt());
    }
}
