package id.go.wna.dashboard.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Cases counted by kind, current status, nationality and province. */
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

    /** Statuses after which a case no longer counts as open. */
    public static final List<String> CLOSED_STATUSES = List.of("RESOLVED", "ARCHIVED");

    public record Count(String key, long cases) {
    }

    private final EntityManager em;

    public CaseTallies(EntityManager em) {
        this.em = em;
    }

    public void add(String kind, String status, String nationality, String province, int by) {
        Sql.of("""
                INSERT INTO case_tally (kind, status, nationality, province, cases) VALUES (:k, :s, :n, :p, :by)
                ON CONFLICT (kind, status, nationality, province) DO UPDATE SET cases = case_tally.cases + EXCLUDED.cases""")
                .bind("k", kind).bind("s", status).bind("n", nationality).bind("p", province).bind("by", by).update(em);
    }

    /** Cases by one dimension, largest first; only open ones (status not RESOLVED/ARCHIVED) when {@code openOnly}. */
    public List<Count> countBy(Dimension by, String nationality, String province, boolean openOnly) {
        // The column comes from the enum, never from the caller's text.
        Sql sql = Sql.of("SELECT " + by.column + ", SUM(cases) FROM case_tally WHERE true")
                .andIf(nationality, "nationality = :n", "n").andIf(province, "province = :p", "p");
        if (openOnly) {
            sql.append("AND status NOT IN ('RESOLVED', 'ARCHIVED')");
        }
        sql.append("GROUP BY " + by.column + " HAVING SUM(cases) > 0 ORDER BY SUM(cases) DESC, " + by.column);
        return sql.rows(em).stream().map(r -> new Count(Sql.str(r[0]), Sql.num(r[1]))).toList();
    }

    public long open(String nationality, String province) {
        return Sql.of("SELECT COALESCE(SUM(cases), 0) FROM case_tally WHERE status NOT IN ('RESOLVED', 'ARCHIVED')")
                .andIf(nationality, "nationality = :n", "n").andIf(province, "province = :p", "p").count(em);
    }
}
