package id.go.wna.notification.service;

import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.notification.domain.ReportedCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Keeps the cases Imigrasi reported, so obligations can name the case they arise from. */
@ApplicationScoped
public class ReportedCases {

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpened event) {
        if (ReportedCase.findById(event.caseId()) != null) {
            return;
        }
        ReportedCase c = new ReportedCase();
        c.caseId = event.caseId();
        c.kind = event.kind();
        c.nationality = event.nationality();
        c.province = event.province();
        c.openedAt = event.openedAt();
        c.receivedAt = Instant.now();
        c.persist();
    }
}
