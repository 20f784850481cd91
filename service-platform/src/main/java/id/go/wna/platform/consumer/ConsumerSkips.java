package id.go.wna.platform.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Operators' requests to skip one record a consumer is stuck on. A request is a row (any instance of the service may
 * hold the partition); the consumer looks for one between attempts at a record, never on its fast path, and when it
 * finds one keeps the record as a dead letter ({@link FailureReason#SKIPPED_BY_OPERATOR}) and goes on.
 */
@ApplicationScoped
public class ConsumerSkips {

    /** A pending or done request. */
    public record Skip(UUID id, String consumer, String topic, int partition, long offset, String requestedBy,
                       Instant requestedAt, String reason, UUID deadLetterId, Instant doneAt) {
    }

    private final EntityManager em;

    public ConsumerSkips(EntityManager em) {
        this.em = em;
    }

    /** Records a request (or returns the one already made for that record). */
    public Skip request(String consumer, String topic, int partition, long offset, String requestedBy, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("""
                            INSERT INTO consumer_skip (id, consumer, source_topic, source_partition, source_offset,
                              requested_by, requested_at, reason)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, now(), ?7)
                            ON CONFLICT (consumer, source_topic, source_partition, source_offset) DO NOTHING""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, consumer).setParameter(3, topic)
                    .setParameter(4, partition).setParameter(5, offset).setParameter(6, requestedBy)
                    .setParameter(7, reason).executeUpdate();
            return find(consumer, topic, partition, offset).orElseThrow();
        });
    }

    /** The request for this record that is not done yet, if an operator made one; empty when the database is away. */
    public Optional<Skip> pendingFor(String consumer, ConsumerRecord<?, ?> record) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> find(consumer, record.topic(), record.partition(), record.offset()))
                    .filter(s -> s.doneAt() == null);
        } catch (RuntimeException databaseAway) {
            return Optional.empty();
        }
    }

    public void done(UUID skip, UUID deadLetter) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE consumer_skip SET done_at = now(), dead_letter_id = ?2 WHERE id = ?1")
                .setParameter(1, skip).setParameter(2, deadLetter).executeUpdate());
    }

    public Optional<Skip> find(String consumer, String topic, int partition, long offset) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery("""
                        SELECT id, consumer, source_topic, source_partition, source_offset, requested_by, requested_at,
                               reason, dead_letter_id, done_at
                        FROM consumer_skip
                        WHERE consumer = ?1 AND source_topic = ?2 AND source_partition = ?3 AND source_offset = ?4""")
                .setParameter(1, consumer).setParameter(2, topic).setParameter(3, partition).setParameter(4, offset)
                .getResultList());
        return rows.stream().findFirst().map(r -> new Skip((UUID) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), (String) r[5], instant(r[6]), (String) r[7],
                (UUID) r[8], instant(r[9])));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}
