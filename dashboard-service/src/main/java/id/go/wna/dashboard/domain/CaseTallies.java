package id.go.wna.dashboard.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Cases counted by kind, status, nationality and province. */
@ApplicationScoped
public class CaseTallies {

    /** The dimensions a caller may group by, mapped to their column. */
    public enum Dimension {
        KIND("kind"), STATUS("status"), NATIONALITY("nationality"), PROVINCE("province");

        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    public record Count(String key, long cases) {
    }

    private final EntityManager em;

    public CaseTallies(EntityManager em) {
        this.em = em;
    }

    public void add(String kind, String status, String nationality, String province) {
        em.createNativeQuery("""
                        INSERT INTO case_tally (kind, status, nationality, province, cases) VALUES (?1, ?2, ?3, ?4, 1)
                        ON CONFLICT (kind, status, nationality, province) DO UPDATE SET cases = case_tally.cases + 1""")
                .setParameter(1, kind).setParameter(2, status).setParameter(3, nationality).setParameter(4, province)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Count> countBy(Dimension by) {
        // The column comes from the enum, never from the caller's text.
        List<Object[]> rows = em.createNativeQuery("SELECT " + by.column + ", SUM(cases) FROM case_tally GROUP BY "
                + by.column + " ORDER BY SUM(cases) DESC, " + by.column).getResultList();
        return rows.stream().map(r -> new Count(((String) r[0]).trim(), ((Number) r[1]).longValue())).toList();
    }
}
