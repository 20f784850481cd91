package id.go.wna.reciprocity.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The stays of foreign nationals in Indonesia, from {@code wna.presence-events.v1} (key personRef, so a person's
 * events come in order): table {@code inbound_stay}, one row per arrival, closed by the person's next departure. The
 * population at an instant is a count, for any past instant.
 */
@ApplicationScoped
public class Stays {

    /** A country's presence figures for a period. */
    public record Presence(boolean covered, long population, long arrivals) {
    }

    private final EntityManager em;

    public Stays(EntityManager em) {
        this.em = em;
    }

    /** An arrival ({@code arrival}) or a departure of a person, in the order the person's events came. */
    public record Movement(UUID personRef, String nationality, Instant at, boolean arrival) {
    }

    /**
     * An arrival opens a stay. A stay of the person still open from an earlier arrival is closed at this arrival (the
     * person must have left in between, unseen), so nobody counts twice. The same arrival twice is one stay.
     */
    private static final String ARRIVED = """
            WITH closed AS (
                UPDATE inbound_stay SET departed_at = ?, closed_by_arrival = true
                WHERE person_ref = ? AND departed_at IS NULL AND arrived_at < ?)
            INSERT INTO inbound_stay (person_ref, nationality, arrived_at) VALUES (?, ?, ?)
            ON CONFLICT (person_ref, arrived_at) DO NOTHING""";
    /** A departure closes the person's open stay begun before it; without one, it is recorded alone. */
    private static final String DEPARTED = """
            WITH closed AS (
                UPDATE inbound_stay SET departed_at = ?
                WHERE person_ref = ? AND departed_at IS NULL AND arrived_at <= ?
                RETURNING 1)
            INSERT INTO inbound_stay (person_ref, nationality, arrived_at, departed_at)
            SELECT ?, ?, NULL, ? WHERE NOT EXISTS (SELECT 1 FROM closed)""";

    /**
     * Applies movements in their order, one statement each, sent as JDBC batches (one round trip for a run of
     * arrivals, or of departures): a run is executed before the next begins, so each statement sees the ones before.
     */
    public void apply(List<Movement> movements) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement arrived = connection.prepareStatement(ARRIVED);
                 PreparedStatement departed = connection.prepareStatement(DEPARTED)) {
                PreparedStatement pending = null;
                for (Movement m : movements) {
                    PreparedStatement next = m.arrival() ? arrived : departed;
                    if (pending != null && pending != next) {
                        pending.executeBatch();
                    }
                    OffsetDateTime at = m.at().atOffset(ZoneOffset.UTC);
                    next.setObject(1, at);
                    next.setObject(2, m.personRef());
                    next.setObject(3, at);
                    next.setObject(4, m.personRef());
                    next.setString(5, m.nationality());
                    next.setObject(6, at);
                    next.addBatch();
                    pending = next;
                }
                if (pending != null) {
                    pending.executeBatch();
                }
            }
        });
    }

    /**
     * The country's population at {@code end} (arrived before it, not departed before it), its arrivals in
     * [start, end), and whether any presence event about it happened before {@code end}.
     */
    public Presence of(String iso3, Instant start, Instant end) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT COUNT(*) FILTER (WHERE arrived_at < ?3 AND (departed_at IS NULL OR departed_at >= ?3)),
                               COUNT(*) FILTER (WHERE arrived_at >= ?2 AND arrived_at < ?3),
                               COUNT(*) FILTER (WHERE arrived_at < ?3 OR departed_at < ?3)
                        FROM inbound_stay WHERE nationality = ?1""")
                .setParameter(1, iso3).setParameter(2, start).setParameter(3, end).getSingleResult();
        return new Presence(((Number) r[2]).longValue() > 0, ((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    /** The countries with nationals present at {@code end} or arrived in [start, end). */
    @SuppressWarnings("unchecked")
    public List<String> countries(Instant start, Instant end) {
        return em.createNativeQuery("""
                        SELECT DISTINCT CAST(nationality AS text) FROM inbound_stay
                        WHERE arrived_at < ?2 AND (departed_at IS NULL OR departed_at >= ?2 OR arrived_at >= ?1)""")
                .setParameter(1, start).setParameter(2, end).getResultList();
    }
}
