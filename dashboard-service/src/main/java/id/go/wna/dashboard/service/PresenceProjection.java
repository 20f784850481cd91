package id.go.wna.dashboard.service;

import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.contracts.presence.StayPermitEnded;
import id.go.wna.contracts.presence.StayPermitIssued;
import id.go.wna.dashboard.domain.Filters;
import id.go.wna.dashboard.domain.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Projects {@code wna.presence-events.v1} into the population stock: each person's current row, the cells it counts
 * in, and the day's change. The old cell is decremented and the new one incremented in the event's transaction, with
 * upserts only, so no counter is ever read and written back.
 */
@ApplicationScoped
public class PresenceProjection {

    /** The permit type of a person present on their entry basis (no stay permit). */
    public static final String NO_PERMIT = "NONE";
    static final String UNKNOWN = "UNKNOWN";

    record Person(String nationality, String province, String arrivalProvince, String permitProvince, String permitType,
                  UUID permitId, boolean present) {

        boolean sameCell(Person o) {
            return o != null && nationality.equals(o.nationality) && province.equals(o.province)
                    && permitType.equals(o.permitType) && present == o.present;
        }
    }

    private final EntityManager em;

    public PresenceProjection(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void personArrived(PersonArrived e) {
        Person old = load(e.personRef());
        // A returning permit holder still counts in the province declared for the permit.
        boolean holdsPermit = old != null && !NO_PERMIT.equals(old.permitType);
        String permitProvince = holdsPermit ? old.permitProvince : null;
        Person now = new Person(e.nationality(), permitProvince != null ? permitProvince : e.province(), e.province(),
                permitProvince, holdsPermit ? old.permitType : NO_PERMIT, holdsPermit ? old.permitId : null, true);
        change(e.personRef(), old, now, e.arrivedAt(), 1, 0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void personDeparted(PersonDeparted e) {
        Person old = load(e.personRef());
        Person now = old == null
                // Someone who arrived before the platform's records: counted as a departure, never as a negative stock.
                ? new Person(e.nationality(), e.province(), e.province(), null, NO_PERMIT, null, false)
                : new Person(e.nationality(), old.province, old.arrivalProvince, old.permitProvince, old.permitType,
                old.permitId, false);
        change(e.personRef(), old, now, e.departedAt(), 0, 1);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stayPermitIssued(StayPermitIssued e) {
        Person old = load(e.personRef());
        String arrivalProvince = old == null ? null : old.arrivalProvince;
        String province = e.province() != null ? e.province()
                : arrivalProvince != null ? arrivalProvince : old != null ? old.province : UNKNOWN;
        // Permits are issued to people in Indonesia (on arrival, by conversion, to mission staff): an unseen holder is
        // present; a known person keeps their presence.
        boolean present = old == null || old.present;
        Person now = new Person(e.nationality(), province, arrivalProvince, e.province(), e.permitType(), e.permitId(), present);
        change(e.personRef(), old, now, e.issuedAt(), 0, 0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stayPermitEnded(StayPermitEnded e) {
        Person old = load(e.personRef());
        if (old == null) {
            return; // a permit never seen issued: nothing counts it, nothing to take away
        }
        boolean deceased = "DECEASED".equals(e.endReason());
        boolean currentPermit = old.permitId == null || old.permitId.equals(e.permitId());
        Person now;
        if (!currentPermit || "CONVERTED".equals(e.endReason())) {
            // An older permit (already replaced), or one converted: the permit that follows decides the type.
            now = new Person(old.nationality, old.province, old.arrivalProvince, old.permitProvince, old.permitType,
                    old.permitId, old.present && !deceased);
        } else {
            String province = old.arrivalProvince != null ? old.arrivalProvince : old.province;
            now = new Person(old.nationality, province, old.arrivalProvince, null, NO_PERMIT, null, old.present && !deceased);
        }
        change(e.personRef(), old, now, e.endedAt(), 0, 0);
    }

    private Person load(UUID personRef) {
        List<Object[]> rows = Sql.of("""
                SELECT nationality, province, arrival_province, permit_province, permit_type, permit_id, present
                FROM person_presence WHERE person_ref = :p FOR UPDATE""").bind("p", personRef).rows(em);
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Person(Sql.str(r[0]), Sql.str(r[1]), Sql.str(r[2]), Sql.str(r[3]), Sql.str(r[4]),
                r[5] == null ? null : (UUID) r[5], (Boolean) r[6]);
    }

    private void change(UUID personRef, Person old, Person now, Instant at, int arrivals, int departures) {
        Sql.of("""
                INSERT INTO person_presence (person_ref, nationality, province, arrival_province, permit_province,
                    permit_type, permit_id, present, updated_at)
                VALUES (:p, :n, :prov, :ap, :pp, :pt, :pid, :present, :at)
                ON CONFLICT (person_ref) DO UPDATE SET nationality = EXCLUDED.nationality, province = EXCLUDED.province,
                    arrival_province = EXCLUDED.arrival_province, permit_province = EXCLUDED.permit_province,
                    permit_type = EXCLUDED.permit_type, permit_id = EXCLUDED.permit_id, present = EXCLUDED.present,
                    updated_at = EXCLUDED.updated_at""")
                .bind("p", personRef).bind("n", now.nationality).bind("prov", now.province)
                .bind("ap", now.arrivalProvince, String.class).bind("pp", now.permitProvince, String.class)
                .bind("pt", now.permitType).bind("pid", now.permitId, UUID.class).bind("present", now.present).bind("at", at).update(em);
        if (!now.sameCell(old)) {
            if (old != null) {
                cell(old, -1);
            }
            cell(now, 1);
        }
        LocalDate day = Filters.dayOf(at);
        long oldStock = old != null && old.present ? 1 : 0;
        long newStock = now.present ? 1 : 0;
        boolean sameStockCell = old != null && old.present && now.present && now.sameCell(old);
        if (sameStockCell) {
            daily(day, now, 0, arrivals, departures);
        } else {
            if (oldStock == 1 || departures > 0) {
                daily(day, old != null ? old : now, -oldStock, 0, departures);
            }
            if (newStock == 1 || arrivals > 0) {
                daily(day, now, newStock, arrivals, 0);
            }
        }
        long delta = newStock - oldStock;
        if (delta != 0 || arrivals != 0 || departures != 0) {
            Sql.of("""
                    INSERT INTO presence_daily_total (day, delta, arrivals, departures) VALUES (:d, :delta, :a, :dep)
                    ON CONFLICT (day) DO UPDATE SET delta = presence_daily_total.delta + EXCLUDED.delta,
                        arrivals = presence_daily_total.arrivals + EXCLUDED.arrivals,
                        departures = presence_daily_total.departures + EXCLUDED.departures""")
                    .bind("d", day).bind("delta", delta).bind("a", (long) arrivals).bind("dep", (long) departures).update(em);
        }
    }

    private void cell(Person p, long by) {
        Sql.of("""
                INSERT INTO population_cell (nationality, province, permit_type, present, persons) VALUES (:n, :p, :t, :pr, :by)
                ON CONFLICT (nationality, province, permit_type, present)
                DO UPDATE SET persons = population_cell.persons + EXCLUDED.persons""")
                .bind("n", p.nationality).bind("p", p.province).bind("t", p.permitType).bind("pr", p.present)
                .bind("by", by).update(em);
    }

    private void daily(LocalDate day, Person p, long delta, long arrivals, long departures) {
        if (delta == 0 && arrivals == 0 && departures == 0) {
            return;
        }
        Sql.of("""
                INSERT INTO presence_daily (day, nationality, province, permit_type, delta, arrivals, departures)
                VALUES (:d, :n, :p, :t, :delta, :a, :dep)
                ON CONFLICT (day, nationality, province, permit_type) DO UPDATE SET
                    delta = presence_daily.delta + EXCLUDED.delta, arrivals = presence_daily.arrivals + EXCLUDED.arrivals,
                    departures = presence_daily.departures + EXCLUDED.departures""")
                .bind("d", day).bind("n", p.nationality).bind("p", p.province).bind("t", p.permitType)
                .bind("delta", delta).bind("a", arrivals).bind("dep", departures).update(em);
    }
}
