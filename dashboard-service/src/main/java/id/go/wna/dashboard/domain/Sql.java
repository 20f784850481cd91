package id.go.wna.dashboard.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A native statement built from fixed SQL fragments and named parameters: the caller's text only ever travels as a
 * parameter, never inside the SQL. Also reads the JDBC types PostgreSQL returns for native queries.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public static Sql of(String sql) {
        Sql s = new Sql();
        s.text.append(sql);
        return s;
    }

    public Sql append(String sql) {
        text.append(' ').append(sql);
        return this;
    }

    /** Appends {@code sql} and binds {@code value} to {@code name}, only when the value is given (an optional filter). */
    public Sql andIf(Object value, String sql, String name) {
        if (value != null) {
            text.append(" AND ").append(sql);
            params.put(name, value);
        }
        return this;
    }

    public Sql bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** Binds a value that may be null with its type, so PostgreSQL is not handed an untyped null. */
    public <T> Sql bind(String name, T value, Class<T> type) {
        params.put(name, new Typed<>(value, type));
        return this;
    }

    private record Typed<T>(T value, Class<T> type) {
    }

    public Query query(EntityManager em) {
        Query q = em.createNativeQuery(text.toString());
        params.forEach((name, value) -> {
            if (value instanceof Typed<?> t) {
                bindTyped(q.unwrap(NativeQuery.class), name, t);
            } else {
                q.setParameter(name, value);
            }
        });
        return q;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bindTyped(NativeQuery q, String name, Typed t) {
        q.setParameter(name, t.value(), t.type());
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> rows(EntityManager em) {
        List<?> raw = query(em).getResultList();
        List<Object[]> out = new ArrayList<>(raw.size());
        for (Object r : raw) {
            out.add(r instanceof Object[] a ? a : new Object[]{r});
        }
        return out;
    }

    public Object single(EntityManager em) {
        return query(em).getSingleResult();
    }

    public long count(EntityManager em) {
        return num(single(em));
    }

    public int update(EntityManager em) {
        return query(em).executeUpdate();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    public static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    public static Double dbl(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b.doubleValue() : ((Number) o).doubleValue();
    }

    public static String str(Object o) {
        return o == null ? null : o.toString().trim();
    }

    public static Instant instant(Object o) {
        if (o == null) return null;
        if (o instanceof Instant i) return i;
        if (o instanceof OffsetDateTime t) return t.toInstant();
        if (o instanceof Timestamp t) return t.toInstant();
        throw new IllegalStateException("not a time: " + o.getClass());
    }

    public static LocalDate date(Object o) {
        if (o == null) return null;
        if (o instanceof LocalDate d) return d;
        if (o instanceof java.sql.Date d) return d.toLocalDate();
        throw new IllegalStateException("not a date: " + o.getClass());
    }
}
