package id.go.wna.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.events.KafkaProducers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the records a consumer could not process: in the {@code dead_letter} table (the operators' list, durable
 * before the record is acknowledged) and on {@code <group>.dlq} with headers naming the failure and its source.
 * Operators re-drive them to their source topic, as they were or corrected.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** Header names as SmallRye Reactive Messaging's dead-letter strategy writes them, so existing tools read ours. */
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String CONSUMER = "dead-letter-consumer";

    private final EntityManager em;
    private final ObjectMapper json;
    private final KafkaProducers producers;
    private final String deadLetterTopic;

    public DeadLetters(EntityManager em, ObjectMapper json, KafkaProducers producers,
                       @ConfigProperty(name = "quarkus.application.name") String consumerGroup) {
        this.em = em;
        this.json = json;
        this.producers = producers;
        this.deadLetterTopic = Topics.deadLetter(consumerGroup);
    }

    /**
     * Records a dead letter. Keeps trying while the database is unreachable: the record is acknowledged only once
     * this returns, so it is never lost.
     */
    public void record(String consumer, ConsumerRecord<String, String> record, String eventId, String eventType,
                       FailureReason reason, String error, int attempts) {
        Map<String, String> headers = headersOf(record);
        UUID id = UUID.randomUUID();
        long backoff = 500;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                                INSERT INTO dead_letter (id, consumer, source_topic, source_partition, source_offset, record_key,
                                  record_value, headers, event_id, event_type, reason, error, attempts, failed_at, status)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), ?9, ?10, ?11, ?12, ?13, ?14, 'PENDING')
                                ON CONFLICT (consumer, source_topic, source_partition, source_offset) DO NOTHING""")
                        .setParameter(1, id).setParameter(2, consumer).setParameter(3, record.topic())
                        .setParameter(4, record.partition()).setParameter(5, record.offset())
                        .setParameter(6, record.key()).setParameter(7, record.value())
                        .setParameter(8, toJson(headers)).setParameter(9, eventId).setParameter(10, eventType)
                        .setParameter(11, reason.name()).setParameter(12, error).setParameter(13, attempts)
                        .setParameter(14, Instant.now())
                        .executeUpdate());
                break;
            } catch (RuntimeException e) {
                LOG.errorf("Dead letter for %s/%d@%d not stored yet (%s); retrying in %d ms",
                        record.topic(), record.partition(), record.offset(), e.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(30_000, backoff * 2);
            }
        }
        LOG.warnf("Dead letter %s: %s %s/%d@%d (%s): %s", id, consumer, record.topic(), record.partition(), record.offset(),
                reason, error);
        publishToDeadLetterTopic(id, record, reason, error, consumer);
    }

    private void publishToDeadLetterTopic(UUID id, ConsumerRecord<String, String> source, FailureReason reason,
                                          String error, String consumer) {
        ProducerRecord<String, String> out = new ProducerRecord<>(deadLetterTopic, source.key(), source.value());
        for (Header h : source.headers()) {
            out.headers().add(h.key(), h.value());
        }
        add(out, REASON, reason.name());
        add(out, CAUSE, error);
        add(out, TOPIC, source.topic());
        add(out, PARTITION, String.valueOf(source.partition()));
        add(out, OFFSET, String.valueOf(source.offset()));
        add(out, CONSUMER, consumer);
        try {
            producers.reliable().send(out).get(15, TimeUnit.SECONDS);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE dead_letter SET dlq_published_at = now() WHERE id = ?1").setParameter(1, id).executeUpdate());
        } catch (Exception e) {
            // The table holds it; the topic copy is for tools. dlqPublishedAt stays empty in the admin list.
            LOG.warnf("Dead letter %s not copied to %s: %s", id, deadLetterTopic, e.getMessage());
        }
    }

    public List<DeadLetter> list(DeadLetter.Status status, int page, int size) {
        Sort newest = Sort.descending("failedAt");
        return (status == null ? DeadLetter.<DeadLetter>findAll(newest) : DeadLetter.<DeadLetter>find("status", newest, status))
                .page(Page.of(page, size)).list();
    }

    public DeadLetter get(UUID id) {
        DeadLetter d = DeadLetter.findById(id);
        if (d == null) {
            throw ProblemException.notFound("dead letter", id);
        }
        return d;
    }

    /**
     * Sends the record back to its source topic (same key and headers; the value as it was, or corrected) and marks
     * the dead letter REDRIVEN once the broker acknowledged it.
     */
    public DeadLetter redrive(UUID id, String correctedValue) {
        DeadLetter d = QuarkusTransaction.requiringNew().call(() -> get(id));
        if (d.status == DeadLetter.Status.REDRIVEN) {
            throw ProblemException.conflict("dead letter " + id + " was already re-driven at " + d.redrivenAt);
        }
        String value = correctedValue != null ? correctedValue : d.recordValue;
        ProducerRecord<String, String> out = new ProducerRecord<>(d.sourceTopic, d.recordKey, value);
        d.headers.forEach((k, v) -> out.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producers.reliable().send(out).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new ProblemException(503, "broker-unavailable", "Kafka broker unavailable",
                    "dead letter " + id + " was not re-driven: " + e.getMessage(), null);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter managed = get(id);
            managed.status = DeadLetter.Status.REDRIVEN;
            managed.redrivenAt = Instant.now();
            managed.redrivenValueChanged = correctedValue != null && !correctedValue.equals(managed.recordValue);
            return managed;
        });
    }

    /** Re-drives every pending dead letter, oldest first; returns how many were sent. */
    public int redriveAllPending() {
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> DeadLetter.<DeadLetter>find("status",
                Sort.ascending("failedAt"), DeadLetter.Status.PENDING).list().stream().map(d -> d.id).toList());
        pending.forEach(id -> redrive(id, null));
        return pending.size();
    }

    private static Map<String, String> headersOf(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private String toJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(ProducerRecord<String, String> r, String name, String value) {
        r.headers().remove(name);
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keeping a dead letter", e);
        }
    }
}
