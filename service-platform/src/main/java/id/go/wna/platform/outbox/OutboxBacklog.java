package id.go.wna.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.All;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How far the outbox is behind: pending events and the age of the oldest, over {@code outbox_event} and every
 * {@link OutboxTable}, as Prometheus gauges
 * ({@code wna_outbox_pending_events}, {@code wna_outbox_oldest_pending_age_seconds}); {@link OutboxBacklogHealth}
 * turns readiness DOWN when it is too far behind.
 */
@ApplicationScoped
public class OutboxBacklog {

    public record Snapshot(long pending, Duration oldestAge, Instant takenAt) {
    }

    private final AgroalDataSource dataSource;
    private final MeterRegistry metrics;
    /** One statement over every outbox table: pending rows and the oldest recording time. */
    private final String pendingQuery;
    private volatile Snapshot last = new Snapshot(0, Duration.ZERO, Instant.EPOCH);

    public OutboxBacklog(AgroalDataSource dataSource, MeterRegistry metrics, @All List<OutboxTable> outboxTables) {
        this.dataSource = dataSource;
        this.metrics = metrics;
        this.pendingQuery = "SELECT sum(n), min(oldest) FROM (" + Stream.concat(Stream.of(OutboxTable.OUTBOX_EVENT), outboxTables.stream())
                .map(t -> "SELECT count(*) AS n, min(" + t.recordedAt() + ") AS oldest FROM " + t.table() + " WHERE published_at IS NULL")
                .collect(Collectors.joining(" UNION ALL ")) + ") pending";
    }

    void registerGauges(@Observes StartupEvent event) {
        Gauge.builder("wna.outbox.pending.events", this, b -> b.snapshot().pending())
                .description("Outbox events committed but not yet acknowledged by the broker").register(metrics);
        Gauge.builder("wna.outbox.oldest.pending.age.seconds", this, b -> b.snapshot().oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest outbox event not yet acknowledged by the broker").register(metrics);
    }

    /** The backlog now; read at most once a second (scrapes and health probes share it). */
    public Snapshot snapshot() {
        Snapshot s = last;
        if (Duration.between(s.takenAt(), Instant.now()).toMillis() < 1000) {
            return s;
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(pendingQuery)) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            Instant now = Instant.now();
            s = new Snapshot(rs.getLong(1), oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now), now);
            last = s;
            return s;
        } catch (SQLException e) {
            return s; // the database check reports the database; keep the last figure
        }
    }
}
