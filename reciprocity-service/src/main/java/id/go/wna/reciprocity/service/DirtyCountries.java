package id.go.wna.reciprocity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
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
        mark(iso3, of(iso3, when).month());
    }

    /** The country's facts of a month ("YYYY-MM") changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(String iso3, String month) {
        em.createNativeQuery("INSERT INTO dirty_country (iso3, period) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, iso3).setParameter(2, month).executeUpdate();
    }

    /** Several (iso3, month) pairs changed, with one statement (each once, in a fixed order: concurrent batches lock alike). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markAll(Collection<Mark> marks) {
        List<Mark> sorted = marks.stream().distinct()
                .sorted(Comparator.comparing(Mark::iso3).thenComparing(Mark::month)).toList();
        if (sorted.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO dirty_country (iso3, period) VALUES ");
        for (int i = 0; i < sorted.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(2 * i + 1).append(", ?").append(2 * i + 2).append(')');
        }
        var insert = em.createNativeQuery(sql.append(" ON CONFLICT DO NOTHING").toString());
        for (int i = 0; i < sorted.size(); i++) {
            insert.setParameter(2 * i + 1, sorted.get(i).iso3()).setParameter(2 * i + 2, sorted.get(i).month());
        }
        insert.executeUpdate();
    }

    /** The (iso3, month) of a fact at {@code when}. */
    public static Mark of(String iso3, Instant when) {
        return new Mark(iso3, MONTH.format(when));
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
