package id.go.wna.platform.outbox;

import jakarta.inject.Inject;
import id.go.wna.platform.config.OutboxSettings;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.platform.events.KafkaProducers;
import id.go.wna.platform.idempotency.IdempotencyKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka, oldest first, in bounded batches: the rows of {@code outbox_event} and
 * those of every {@link OutboxTable} (tables whose rows are their own events), each table in its own batch. A row is
 * marked published only after the broker acknowledged it (acks=all, idempotent producer), so a broker outage delays
 * events and never drops them.
 * Several instances of a service may relay from one database: see {@link #claim} for how per-key order holds.
 *
 * <p>One relay thread per service. It wakes when a transaction that recorded an event commits (so an event leaves
 * within milliseconds), and at least every {@code wna.outbox.sweep-interval} for rows committed elsewhere or left
 * by a failed attempt. After a failure it backs off, up to {@code wna.outbox.max-backoff}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** First key of the two-key advisory locks the relay takes, so they never collide with other advisory locks. */
    private static final int ADVISORY_LOCK_NAMESPACE = 0x0B0C;

    private final AgroalDataSource dataSource;
    private final KafkaProducers producers;
    private final String source;
    private final int batchSize;
    private final Duration sweepInterval;
    private final Duration maxBackoff;
    private final Duration retention;
    private final IdempotencyKeys idempotencyKeys;
    /** {@code outbox_event} first, then the service's own outbox tables. */
    private final List<OutboxTable> tables;
    private long lastCleanup = System.nanoTime();
    private final Semaphore wakeUp = new Semaphore(0);
    /** A cycle that found this many events means commits are arriving faster than one at a time. */
    private static final int BUSY_CYCLE = 4;
    private final Duration linger;
    private volatile boolean busy;
    private volatile boolean running;
    private Thread thread;

    @Inject
    public OutboxRelay(AgroalDataSource dataSource, KafkaProducers producers,
                       @ConfigProperty(name = "quarkus.application.name") String applicationName, OutboxSettings settings,
                       IdempotencyKeys idempotencyKeys, @All List<OutboxTable> outboxTables) {
        this(dataSource, producers, applicationName, settings.batchSize(), settings.sweepInterval(), settings.maxBackoff(),
                settings.retention(), settings.linger(), idempotencyKeys, outboxTables);
    }

    /** A relay wired by hand (a second instance in a test): the settings of {@link OutboxSettings}, given. */
    public OutboxRelay(AgroalDataSource dataSource, KafkaProducers producers, String applicationName, int batchSize,
                       Duration sweepInterval, Duration maxBackoff, Duration retention, Duration linger,
                       IdempotencyKeys idempotencyKeys, List<OutboxTable> outboxTables) {
        this.dataSource = dataSource;
        this.producers = producers;
        this.source = "/wna/" + applicationName;
        this.batchSize = batchSize;
        this.linger = linger;
        this.sweepInterval = sweepInterval;
        this.maxBackoff = maxBackoff;
        this.retention = retention;
        this.idempotencyKeys = idempotencyKeys;
        this.tables = new ArrayList<>();
        this.tables.add(OutboxTable.OUTBOX_EVENT);
        this.tables.addAll(outboxTables);
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
                    boolean woken = wakeUp.tryAcquire(sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
                    if (woken && busy && !linger.isZero()) {
                        // Under load, wait for the commits still arriving: one claim, send and mark then serves many
                        // events, which leaves the database to the requests. Idle, an event leaves at once.
                        Thread.sleep(linger.toMillis());
                    }
                }
                wakeUp.drainPermits();
                int sent;
                int cycle = 0;
                do {
                    sent = publishBatch();
                    cycle += sent;
                } while (sent >= batchSize && running); // a full batch from any table: more may be waiting
                busy = cycle >= BUSY_CYCLE;
                backoffMillis = 0;
                if (System.nanoTime() - lastCleanup > Duration.ofMinutes(1).toNanos()) {
                    lastCleanup = System.nanoTime();
                    deletePublishedBeyondRetention();
                    // The platform's other expiring rows share this once-a-minute sweep rather than a scheduler of their own.
                    idempotencyKeys.deleteExpired();
                }
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

    /**
     * Publishes up to one batch of each outbox table now; returns how many rows were published. The relay thread calls
     * it in a loop.
     */
    public int publishBatch() throws SQLException, InterruptedException {
        int sent = 0;
        for (OutboxTable table : tables) {
            sent += publishBatch(table);
        }
        return sent;
    }

    private int publishBatch(OutboxTable table) throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<OutboxTable.Event> batch = claim(c, table);
                if (batch.isEmpty()) {
                    c.commit();
                    return 0;
                }
                List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
                for (OutboxTable.Event e : batch) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(e.topic(), e.key(), e.payload());
                    CloudEventHeaders.write(record.headers(), e.id().toString(), e.type(), source, e.key(), e.recordedAt());
                    acks.add(producers.reliable().send(record));
                }
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
                markPublished(c, table, batch);
                c.commit();
                return batch.size();
            } catch (Exception e) {
                c.rollback();
                if (e instanceof InterruptedException ie) throw ie;
                throw new SQLException("batch not published: " + e.getMessage(), e);
            }
        }
    }

    /** Published rows are kept for {@code wna.outbox.retention} (for audits and re-publication), then deleted. */
    int deletePublishedBeyondRetention() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < now() - ?::interval")) {
            ps.setString(1, retention.toSeconds() + " seconds");
            int deleted = ps.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Outbox: deleted %d events published more than %s ago", deleted, retention);
            }
            return deleted;
        }
    }

    /**
     * Claims the next batch, keeping per-key order when several instances relay from one database. An aggregate's
     * rows are published only by the relay holding that aggregate's transaction-scoped advisory lock:
     * <ol>
     *   <li>look at the oldest pending rows (commit order, {@code seq}) without locking;</li>
     *   <li>try the advisory lock of each aggregate among them (at most 2 x batch size locks): aggregates another
     *       relay is publishing are passed over whole, so none of their later rows can overtake an earlier one;</li>
     *   <li>read, in a fresh snapshot, the pending rows of the aggregates now held, oldest first, and row-lock them
     *       ({@code FOR UPDATE SKIP LOCKED}): rows another relay published meanwhile are no longer pending.</li>
     * </ol>
     */
    private List<OutboxTable.Event> claim(Connection c, OutboxTable table) throws SQLException {
        List<String> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT k FROM (SELECT " + table.key() + " AS k FROM "
                + table.table() + " WHERE published_at IS NULL ORDER BY seq LIMIT ?) oldest")) {
            ps.setInt(1, 2 * batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getString(1));
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<String> held = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT a FROM unnest(?) AS a WHERE pg_try_advisory_xact_lock(?, hashtext(a))")) {
            ps.setArray(1, c.createArrayOf("varchar", candidates.toArray()));
            ps.setInt(2, ADVISORY_LOCK_NAMESPACE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(rs.getString(1));
                }
            }
        }
        if (held.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + table.columns() + " FROM " + table.table()
                + " WHERE published_at IS NULL AND " + table.key() + " = ANY (?) ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
            ps.setArray(1, c.createArrayOf("varchar", held.toArray()));
            ps.setInt(2, batchSize);
            List<OutboxTable.Event> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(table.event(rs));
                }
            }
            return rows;
        }
    }

    private static void markPublished(Connection c, OutboxTable table, List<OutboxTable.Event> batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table.table() + " SET published_at = now() WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", batch.stream().map(OutboxTable.Event::id).toArray()));
            ps.executeUpdate();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5000);
        }
    }
}
