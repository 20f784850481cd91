package id.go.wna.dashboard.service;

import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CaseStatusChanged;
import id.go.wna.dashboard.domain.CaseTallies;
import id.go.wna.dashboard.domain.Filters;
import id.go.wna.dashboard.domain.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/** The dashboard's case figures: kept current from case events, read by the API. */
@ApplicationScoped
public class CaseStatistics {

    private final CaseTallies tallies;
    private final EntityManager em;

    public CaseStatistics(CaseTallies tallies, EntityManager em) {
        this.tallies = tallies;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpened event) {
        int inserted = Sql.of("""
                INSERT INTO case_record (case_id, kind, status, nationality, province, opened_at)
                VALUES (:id, :k, :s, :n, :p, :at) ON CONFLICT (case_id) DO NOTHING""")
                .bind("id", event.caseId()).bind("k", event.kind()).bind("s", event.status())
                .bind("n", event.nationality()).bind("p", event.province()).bind("at", event.openedAt()).update(em);
        if (inserted == 0) {
            return; // the same case opened again under another event id: counted once
        }
        tallies.add(event.kind(), event.status(), event.nationality(), event.province(), 1);
        Sql.of("""
                INSERT INTO case_daily (day, nationality, province, opened) VALUES (:d, :n, :p, 1)
                ON CONFLICT (day, nationality, province) DO UPDATE SET opened = case_daily.opened + 1""")
                .bind("d", Filters.dayOf(event.openedAt())).bind("n", event.nationality()).bind("p", event.province())
                .update(em);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseStatusChanged(CaseStatusChanged event) {
        List<Object[]> rows = Sql.of("SELECT kind, status, nationality, province FROM case_record WHERE case_id = :id FOR UPDATE")
                .bind("id", event.caseId()).rows(em);
        if (rows.isEmpty()) {
            // The topic is keyed by caseId, so a case's CaseOpened always comes first; a change of an unknown case
            // means its opening was dead-lettered: it counts nowhere until the opening is re-driven.
            return;
        }
        Object[] r = rows.get(0);
        String kind = Sql.str(r[0]), status = Sql.str(r[1]), nationality = Sql.str(r[2]), province = Sql.str(r[3]);
        if (status.equals(event.status())) {
            return;
        }
        tallies.add(kind, status, nationality, province, -1);
        tallies.add(kind, event.status(), nationality, province, 1);
        Sql.of("UPDATE case_record SET status = :s WHERE case_id = :id").bind("s", event.status()).bind("id", event.caseId())
                .update(em);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTallies.Count> countBy(CaseTallies.Dimension by, String nationality, String province, boolean openOnly) {
        return tallies.countBy(by, nationality, province, openOnly);
    }
}
