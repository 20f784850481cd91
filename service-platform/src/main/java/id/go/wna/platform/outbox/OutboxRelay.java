package id.go.wna.platform.outbox;

import id.go.wna.contracts.CloudEventHeaders;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka, oldest first, in bounded batches. A row is marked published only after
 * the broker acknowledged it (acks=all, idempotent producer), so a broker outage delays events and never drops them.
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}: a second instance of the service skips what this one holds.
 *
 * <p>One relay thread per service. It wakes when a transaction that recorded an event commits (so an event leaves
 * within milliseconds), and at least every {@code wna.outbox.sweep-interval} for rows committed elsewhere or left
 * by a failed attempt. After a failure it backs off, up to {@code wna.outbox.max-backoff}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final String bootstrapServers;
    private final String source;
    private final int batchSize;
    private final Duration sweepInterval;
    private final Duration maxBackoff;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private volatile KafkaProducer<String, String> producer;

    public OutboxRelay(AgroalDataSource dataSource,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.application.name") String applicationName,
                       @ConfigProperty(name = "wna.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "wna.outbox.sweep-interval", defaultValue = "1s") Duration sweepInterval,
                       @ConfigProperty(name = "wna.outbox.max-backoff", defaultValue = "10s") Duration maxBackoff) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.source = "/wna/" + applicationName;
        this.batchSize = batchSize;
        this.sweepInterval = sweepInterval;
        this.maxBackoff = maxBackoff;
    }

    /** Called after a transaction that recorded events commits. */
    public void wakeUp() {
        wakeUp.release();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long backoffMillis = 0;
        while (running) {
            try {
                if (backoffMillis > 0) {
                    Thread.sleep(backoffMillis);
                } else {
                    wakeUp.tryAcquire(sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
                wakeUp.drainPermits();
                int sent;
                do {
                    sent = publishBatch();
                } while (sent == batchSize && running);
                backoffMillis = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // The rows stay pending; they leave when the broker or database is back.
                backoffMillis = Math.min(maxBackoff.toMillis(), Math.max(500, backoffMillis * 2));
                LOG.warnf("Outbox relay paused for %d ms: %s", backoffMillis, e.getMessage());
            }
        }
    }

    /** Publishes up to one batch; returns how many rows were published. */
    int publishBatch() throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<PendingEvent> batch = claim(c);
                if (batch.isEmpty()) {
                    c.commit();
                    return 0;
                }
                List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
                for (PendingEvent e : batch) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(e.topic(), e.aggregateId(), e.payload());
                    CloudEventHeaders.write(record.headers(), e.id().toString(), e.type(), source, e.aggregateId(), e.occurredAt().toInstant());
                    acks.add(producer().send(record));
                }
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
                markPublished(c, batch);
                c.commit();
                return batch.size();
            } catch (Exception e) {
                c.rollback();
                if (e instanceof InterruptedException ie) throw ie;
                throw new SQLException("batch not published: " + e.getMessage(), e);
            }
        }
    }

    private List<PendingEvent> claim(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, topic, aggregate_id, type, payload::text, occurred_at FROM outbox_event
                WHERE published_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""")) {
            ps.setInt(1, batchSize);
            List<PendingEvent> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PendingEvent((UUID) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6)));
                }
            }
            return rows;
        }
    }

    private static void markPublished(Connection c, List<PendingEvent> batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", batch.stream().map(PendingEvent::id).toArray()));
            ps.executeUpdate();
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                            ProducerConfig.LINGER_MS_CONFIG, 5,
                            ProducerConfig.CLIENT_ID_CONFIG, source.substring(5) + "-outbox-relay"),
                            new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5000);
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private record PendingEvent(UUID id, String topic, String aggregateId, String type, String payload, Timestamp occurredAt) {
    }
}
