package id.go.wna.reciprocity.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly counters of a country's nationals in Indonesia, from {@code wna.case-events.v1}: table
 * {@code inbound_monthly_fact} (iso3, UTC month, metric, dimension) → value. Every event adds to its counters with one
 * upsert statement.
 */
@ApplicationScoped
public class InboundCounters {

    public static final String OFFENCE = "offence";
    public static final String ADMINISTRATIVE_ACTION = "administrative_action";
    public static final String DEPORTATION = "deportation";
    public static final String OVERSTAY = "overstay";
    public static final String OVERSTAY_DAYS = "overstay_days";
    public static final String DETENTION_DAYS = "detention_days";
    public static final String TRAVEL_DOCUMENT_WAIT = "travel_document_wait";
    public static final String TRAVEL_DOCUMENT_WAIT_DAYS = "travel_document_wait_days";

    /** One addition: metric, dimension ('' for none) and the amount. */
    public record Increment(String metric, String dimension, long amount) {
        public static Increment of(String metric, long amount) {
            return new Increment(metric, "", amount);
        }

        public static Increment of(String metric, String dimension, long amount) {
            return new Increment(metric, dimension == null ? "" : dimension, amount);
        }
    }

    /** A summed counter of a period. */
    public record Total(String metric, String dimension, long value) {
    }

    private final EntityManager em;

    public InboundCounters(EntityManager em) {
        this.em = em;
    }

    /** Adds the increments (distinct metric and dimension each) to the counters of the country's month of {@code at}. */
    public void add(String iso3, Instant at, List<Increment> increments) {
        if (increments.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO inbound_monthly_fact (iso3, month, metric, dimension, value) VALUES ");
        for (int i = 0; i < increments.size(); i++) {
            int p = i * 3 + 3;
            sql.append(i == 0 ? "" : ", ").append("(?1, ?2, ?").append(p).append(", ?").append(p + 1).append(", ?").append(p + 2).append(')');
        }
        sql.append(" ON CONFLICT (iso3, month, metric, dimension) DO UPDATE SET value = inbound_monthly_fact.value + EXCLUDED.value");
        var query = em.createNativeQuery(sql.toString()).setParameter(1, iso3).setParameter(2, Months.of(at));
        for (int i = 0; i < increments.size(); i++) {
            Increment inc = increments.get(i);
            int p = i * 3 + 3;
            query.setParameter(p, inc.metric()).setParameter(p + 1, inc.dimension()).setParameter(p + 2, inc.amount());
        }
        query.executeUpdate();
    }

    /** The counters of the country summed over the months [fromMonth, toMonthExclusive). */
    @SuppressWarnings("unchecked")
    public List<Total> totals(String iso3, String fromMonth, String toMonthExclusive) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT metric, dimension, SUM(value) FROM inbound_monthly_fact
                        WHERE iso3 = ?1 AND month >= ?2 AND month < ?3 GROUP BY metric, dimension""")
                .setParameter(1, iso3).setParameter(2, fromMonth).setParameter(3, toMonthExclusive).getResultList();
        List<Total> totals = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            totals.add(new Total((String) r[0], (String) r[1], ((Number) r[2]).longValue()));
        }
        return totals;
    }

    /**
     * Whether {@code wna.case-events.v1} has said anything about the country's nationals before {@code toMonthExclusive}
     * (a counter, or a case opened): then a figure with no event in a period is 0, otherwise unknown.
     */
    public boolean covered(String iso3, String toMonthExclusive) {
        return (Boolean) em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM inbound_monthly_fact WHERE iso3 = ?1 AND month < ?2)
                            OR EXISTS (SELECT 1 FROM country_case_fact WHERE iso3 = ?1 AND period < ?2)""")
                .setParameter(1, iso3).setParameter(2, toMonthExclusive).getSingleResult();
    }

    /** The countries with a counter or a case opened in the months [fromMonth, toMonthExclusive). */
    @SuppressWarnings("unchecked")
    public List<String> countries(String fromMonth, String toMonthExclusive) {
        return em.createNativeQuery("""
                        SELECT CAST(iso3 AS text) FROM inbound_monthly_fact WHERE month >= ?1 AND month < ?2 AND value <> 0
                        UNION SELECT CAST(iso3 AS text) FROM country_case_fact WHERE period >= ?1 AND period < ?2 AND cases_opened > 0""")
                .setParameter(1, fromMonth).setParameter(2, toMonthExclusive).getResultList();
    }
}
