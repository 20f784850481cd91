package id.go.wna.platform.idempotency;

import id.go.wna.platform.config.IdempotencySettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code idempotency_key} table. Every statement commits in its own short transaction: a claim must be visible to
 * a concurrent retry before the resource runs, and must outlive the resource's own transaction rolling back.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    /** What makes two requests "the same request": a retry must repeat all three. */
    public record Fingerprint(String method, String path, String bodySha256) {
    }

    /** A stored key: still in progress (stale if its holder has not finished in time), or completed with its response. */
    public record Stored(Fingerprint fingerprint, boolean completed, boolean stale, int status, String location,
                         String contentType, byte[] body) {
    }

    private final EntityManager em;
    private final Duration retention;
    private final Duration takeOverAfter;

    public IdempotencyKeys(EntityManager em, IdempotencySettings settings) {
        this.em = em;
        this.retention = settings.retention();
        this.takeOverAfter = settings.takeOverAfter();
    }

    /** True if this request now holds the key; false if the key was already taken (see {@link #find}). */
    public boolean claim(String subject, String key, Fingerprint request, UUID claim) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        INSERT INTO idempotency_key (subject, idem_key, method, path, body_sha256, state, claim, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, 'IN_PROGRESS', ?6, now())
                        ON CONFLICT (subject, idem_key) DO NOTHING""")
                .setParameter(1, subject).setParameter(2, key)
                .setParameter(3, request.method()).setParameter(4, request.path()).setParameter(5, request.bodySha256())
                .setParameter(6, claim)
                .executeUpdate() == 1);
    }

    public Optional<Stored> find(String subject, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        SELECT method, path, body_sha256, state, created_at < now() - CAST(?3 AS interval),
                               response_status, response_location, response_content_type, response_body
                        FROM idempotency_key WHERE subject = ?1 AND idem_key = ?2""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, takeOverAfter.toSeconds() + " seconds")
                .getResultList());
        return rows.stream().findFirst().map(r -> new Stored(
                new Fingerprint((String) r[0], (String) r[1], (String) r[2]),
                "COMPLETED".equals(r[3]), Boolean.TRUE.equals(r[4]),
                r[5] == null ? 0 : ((Number) r[5]).intValue(), (String) r[6], (String) r[7], (byte[]) r[8]));
    }

    /**
     * Takes over a claim whose holder did not finish within {@code wna.idempotency.take-over-after} (it crashed, or the
     * response could not be stored). Only one of several racing retries wins.
     */
    public boolean takeOver(String subject, String key, UUID claim) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        UPDATE idempotency_key SET claim = ?3, created_at = now()
                        WHERE subject = ?1 AND idem_key = ?2 AND state = 'IN_PROGRESS'
                          AND created_at < now() - CAST(?4 AS interval)""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, claim)
                .setParameter(4, takeOverAfter.toSeconds() + " seconds")
                .executeUpdate() == 1);
    }

    /** Stores the response a retry will get; nothing happens if the claim was taken over meanwhile. */
    public void complete(String subject, String key, UUID claim, int status, String location, String contentType, byte[] body) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE idempotency_key SET state = 'COMPLETED', response_status = ?4, response_location = ?5,
                               response_content_type = ?6, response_body = ?7, completed_at = now()
                        WHERE subject = ?1 AND idem_key = ?2 AND claim = ?3 AND state = 'IN_PROGRESS'""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, claim)
                .setParameter(4, status).setParameter(5, location).setParameter(6, contentType).setParameter(7, body)
                .executeUpdate());
    }

    /** Gives the key back after a failed request, so a corrected retry with the same key can run. */
    public void release(String subject, String key, UUID claim) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        DELETE FROM idempotency_key WHERE subject = ?1 AND idem_key = ?2 AND claim = ?3 AND state = 'IN_PROGRESS'""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, claim)
                .executeUpdate());
    }

    /** Keys are kept {@code wna.idempotency.retention}; the outbox relay's cleanup calls this once a minute. */
    public int deleteExpired() {
        int deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "DELETE FROM idempotency_key WHERE created_at < now() - CAST(?1 AS interval)")
                .setParameter(1, retention.toSeconds() + " seconds")
                .executeUpdate());
        if (deleted > 0) {
            LOG.infof("Idempotency keys: deleted %d older than %s", deleted, retention);
        }
        return deleted;
    }
}
