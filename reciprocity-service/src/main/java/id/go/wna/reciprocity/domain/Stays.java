package id.go.wna.reciprocity.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
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

    /**
     * Opens a stay. A stay of the person still open from an earlier arrival is closed at this arrival (the person
     * must have left in between, unseen), so nobody counts twice. The same arrival twice is one stay.
     */
    public void arrived(UUID personRef, String nationality, Instant arrivedAt) {
        em.createNativeQuery("""
                        WITH closed AS (
                            UPDATE inbound_stay SET departed_at = ?3, closed_by_arrival = true
                            WHERE person_ref = ?1 AND departed_at IS NULL AND arrived_at < ?3)
                        INSERT INTO inbound_stay (person_ref, nationality, arrived_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (person_ref, arrived_at) DO NOTHING""")
                .setParameter(1, personRef).setParameter(2, nationality).setParameter(3, arrivedAt)
                .executeUpdate();
    }

    /** Closes the person's open stay begun before the departure; without one, records the departure alone. */
    public void departed(UUID personRef, String nationality, Instant departedAt) {
        em.createNativeQuery("""
                        WITH closed AS (
                            UPDATE inbound_stay SET departed_at = ?3
                            WHERE person_ref = ?1 AND departed_at IS NULL AND arrived_at <= ?3
                            RETURNING 1)
                        INSERT INTO inbound_stay (person_ref, nationality, arrived_at, departed_at)
                        SELECT ?1, ?2, NULL, ?3 WHERE NOT EXISTS (SELECT 1 FROM closed)""")
                .setParameter(1, personRef).setParameter(2, nationality).setParameter(3, departedAt)
                .executeUpdate();
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
