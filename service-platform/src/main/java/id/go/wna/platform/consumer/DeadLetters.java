package id.go.wna.platform.consumer;

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
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the records a consumer could not process: in the {@code dead_letter} table (the operators' list, durable
 * before the record is acknowledged), byte for byte (key, value and headers as they came, whatever they hold), and on
 * {@code <group>.dlq} with headers naming the failure and its source. Operators apply them again in this service
 * ({@link Redrives}), as they came or with a corrected value.
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
    /** Attempts at storing a dead letter while the database answers, before the fallback row without the bytes. */
    private static final int STORE_ATTEMPTS = 3;

    private final EntityManager em;
    private final KafkaProducers producers;
    private final Database database;
    private final String deadLetterTopic;

    public DeadLetters(EntityManager em, KafkaProducers producers, Database database,
                       @ConfigProperty(name = "quarkus.application.name") String consumerGroup) {
        this.em = em;
        this.producers = producers;
        this.database = database;
        this.deadLetterTopic = Topics.deadLetter(consumerGroup);
    }

    /**
     * Records a dead letter and returns its id. While the database is unreachable it waits for it: the record is
     * acknowledged only once this returns, so it is never lost. While the database answers, a row that still cannot
     * be stored (it never should: the bytes go to bytea columns, the texts are made storable) is stored without the
     * record's bytes after a few attempts, so that no record holds the consumer for ever; the record itself is still
     * on its topic at the offset the row names.
     */
    public UUID record(String consumer, ConsumerRecord<byte[], byte[]> record, String eventId, String eventType,
                       FailureReason reason, String error, int attempts) {
        UUID id = UUID.randomUUID();
        String safeError = RecordBytes.safeText(error == null ? reason.name() : error, 4_000);
        byte[] headers = encodeHeaders(record.headers());
        int failures = 0;
        while (true) {
            boolean complete = failures < STORE_ATTEMPTS;
            try {
                UUID stored = insert(id, consumer, record, complete ? record.key() : null, complete ? record.value() : null,
                        complete ? headers : new byte[0], eventId, eventType, reason,
                        complete ? safeError : "(stored without the record's bytes after " + failures + " failures) " + safeError,
                        attempts);
                if (!stored.equals(id)) {
                    // A replay met a record already dead-lettered: it is the same dead letter, neither logged nor
                    // copied to the dead-letter topic again.
                    LOG.debugf("%s/%d@%d is dead letter %s already", record.topic(), record.partition(), record.offset(), stored);
                    return stored;
                }
                break;
            } catch (RuntimeException e) {
                if (!database.reachable()) {
                    database.awaitReachable("dead letter for " + record.topic() + "/" + record.partition() + "@" + record.offset(), () -> false);
                    continue;
                }
                failures++;
                LOG.errorf("Dead letter for %s/%d@%d not stored (%s), attempt %d", record.topic(), record.partition(),
                        record.offset(), e.getMessage(), failures);
                if (failures > STORE_ATTEMPTS) {
                    LOG.errorf("Dead letter for %s/%d@%d could not be stored at all; going on (the record stays on its topic)",
                            record.topic(), record.partition(), record.offset());
                    return id;
                }
            }
        }
        LOG.warnf("Dead letter %s: %s %s/%d@%d (%s): %s", id, consumer, record.topic(), record.partition(), record.offset(),
                reason, RecordBytes.safeText(safeError, 300));
        publishToDeadLetterTopic(id, record, reason, safeError, consumer);
        return id;
    }

    /** Stores the row and returns {@code id}, or the id of the dead letter already stored for this source position. */
    private UUID insert(UUID id, String consumer, ConsumerRecord<byte[], byte[]> record, byte[] key, byte[] value,
                        byte[] headers, String eventId, String eventType, FailureReason reason, String error, int attempts) {
        // Plain JDBC: a null key or value (a tombstone) stays NULL, an empty one stays empty.
        return QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dead_letter (id, consumer, source_topic, source_partition, source_offset, key_bytes,
                      value_bytes, header_bytes, event_id, event_type, reason, error, attempts, failed_at, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')
                    ON CONFLICT (consumer, source_topic, source_partition, source_offset) DO NOTHING""")) {
                insert.setObject(1, id);
                insert.setString(2, consumer);
                insert.setString(3, RecordBytes.safeText(record.topic(), 200));
                insert.setInt(4, record.partition());
                insert.setLong(5, record.offset());
                insert.setBytes(6, key);
                insert.setBytes(7, value);
                insert.setBytes(8, headers);
                insert.setString(9, RecordBytes.safeText(eventId, 100));
                insert.setString(10, RecordBytes.safeText(eventType, 150));
                insert.setString(11, reason.name());
                insert.setString(12, error);
                insert.setInt(13, attempts);
                insert.setObject(14, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
                if (insert.executeUpdate() == 1) {
                    return id;
                }
            }
            try (PreparedStatement existing = connection.prepareStatement("""
                    SELECT id FROM dead_letter
                     WHERE consumer = ? AND source_topic = ? AND source_partition = ? AND source_offset = ?""")) {
                existing.setString(1, consumer);
                existing.setString(2, RecordBytes.safeText(record.topic(), 200));
                existing.setInt(3, record.partition());
                existing.setLong(4, record.offset());
                try (var rows = existing.executeQuery()) {
                    return rows.next() ? rows.getObject(1, UUID.class) : id;
                }
            }
        }));
    }

    private void publishToDeadLetterTopic(UUID id, ConsumerRecord<byte[], byte[]> source, FailureReason reason,
                                          String error, String consumer) {
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(deadLetterTopic, source.key(), source.value());
        for (Header h : source.headers()) {
            out.headers().add(h.key(), h.value());
        }
        add(out, REASON, reason.name());
        add(out, CAUSE, RecordBytes.safeText(error, 1_000));
        add(out, TOPIC, source.topic());
        add(out, PARTITION, String.valueOf(source.partition()));
        add(out, OFFSET, String.valueOf(source.offset()));
        add(out, CONSUMER, consumer);
        try {
            // Not waited for: the table holds the dead letter; the topic copy is for tools and may come late.
            producers.raw().send(out, (metadata, failure) -> {
                if (failure != null) {
                    LOG.warnf("Dead letter %s not copied to %s: %s", id, deadLetterTopic, failure.getMessage());
                    return;
                }
                try {
                    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "UPDATE dead_letter SET dlq_published_at = now() WHERE id = ?1").setParameter(1, id).executeUpdate());
                } catch (RuntimeException e) {
                    LOG.warnf("Dead letter %s copied to %s, but not marked so: %s", id, deadLetterTopic, e.getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Dead letter %s not copied to %s: %s", id, deadLetterTopic, e.getMessage());
        }
    }

    /**
     * The corrected value {@code consumer}'s dead letter at this source position was re-driven with, if it was: a
     * replay meets the original record again and applies the correction, as the re-drive did.
     */
    public Optional<byte[]> correctionFor(String consumer, ConsumerRecord<byte[], byte[]> record) {
        List<?> found = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        SELECT redriven_value FROM dead_letter WHERE consumer = ?1 AND source_topic = ?2
                          AND source_partition = ?3 AND source_offset = ?4 AND status = 'REDRIVEN' AND redriven_value IS NOT NULL""")
                .setParameter(1, consumer).setParameter(2, record.topic()).setParameter(3, record.partition())
                .setParameter(4, record.offset()).getResultList());
        return found.stream().map(byte[].class::cast).findFirst();
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

    /** Headers in their order, each key and value as bytes (a value may be null): length-prefixed, exact. */
    static byte[] encodeHeaders(Iterable<Header> headers) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Header h : headers) {
                byte[] key = h.key().getBytes(StandardCharsets.UTF_8);
                out.writeInt(key.length);
                out.write(key);
                out.writeInt(h.value() == null ? -1 : h.value().length);
                if (h.value() != null) {
                    out.write(h.value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<Header> decodeHeaders(byte[] encoded) {
        List<Header> headers = new ArrayList<>();
        if (encoded == null) {
            return headers;
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(encoded))) {
            while (in.available() > 0) {
                byte[] key = in.readNBytes(in.readInt());
                int length = in.readInt();
                headers.add(new RecordHeader(new String(key, StandardCharsets.UTF_8), length < 0 ? null : in.readNBytes(length)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return headers;
    }

    /** Headers of a dead letter kept before bytes were (text values, order unknown). */
    static List<Header> legacyHeaders(Map<String, String> legacy) {
        List<Header> headers = new ArrayList<>();
        if (legacy != null) {
            legacy.forEach((k, v) -> headers.add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
        }
        return headers;
    }

    private static void add(ProducerRecord<byte[], byte[]> r, String name, String value) {
        r.headers().remove(name);
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
