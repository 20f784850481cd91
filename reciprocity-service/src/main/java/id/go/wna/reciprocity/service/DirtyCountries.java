package id.go.wna.reciprocity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Countries whose facts changed, per month (UTC): a projection calls {@link #mark} in the transaction that changes a
 * fact, and {@link AssessmentRefresh} recomputes the month, its quarter and its year for them soon after.
 */
@ApplicationScoped
public class DirtyCountries {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private final EntityManager em;

    public DirtyCountries(EntityManager em) {
        this.em = em;
    }

    /** The country's facts of the month containing {@code when} (UTC) changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(String iso3, Instant when) {
        mark(iso3, MONTH.format(when));
    }

    /** The country's facts of a month ("YYYY-MM") changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(String iso3, String month) {
        em.createNativeQuery("INSERT INTO dirty_country (iso3, period) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, iso3).setParameter(2, month).executeUpdate();
    }

    /** A dirty (iso3, month), claimed; the row goes once the caller's transaction commits. */
    public record Mark(String iso3, String month) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Mark> claim(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        DELETE FROM dirty_country WHERE (iso3, period) IN (
                            SELECT iso3, period FROM dirty_country ORDER BY marked_at, iso3, period LIMIT ?1 FOR UPDATE SKIP LOCKED)
                        RETURNING iso3, period""")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Mark(((String) r[0]).strip(), ((String) r[1]).strip())).toList();
    }
}
