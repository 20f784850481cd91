package id.go.wna.dashboard.service;

import id.go.wna.contracts.cases.CustodyEnded;
import id.go.wna.contracts.cases.CustodyStarted;
import id.go.wna.contracts.cases.CustodyTransferred;
import id.go.wna.dashboard.domain.Filters;
import id.go.wna.dashboard.domain.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Projects custody episodes of {@code wna.case-events.v1}: who is held now, where, and the day's changes. */
@ApplicationScoped
public class CustodyProjection {

    private final EntityManager em;

    public CustodyProjection(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void custodyStarted(CustodyStarted e) {
        int inserted = Sql.of("""
                INSERT INTO custody_record (custody_id, case_id, nationality, start_province, province, custody_type, started_at)
                VALUES (:id, :c, :n, :p, :p, :t, :at) ON CONFLICT (custody_id) DO NOTHING""")
                .bind("id", e.custodyId()).bind("c", e.caseId()).bind("n", e.nationality()).bind("p", e.province())
                .bind("t", e.custodyType()).bind("at", e.startedAt()).update(em);
        if (inserted == 1) {
            cell(e.nationality(), e.province(), e.custodyType(), 1);
            daily(e.startedAt(), e.nationality(), e.province(), 1, 1);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void custodyTransferred(CustodyTransferred e) {
        Object[] c = current(e);
        if (c == null || e.toProvince() == null || e.toProvince().equals(c[1])) {
            return; // unknown or ended episode (its start was dead-lettered), or a move within the province
        }
        String nationality = (String) c[0], from = (String) c[1], type = (String) c[2];
        cell(nationality, from, type, -1);
        cell(nationality, e.toProvince(), type, 1);
        daily(e.transferredAt(), nationality, from, 0, -1);
        daily(e.transferredAt(), nationality, e.toProvince(), 0, 1);
        Sql.of("UPDATE custody_record SET province = :p WHERE custody_id = :id").bind("p", e.toProvince())
                .bind("id", e.custodyId()).update(em);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void custodyEnded(CustodyEnded e) {
        Object[] c = current(e);
        if (c == null) {
            return;
        }
        cell((String) c[0], (String) c[1], (String) c[2], -1);
        daily(e.endedAt(), (String) c[0], (String) c[1], 0, -1);
        Sql.of("UPDATE custody_record SET ended_at = :at WHERE custody_id = :id").bind("at", e.endedAt())
                .bind("id", e.custodyId()).update(em);
    }

    /** nationality, province, custody type of an episode still running; null if unknown or ended. */
    private Object[] current(Object event) {
        java.util.UUID id = event instanceof CustodyTransferred t ? t.custodyId() : ((CustodyEnded) event).custodyId();
        List<Object[]> rows = Sql.of("""
                SELECT nationality, province, custody_type FROM custody_record
                WHERE custody_id = :id AND ended_at IS NULL FOR UPDATE""").bind("id", id).rows(em);
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Object[]{Sql.str(r[0]), Sql.str(r[1]), Sql.str(r[2])};
    }

    private void cell(String nationality, String province, String type, long by) {
        Sql.of("""
                INSERT INTO custody_cell (nationality, province, custody_type, persons) VALUES (:n, :p, :t, :by)
                ON CONFLICT (nationality, province, custody_type) DO UPDATE SET persons = custody_cell.persons + EXCLUDED.persons""")
                .bind("n", nationality).bind("p", province).bind("t", type).bind("by", by).update(em);
    }

    private void daily(Instant at, String nationality, String province, long started, long delta) {
        Sql.of("""
                INSERT INTO custody_daily (day, nationality, province, started, delta) VALUES (:d, :n, :p, :s, :delta)
                ON CONFLICT (day, nationality, province) DO UPDATE SET started = custody_daily.started + EXCLUDED.started,
                    delta = custody_daily.delta + EXCLUDED.delta""")
                .bind("d", Filters.dayOf(at)).bind("n", nationality).bind("p", province).bind("s", started)
                .bind("delta", delta).update(em);
    }
}
