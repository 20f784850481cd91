package id.go.wna.notification.service;

import id.go.wna.notification.domain.FollowUp;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.messaging.ObligationEvents;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Watches every open clock: raises {@code DeadlineWarningRaised} at a warning point and {@code DeadlineBreached} at a
 * deadline, each once (the {@code deadline_alert} unique key, so several instances may scan), and raises the
 * obligation's escalation level (1 after a warning: the officer; 2 after a breach: the supervisor). The step itself is
 * still done afterwards, and marked late. Time comes from the injected {@link Clock}, so a test looks at a later
 * moment by calling {@link #scan(Instant)}.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);
    /** Alerts raised per clock and level per scan: a backlog is worked off over successive scans. */
    private static final int BATCH = 500;

    /**
     * Each query selects what is past its point and not yet alerted: obligation, clock, subject (the thing on the
     * clock), level, due time. The alert insert that follows is what makes it happen once.
     */
    private static final List<String> DUE = List.of(
            // rights not advised
            """
            select o.id, 'ADVISEMENT', o.id, 'WARNING', o.advisement_due_at from obligation o
             where o.status in ('OPEN', 'NOTIFIED') and o.advisement_warning_at <= :now
               and not exists (select 1 from rights_advisement a where a.obligation_id = o.id)""",
            """
            select o.id, 'ADVISEMENT', o.id, 'BREACH', o.advisement_due_at from obligation o
             where o.status in ('OPEN', 'NOTIFIED') and o.advisement_due_at <= :now
               and not exists (select 1 from rights_advisement a where a.obligation_id = o.id)""",
            // the post not notified
            """
            select o.id, 'NOTIFICATION', o.id, 'WARNING', o.notification_due_at from obligation o
             where o.status = 'OPEN' and o.regime <> 'PENDING' and o.notification_warning_at <= :now
               and not exists (select 1 from consular_notice n where n.obligation_id = o.id and n.follow_up_id is null)""",
            """
            select o.id, 'NOTIFICATION', o.id, 'BREACH', o.notification_due_at from obligation o
             where o.status = 'OPEN' and o.regime <> 'PENDING' and o.notification_due_at <= :now
               and not exists (select 1 from consular_notice n where n.obligation_id = o.id and n.follow_up_id is null)""",
            // an unspecified nationality (XXX) not established
            """
            select o.id, 'NATIONALITY', o.id, 'WARNING', o.notification_due_at from obligation o
             where o.status = 'OPEN' and o.regime = 'PENDING' and o.notification_warning_at <= :now""",
            """
            select o.id, 'NATIONALITY', o.id, 'BREACH', o.notification_due_at from obligation o
             where o.status = 'OPEN' and o.regime = 'PENDING' and o.notification_due_at <= :now""",
            // a follow-up not told; a death-penalty stage is owed even when the person declined
            """
            select f.obligation_id, 'NOTIFICATION', f.id, 'WARNING', f.due_at from follow_up f
              join obligation o on o.id = f.obligation_id
             where f.notice_id is null and f.warning_at <= :now
               and (o.status not in ('NOT_APPLICABLE', 'SUPPRESSED', 'DECLINED') or o.status = 'DECLINED' and %s)""".formatted(FollowUp.ALWAYS_NOTIFIED_SQL),
            """
            select f.obligation_id, 'NOTIFICATION', f.id, 'BREACH', f.due_at from follow_up f
              join obligation o on o.id = f.obligation_id
             where f.notice_id is null and f.due_at <= :now
               and (o.status not in ('NOT_APPLICABLE', 'SUPPRESSED', 'DECLINED') or o.status = 'DECLINED' and %s)""".formatted(FollowUp.ALWAYS_NOTIFIED_SQL),
            // a notice not acknowledged: chase the post
            """
            select n.obligation_id, 'ACKNOWLEDGEMENT', n.id, 'WARNING', n.acknowledgement_chase_at from consular_notice n
             where n.acknowledged_at is null and n.acknowledgement_chase_at <= :now""",
            // a requested visit not held: warn half-way, and at the access target (default 96 h) the target is missed
            // (the VCCR sets no deadline for a visit: not a breach); never while paused at the post's chosen time
            """
            select r.obligation_id, 'ACCESS', r.id, 'WARNING', r.due_at from access_request r
             where r.status in ('REQUESTED', 'UNDER_REVIEW', 'APPROVED', 'SCHEDULED', 'RESCHEDULED') and r.paused_since is null
               and r.warning_at <= :now""",
            """
            select r.obligation_id, 'ACCESS', r.id, 'TARGET_MISSED', r.due_at from access_request r
             where r.status in ('REQUESTED', 'UNDER_REVIEW', 'APPROVED', 'SCHEDULED', 'RESCHEDULED') and r.paused_since is null
               and r.due_at <= :now""");

    private final EntityManager em;
    private final ObligationEvents events;
    private final Clock clock;

    public DeadlineWatch(EntityManager em, ObligationEvents events, Clock clock) {
        this.em = em;
        this.events = events;
        this.clock = clock;
    }

    // Set in application.properties, typed by DeadlineSettings.
    @Scheduled(every = "${wna.deadlines.scan-every}", delayed = "${wna.deadlines.first-scan-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int raised = scan(clock.instant());
            if (raised > 0) {
                LOG.infof("deadline scan raised %d alerts", raised);
            }
        } catch (RuntimeException e) {
            LOG.warn("deadline scan failed; the next scan retries", e);
        }
    }

    /** Raises every alert due at {@code now}; returns how many. */
    @Transactional
    public int scan(Instant now) {
        List<ObligationEvents.Alert> alerts = new ArrayList<>();
        Map<UUID, Obligation> obligations = new HashMap<>();
        for (String due : DUE) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    insert into deadline_alert (id, obligation_id, clock, subject_id, level, due_at, raised_at)
                    select gen_random_uuid(), d.*, :now from (%s) d (obligation_id, clock, subject_id, level, due_at)
                     where not exists (select 1 from deadline_alert x where x.obligation_id = d.obligation_id
                                          and x.clock = d.clock and x.subject_id = d.subject_id and x.level = d.level)
                     limit %d
                    on conflict on constraint deadline_alert_once do nothing
                    returning obligation_id, clock, level, due_at, raised_at""".formatted(due, BATCH))
                    .setParameter("now", Timestamp.from(now)).getResultList();
            for (Object[] r : rows) {
                UUID obligationId = (UUID) r[0];
                Obligation o = obligations.computeIfAbsent(obligationId, id -> Obligation.findById(id));
                String level = (String) r[2];
                // A plain update, not through the entity: raising the level must not bump the obligation's version and
                // make an officer's concurrent write (a notice on an overdue obligation) fail.
                em.createNativeQuery("update obligation set escalation_level = greatest(escalation_level, ?1) where id = ?2")
                        .setParameter(1, "BREACH".equals(level) ? 2 : 1).setParameter(2, obligationId).executeUpdate(); // a missed target: the officer
                alerts.add(new ObligationEvents.Alert(o, (String) r[1], level, toInstant(r[3]), toInstant(r[4])));
            }
        }
        events.alerts(alerts);
        return alerts.size();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value);
    }
}
