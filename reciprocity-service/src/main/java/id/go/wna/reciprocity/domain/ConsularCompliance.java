package id.go.wna.reciprocity.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Indonesia's consular compliance toward a country, and the country's posts' responsiveness, from
 * {@code kemlu.consular-events.v1}: one row per obligation ({@code inbound_obligation}) and one per acknowledged notice
 * ({@code inbound_acknowledgement}). Each event upserts only what it knows, so the result does not depend on the order
 * the events come in; medians and shares are computed in SQL.
 */
@ApplicationScoped
public class ConsularCompliance {

    /** Minutes in 24 h and 72 h, the notification thresholds. */
    static final long MINUTES_24H = 24 * 60, MINUTES_72H = 72 * 60;

    /**
     * Whether an obligation's arrest was owed a notice to the post: the denominator of the notification shares. An
     * arrest (trigger DETENTION or CONSULAR_STAFF_ARREST) is owed a notice when, by its latest regime:
     * <ul>
     * <li>MANDATORY (a bilateral arrangement, a child): notified whatever the person says;</li>
     * <li>ON_REQUEST and the person asked (VCCR Art. 36(1)(b)): the latest request is not older than the latest
     * refusal, so a refusal withdrawn by a later request counts, a request withdrawn by a later refusal does not (ties
     * count as asked: a refusal recorded at the same instant must not make compliance look better);</li>
     * <li>ESCALATED for consular staff (VCCR Art. 42: the head of post is notified promptly); an escalation for
     * diplomatic immunity goes to Protocol and owes no notice;</li>
     * <li>or a notice was actually sent, whatever the regime (what was notified is always in the denominator).</li>
     * </ul>
     * Not owed: on request and never asked or declined, NOT_APPLICABLE (Indonesian, stateless), diplomatic immunity,
     * SUPPRESSED (asylum) unless notified after all. Every column it reads is an order-independent upsert.
     */
    static final String NOTICE_OWED = """
            COALESCE(trigger IN ('DETENTION', 'CONSULAR_STAFF_ARREST') AND (
                regime = 'MANDATORY'
                OR regime = 'ON_REQUEST' AND notification_requested_at IS NOT NULL
                   AND (notification_declined_at IS NULL OR notification_requested_at >= notification_declined_at)
                OR regime = 'ESCALATED' AND 'CONSULAR_STAFF' = ANY (string_to_array(regime_reasons, ','))
                   AND NOT 'DIPLOMATIC_IMMUNITY' = ANY (string_to_array(regime_reasons, ','))
                OR first_notice_minutes IS NOT NULL), false)""";

    /** A country's consular figures for a period; counts are meaningful only when {@code covered}. */
    public record Figures(boolean covered, long arrestsOwedNotice, long notifiedWithin24h, long notifiedWithin72h,
                          Double medianNotificationDelayHours, long accessRequested, long accessConducted,
                          Double medianDaysToFirstVisit, long acknowledgements, Double medianAcknowledgementHours) {
    }

    private final EntityManager em;

    public ConsularCompliance(EntityManager em) {
        this.em = em;
    }

    public void obligationOpened(UUID obligationId, String iso3, String trigger, Instant triggeredAt, Instant openedAt) {
        em.createNativeQuery("""
                        INSERT INTO inbound_obligation (obligation_id, iso3, trigger, opened_month, triggered_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (obligation_id) DO UPDATE SET iso3 = EXCLUDED.iso3, trigger = EXCLUDED.trigger,
                            opened_month = EXCLUDED.opened_month, triggered_at = EXCLUDED.triggered_at""")
                .setParameter(1, obligationId).setParameter(2, iso3).setParameter(3, trigger)
                .setParameter(4, Months.of(openedAt)).setParameter(5, triggeredAt)
                .executeUpdate();
    }

    /**
     * The regime determined last (by {@code determinedAt}) is the one that holds, with its reasons (comma-separated):
     * whether an escalation owes a notice depends on them.
     */
    public void regimeDetermined(UUID obligationId, String iso3, String regime, List<String> reasons, Instant determinedAt) {
        em.createNativeQuery("""
                        INSERT INTO inbound_obligation (obligation_id, iso3, opened_month, regime, regime_reasons, regime_determined_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (obligation_id) DO UPDATE SET
                            regime = CASE WHEN inbound_obligation.regime_determined_at IS NULL
                                            OR EXCLUDED.regime_determined_at >= inbound_obligation.regime_determined_at
                                          THEN EXCLUDED.regime ELSE inbound_obligation.regime END,
                            regime_reasons = CASE WHEN inbound_obligation.regime_determined_at IS NULL
                                            OR EXCLUDED.regime_determined_at >= inbound_obligation.regime_determined_at
                                          THEN EXCLUDED.regime_reasons ELSE inbound_obligation.regime_reasons END,
                            regime_determined_at = GREATEST(inbound_obligation.regime_determined_at, EXCLUDED.regime_determined_at)""")
                .setParameter(1, obligationId).setParameter(2, iso3).setParameter(3, Months.of(determinedAt))
                .setParameter(4, regime).setParameter(5, reasons == null ? "" : String.join(",", reasons))
                .setParameter(6, determinedAt)
                .executeUpdate();
    }

    /**
     * The detainee's answer to the advisement of the right to consular notification (VCCR Art. 36(1)(b)). The latest
     * request and the latest refusal are kept apart (each the greatest {@code advisedAt} seen), so whichever came last
     * holds whatever the order the events arrive in; NO_ANSWER changes nothing (an earlier request stands, as in
     * notification-service).
     */
    public void rightsAdvised(UUID obligationId, String iso3, String answer, Instant advisedAt) {
        String column = switch (answer) {
            case "NOTIFY_REQUESTED" -> "notification_requested_at";
            case "NOTIFY_DECLINED" -> "notification_declined_at";
            default -> null;
        };
        if (column == null) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO inbound_obligation (obligation_id, iso3, opened_month, %1$s)
                        VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (obligation_id) DO UPDATE SET %1$s = GREATEST(inbound_obligation.%1$s, EXCLUDED.%1$s)"""
                        .formatted(column))
                .setParameter(1, obligationId).setParameter(2, iso3).setParameter(3, Months.of(advisedAt))
                .setParameter(4, advisedAt)
                .executeUpdate();
    }

    /** The first notice is the one sent soonest after the trigger: the smallest delay. */
    public void noticeSent(UUID obligationId, String iso3, long delayMinutes, Instant sentAt) {
        em.createNativeQuery("""
                        INSERT INTO inbound_obligation (obligation_id, iso3, opened_month, first_notice_minutes)
                        VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (obligation_id) DO UPDATE SET
                            first_notice_minutes = LEAST(inbound_obligation.first_notice_minutes, EXCLUDED.first_notice_minutes)""")
                .setParameter(1, obligationId).setParameter(2, iso3).setParameter(3, Months.of(sentAt))
                .setParameter(4, delayMinutes)
                .executeUpdate();
    }

    /** One acknowledgement per notice (the first recorded). */
    public void noticeAcknowledged(UUID noticeId, UUID obligationId, String iso3, long responseMinutes, Instant acknowledgedAt) {
        em.createNativeQuery("""
                        INSERT INTO inbound_acknowledgement (notice_id, obligation_id, iso3, month, response_minutes)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (notice_id) DO NOTHING""")
                .setParameter(1, noticeId).setParameter(2, obligationId).setParameter(3, iso3)
                .setParameter(4, Months.of(acknowledgedAt)).setParameter(5, responseMinutes)
                .executeUpdate();
    }

    public void accessRequested(UUID obligationId, String iso3, Instant requestedAt) {
        em.createNativeQuery("""
                        INSERT INTO inbound_obligation (obligation_id, iso3, opened_month, access_requested)
                        VALUES (?1, ?2, ?3, 1)
                        ON CONFLICT (obligation_id) DO UPDATE SET access_requested = inbound_obligation.access_requested + 1""")
                .setParameter(1, obligationId).setParameter(2, iso3).setParameter(3, Months.of(requestedAt))
                .executeUpdate();
    }

    /** A visit or call took place; {@code firstVisitDays} is the days since custody start when it was the first. */
    public void accessConducted(UUID obligationId, String iso3, Integer firstVisitDays, Instant conductedAt) {
        // A null firstVisitDays is written as a literal NULL: an untyped null parameter would be bound as bytea.
        String sql = """
                        INSERT INTO inbound_obligation (obligation_id, iso3, opened_month, access_conducted, first_visit_days)
                        VALUES (?1, ?2, ?3, 1, %s)
                        ON CONFLICT (obligation_id) DO UPDATE SET access_conducted = inbound_obligation.access_conducted + 1,
                            first_visit_days = LEAST(inbound_obligation.first_visit_days, EXCLUDED.first_visit_days)"""
                .formatted(firstVisitDays == null ? "NULL" : "?4");
        var query = em.createNativeQuery(sql)
                .setParameter(1, obligationId).setParameter(2, iso3).setParameter(3, Months.of(conductedAt));
        if (firstVisitDays != null) {
            query.setParameter(4, firstVisitDays);
        }
        query.executeUpdate();
    }

    /**
     * The figures of the country for the months [fromMonth, toMonthExclusive): obligations by the month they were
     * opened, acknowledgements by the month they came.
     */
    public Figures of(String iso3, String fromMonth, String toMonthExclusive) {
        Object[] o = (Object[]) em.createNativeQuery("""
                        WITH o AS (
                            SELECT *, %s AS owed
                            FROM inbound_obligation WHERE iso3 = ?1 AND opened_month >= ?2 AND opened_month < ?3)
                        SELECT COUNT(*) FILTER (WHERE owed),
                               COUNT(*) FILTER (WHERE owed AND first_notice_minutes <= ?4),
                               COUNT(*) FILTER (WHERE owed AND first_notice_minutes <= ?5),
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(first_notice_minutes AS double precision) / 60)
                                   FILTER (WHERE owed AND first_notice_minutes IS NOT NULL),
                               COALESCE(SUM(access_requested), 0),
                               COALESCE(SUM(access_conducted), 0),
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(first_visit_days AS double precision)) FILTER (WHERE first_visit_days IS NOT NULL)
                        FROM o""".formatted(NOTICE_OWED))
                .setParameter(1, iso3).setParameter(2, fromMonth).setParameter(3, toMonthExclusive)
                .setParameter(4, MINUTES_24H).setParameter(5, MINUTES_72H).getSingleResult();
        Object[] a = (Object[]) em.createNativeQuery("""
                        SELECT COUNT(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(response_minutes AS double precision) / 60)
                        FROM inbound_acknowledgement WHERE iso3 = ?1 AND month >= ?2 AND month < ?3""")
                .setParameter(1, iso3).setParameter(2, fromMonth).setParameter(3, toMonthExclusive).getSingleResult();
        boolean covered = (Boolean) em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM inbound_obligation WHERE iso3 = ?1 AND opened_month < ?2)
                            OR EXISTS (SELECT 1 FROM inbound_acknowledgement WHERE iso3 = ?1 AND month < ?2)""")
                .setParameter(1, iso3).setParameter(2, toMonthExclusive).getSingleResult();
        return new Figures(covered, count(o[0]), count(o[1]), count(o[2]), decimal(o[3]), count(o[4]), count(o[5]),
                decimal(o[6]), count(a[0]), decimal(a[1]));
    }

    /** The countries with an obligation opened or a notice acknowledged in the months [fromMonth, toMonthExclusive). */
    @SuppressWarnings("unchecked")
    public List<String> countries(String fromMonth, String toMonthExclusive) {
        return em.createNativeQuery("""
                        SELECT CAST(iso3 AS text) FROM inbound_obligation WHERE opened_month >= ?1 AND opened_month < ?2
                        UNION SELECT CAST(iso3 AS text) FROM inbound_acknowledgement WHERE month >= ?1 AND month < ?2""")
                .setParameter(1, fromMonth).setParameter(2, toMonthExclusive).getResultList();
    }

    private static long count(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }

    private static Double decimal(Object n) {
        return n == null ? null : ((Number) n).doubleValue();
    }
}
