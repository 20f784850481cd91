package id.go.wna.reciprocity.service;

import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.reciprocity.domain.CountryCaseFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Projects case events into per-country facts. */
@ApplicationScoped
public class CaseFactProjection {

    private final CountryCaseFacts facts;

    public CaseFactProjection(CountryCaseFacts facts) {
        this.facts = facts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpened event) {
        facts.countCaseOpened(event.nationality(), event.openedAt(), event.kind());
    }
}
