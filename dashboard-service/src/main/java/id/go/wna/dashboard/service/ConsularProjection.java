package id.go.wna.dashboard.service;

import id.go.wna.contracts.consular.ConsularServiceRecorded;
import id.go.wna.contracts.consular.DeadlineBreached;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.consular.RightsAdvised;
import id.go.wna.contracts.consular.WelfareStatusChanged;
import id.go.wna.dashboard.domain.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Projects {@code kemlu.consular-events.v1}: one row per obligation (what is owed, the first notice, the breach),
 * breaches, daily consular service sums, each welfare report's current status and the statuses it reached. The topic is keyed by obligation,
 * so an obligation's ObligationOpened comes before its other events; an event for an unknown obligation (its opening
 * dead-lettered) changes nothing.
 */
@ApplicationScoped
public class ConsularProjection {

    private final EntityManager em;

    public ConsularProjection(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void obligationOpened(ObligationOpened e) {
        Sql.of("""
                INSERT INTO consular_obligation (obligation_id, case_id, custody_id, nationality, trigger, triggered_at)
                VALUES (:id, :c, :cu, :n, :t, :at) ON CONFLICT (obligation_id) DO NOTHING""")
                .bind("id", e.obligationId()).bind("c", e.caseId(), UUID.class).bind("cu", e.custodyId(), UUID.class)
                .bind("n", e.nationality()).bind("t", e.trigger()).bind("at", e.triggeredAt()).update(em);
    }

    /**
     * The regime determined last (by {@code determinedAt}, not by arrival) holds, with its reasons and its nationality:
     * whether a notice is owed depends on them (see the generated column notice_owed), and an unspecified nationality
     * (XXX, regime PENDING) is replaced by the one established later. A redelivered or older decision changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void regimeDetermined(RegimeDetermined e) {
        Sql.of("""
                UPDATE consular_obligation SET regime = :r, regime_reasons = :rs, nationality = :n, regime_determined_at = :at
                WHERE obligation_id = :id AND (regime_determined_at IS NULL OR regime_determined_at <= :at)""")
                .bind("r", e.regime()).bind("rs", e.reasons() == null ? "" : String.join(",", e.reasons()))
                .bind("n", e.nationality()).bind("at", e.determinedAt()).bind("id", e.obligationId()).update(em);
    }

    /**
     * The person's answer to the advisement of the right to consular notification (VCCR Art. 36(1)(b)). The latest
     * request and the latest refusal are kept apart (each the greatest {@code advisedAt} seen), so whichever came last
     * holds whatever the order the events arrive in: declining removes the notice owed under ON_REQUEST, asking again
     * restores it. NO_ANSWER changes nothing (an earlier request stands).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rightsAdvised(RightsAdvised e) {
        String column = switch (e.answer()) {
            case "NOTIFY_REQUESTED" -> "notification_requested_at";
            case "NOTIFY_DECLINED" -> "notification_declined_at";
            default -> null;
        };
        if (column == null) {
            return;
        }
        Sql.of("UPDATE consular_obligation SET %1$s = GREATEST(%1$s, :at) WHERE obligation_id = :id".formatted(column))
                .bind("at", e.advisedAt()).bind("id", e.obligationId()).update(em);
    }

    /** Only the first notice (INITIAL, or DEATH for a death) measures compliance; follow-ups and corrections do not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noticeSent(NoticeSent e) {
        if (!"INITIAL".equals(e.kind()) && !"DEATH".equals(e.kind())) {
            return;
        }
        Sql.of("""
                UPDATE consular_obligation SET notified_at = :at, delay_minutes = :d
                WHERE obligation_id = :id AND notified_at IS NULL""")
                .bind("at", e.sentAt()).bind("d", e.delayMinutes()).bind("id", e.obligationId()).update(em);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlineBreached(DeadlineBreached e) {
        Sql.of("""
                INSERT INTO consular_breach (obligation_id, clock, due_at, nationality, breached_at) VALUES (:id, :c, :due, :n, :at)
                ON CONFLICT DO NOTHING""")
                .bind("id", e.obligationId()).bind("c", e.clock()).bind("due", e.dueAt()).bind("n", e.nationality())
                .bind("at", e.breachedAt()).update(em);
        if ("NOTIFICATION".equals(e.clock())) {
            Sql.of("""
                    UPDATE consular_obligation SET notification_breached_at = COALESCE(notification_breached_at, :at)
                    WHERE obligation_id = :id""").bind("at", e.breachedAt()).bind("id", e.obligationId()).update(em);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void consularServiceRecorded(ConsularServiceRecorded e) {
        Sql.of("""
                INSERT INTO consular_service_daily (day, service_type, nationality, services) VALUES (:d, :t, :n, :c)
                ON CONFLICT (day, service_type, nationality) DO UPDATE SET services = consular_service_daily.services + EXCLUDED.services""")
                .bind("d", e.occurredOn()).bind("t", e.serviceType())
                .bind("n", e.nationality() == null ? PresenceProjection.UNKNOWN : e.nationality())
                .bind("c", (long) e.count()).update(em);
    }

    /** A report's status is its latest change; a change older than the one kept (redelivered late) is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void welfareStatusChanged(WelfareStatusChanged e) {
        Sql.of("""
                INSERT INTO welfare_report (welfare_report_id, crisis, status, nationality, province, changed_at)
                VALUES (:id, :c, :s, :n, :p, :at)
                ON CONFLICT (welfare_report_id) DO UPDATE SET crisis = EXCLUDED.crisis, status = EXCLUDED.status,
                    nationality = EXCLUDED.nationality, province = COALESCE(EXCLUDED.province, welfare_report.province),
                    changed_at = EXCLUDED.changed_at
                WHERE welfare_report.changed_at <= EXCLUDED.changed_at""")
                .bind("id", e.welfareReportId()).bind("c", e.crisis()).bind("s", e.status()).bind("n", e.nationality())
                .bind("p", e.province(), String.class).bind("at", e.changedAt()).update(em);
        // The status as reached, for the monitoring figures: the first time counts, whatever order the changes come in.
        Sql.of("""
                INSERT INTO welfare_status_reached (welfare_report_id, status, crisis, nationality, province, reached_at)
                VALUES (:id, :s, :c, :n, :p, :at)
                ON CONFLICT (welfare_report_id, status) DO UPDATE SET reached_at = EXCLUDED.reached_at,
                    crisis = EXCLUDED.crisis, nationality = EXCLUDED.nationality,
                    province = COALESCE(EXCLUDED.province, welfare_status_reached.province)
                WHERE EXCLUDED.reached_at < welfare_status_reached.reached_at""")
                .bind("id", e.welfareReportId()).bind("c", e.crisis()).bind("s", e.status()).bind("n", e.nationality())
                .bind("p", e.province(), String.class).bind("at", e.changedAt()).update(em);
    }
}
