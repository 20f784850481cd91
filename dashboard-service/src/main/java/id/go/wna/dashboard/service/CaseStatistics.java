package id.go.wna.dashboard.service;

import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.dashboard.domain.CaseTallies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** The dashboard's case figures: kept current from case events, read by the API. */
@ApplicationScoped
public class CaseStatistics {

    private final CaseTallies tallies;

    public CaseStatistics(CaseTallies tallies) {
        this.tallies = tallies;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpened event) {
        tallies.add(event.kind(), event.status(), event.nationality(), event.province());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTallies.Count> countBy(CaseTallies.Dimension by) {
        return tallies.countBy(by);
    }
}
