package id.go.wna.platform.consumer;

import id.go.wna.platform.api.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Re-drives dead letters: applies the record again, here and now, through the consumer that dead-lettered it (its
 * {@link EventHandler}), as it came or with a corrected value. Nothing is written to the source topic: a service may
 * only write the topics it owns (broker ACLs), and the other consumers of that topic had no trouble with the record.
 * The dead letter becomes REDRIVEN once applied (or found already applied); if the record still fails, it stays
 * PENDING with the new error and one more attempt, and the operator gets a 422 saying why.
 */
@ApplicationScoped
public class Redrives {

    private static final Logger LOG = Logger.getLogger(Redrives.class);
    /** A claim older than this is a re-drive that died with its process or lost its database: it may be taken again. */
    private static final String STALE_CLAIM = "2 minutes";

    private final DeadLetters deadLetters;
    private final EventConsumer events;
    private final Instance<EventHandler> handlers;
    private final Database database;
    private final EntityManager em;

    public Redrives(DeadLetters deadLetters, EventConsumer events, Instance<EventHandler> handlers, Database database,
                    EntityManager em) {
        this.deadLetters = deadLetters;
        this.events = events;
        this.handlers = handlers;
        this.database = database;
        this.em = em;
    }

    /** What a re-drive of every pending dead letter did. */
    public record Summary(int redriven, int stillFailing) {
    }

    /**
     * Applies the dead letter's record again. Claiming it first (PENDING to REDRIVING, with a conditional update) makes
     * a second concurrent re-drive of the same dead letter a 409, never a second application.
     */
    public DeadLetter redrive(UUID id, String correctedValue) {
        DeadLetter d = claim(id);
        byte[] value = correctedValue != null ? correctedValue.getBytes(StandardCharsets.UTF_8) : d.valueBytes;
        boolean changed = correctedValue != null && !Arrays.equals(value, d.valueBytes);
        Optional<EventHandler> handler = handlers.stream().filter(h -> h.consumer().equals(d.consumer)).findFirst();
        if (handler.isEmpty()) {
            release(id, null, null);
            throw ProblemException.conflict("dead letter " + id + " belongs to consumer " + d.consumer
                    + ", which does not run in this service (any more): it cannot be applied here");
        }
        try {
            boolean applied = events.applyAgain(handler.get(), RecordBytes.withValue(record(d), value));
            LOG.infof("Dead letter %s re-driven through %s: %s", id, d.consumer, applied ? "applied" : "already applied before");
        } catch (PermanentFailure f) {
            release(id, f.reason(), f.getMessage());
            throw stillFailing(id, f.reason(), f.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            if (!database.reachable()) {
                throw new ProblemException(503, "database-unavailable", "Database unavailable",
                        "dead letter " + id + " was not re-driven: the service's database does not answer; try again later", null);
            }
            release(id, FailureReason.HANDLER_ERROR, EventConsumer.describe(e));
            throw stillFailing(id, FailureReason.HANDLER_ERROR, "the consumer failed to apply it; the dead letter's error says why");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter managed = deadLetters.get(id);
            managed.status = DeadLetter.Status.REDRIVEN;
            managed.redrivenAt = Instant.now();
            managed.redrivenValueChanged = changed;
            managed.redrivenValue = changed ? value : null;
            return managed;
        });
    }

    /** Re-drives every pending dead letter, oldest first; those that still fail stay pending. */
    public Summary redriveAllPending() {
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>find("status",
                Sort.ascending("failedAt"), DeadLetter.Status.PENDING).list().stream().map(d -> d.id).toList());
        int redriven = 0;
        int failing = 0;
        for (UUID id : pending) {
            try {
                redrive(id, null);
                redriven++;
            } catch (ProblemException e) {
                switch (e.status()) {
                    case 409 -> {
                        // Re-driven meanwhile by another request, or its consumer is gone: not this one's to count.
                    }
                    case 422 -> failing++;
                    default -> throw e;
                }
            }
        }
        return new Summary(redriven, failing);
    }

    private DeadLetter claim(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter found = deadLetters.get(id);
            int claimed = em.createNativeQuery("UPDATE dead_letter SET status = 'REDRIVING', redriven_at = now() WHERE id = ?1"
                            + " AND (status = 'PENDING' OR status = 'REDRIVING' AND redriven_at < now() - interval '" + STALE_CLAIM + "')")
                    .setParameter(1, id).executeUpdate();
            if (claimed == 0) {
                throw ProblemException.conflict("dead letter " + id + (found.status == DeadLetter.Status.REDRIVEN
                        ? " was already re-driven at " + found.redrivenAt : " is being re-driven now"));
            }
            em.detach(found);
            return found;
        });
    }

    /** Back to PENDING; with a reason, the re-drive counts as one more failed attempt with that error. */
    private void release(UUID id, FailureReason reason, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            DeadLetter d = deadLetters.get(id);
            d.status = DeadLetter.Status.PENDING;
            d.redrivenAt = null;
            if (reason != null) {
                d.reason = reason;
                d.error = RecordBytes.safeText("re-drive at " + Instant.now() + ": " + error, 4_000);
                d.attempts++;
            }
        });
    }

    private static ProblemException stillFailing(UUID id, FailureReason reason, String why) {
        return new ProblemException(422, "dead-letter-still-failing", "The record still cannot be applied",
                "dead letter " + id + " stays pending (" + reason + "): " + RecordBytes.safeText(why, 1_000), null);
    }

    /** The record as the consumer received it, at its source position. */
    private static ConsumerRecord<byte[], byte[]> record(DeadLetter d) {
        RecordHeaders headers = new RecordHeaders();
        d.headers().forEach(headers::add);
        return new ConsumerRecord<>(d.sourceTopic, d.sourcePartition, d.sourceOffset, ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE, d.keyBytes == null ? -1 : d.keyBytes.length,
                d.valueBytes == null ? -1 : d.valueBytes.length, d.keyBytes, d.valueBytes, headers, Optional.empty());
    }
}
