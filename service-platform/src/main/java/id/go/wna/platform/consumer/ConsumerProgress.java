package id.go.wna.platform.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this instance's consumers are doing, per consumer and partition: the last offset they finished (applied,
 * skipped as a duplicate or dead-lettered), when, and the record they are working on now with its attempts and what
 * it waits for. Operators read it in {@code GET /api/v1/admin/consumers} and as gauges in {@code /q/metrics}
 * ({@code wna_consumer_position}, {@code wna_consumer_last_progress_age_seconds},
 * {@code wna_consumer_in_flight_age_seconds}); lag comes with the broker's end offsets ({@link ConsumerPositions}).
 */
@ApplicationScoped
public class ConsumerProgress {

    /** One consumer's partition as this instance sees it. */
    public static final class Partition {
        public final String consumer;
        public final String topic;
        public final int partition;
        private volatile long finishedOffset = -1;
        private volatile Instant lastProgressAt;
        private volatile Long inFlightOffset;
        private volatile Instant inFlightSince;
        private volatile int attempts;
        private volatile String waitingFor;
        private volatile String lastError;

        Partition(String consumer, String topic, int partition) {
            this.consumer = consumer;
            this.topic = topic;
            this.partition = partition;
        }

        /** The next offset this instance will read, or -1 before its first record. */
        public long position() {
            return finishedOffset < 0 ? -1 : finishedOffset + 1;
        }

        public Instant lastProgressAt() {
            return lastProgressAt;
        }

        public Long inFlightOffset() {
            return inFlightOffset;
        }

        public Instant inFlightSince() {
            return inFlightSince;
        }

        public int attempts() {
            return attempts;
        }

        public String waitingFor() {
            return waitingFor;
        }

        public String lastError() {
            return lastError;
        }
    }

    private final Map<String, Partition> partitions = new ConcurrentHashMap<>();
    private final MeterRegistry metrics;
    private final Clock clock;

    public ConsumerProgress(MeterRegistry metrics) {
        this.metrics = metrics;
        this.clock = Clock.systemUTC();
    }

    /** The consumer starts working on {@code record} (a first attempt). */
    public void started(String consumer, ConsumerRecord<?, ?> record) {
        Partition p = of(consumer, record);
        p.inFlightOffset = record.offset();
        p.inFlightSince = clock.instant();
        p.attempts = 0;
        p.waitingFor = null;
    }

    /** An attempt failed; the consumer will try again (or waits for {@code waitingFor}, when not null). */
    public void failed(String consumer, ConsumerRecord<?, ?> record, int attempts, String error, String waitingFor) {
        Partition p = of(consumer, record);
        p.attempts = attempts;
        p.lastError = error;
        p.waitingFor = waitingFor;
    }

    /** The consumer is done with {@code record}: applied, a duplicate, or kept as a dead letter. */
    public void finished(String consumer, ConsumerRecord<?, ?> record) {
        Partition p = of(consumer, record);
        if (record.offset() > p.finishedOffset) {
            p.finishedOffset = record.offset();
        }
        p.lastProgressAt = clock.instant();
        if (p.inFlightOffset != null && p.inFlightOffset <= record.offset()) {
            p.inFlightOffset = null;
            p.inFlightSince = null;
            p.attempts = 0;
            p.waitingFor = null;
        }
    }

    /** Every partition this instance has consumed from, by consumer, topic and partition. */
    public List<Partition> partitions() {
        return partitions.values().stream()
                .sorted(Comparator.comparing((Partition p) -> p.consumer).thenComparing(p -> p.topic).thenComparingInt(p -> p.partition))
                .toList();
    }

    /** The partition's state if this instance has consumed from it. */
    public Partition find(String consumer, String topic, int partition) {
        return partitions.get(key(consumer, topic, partition));
    }

    /** How long the oldest record in flight has been worked on, over all partitions; zero when none is. */
    public Duration longestInFlight() {
        Instant now = clock.instant();
        return partitions.values().stream().map(p -> p.inFlightSince).filter(java.util.Objects::nonNull)
                .map(since -> Duration.between(since, now)).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    private Partition of(String consumer, ConsumerRecord<?, ?> record) {
        return partitions.computeIfAbsent(key(consumer, record.topic(), record.partition()), k -> {
            Partition p = new Partition(consumer, record.topic(), record.partition());
            Tags tags = Tags.of("consumer", consumer, "topic", record.topic(), "partition", String.valueOf(record.partition()));
            Gauge.builder("wna.consumer.position", p, Partition::position)
                    .description("The next offset this instance's consumer reads in the partition").tags(tags).register(metrics);
            Gauge.builder("wna.consumer.last.progress.age.seconds", p, this::lastProgressAgeSeconds)
                    .description("Seconds since the consumer last finished a record of the partition").tags(tags).register(metrics);
            Gauge.builder("wna.consumer.in.flight.age.seconds", p, this::inFlightAgeSeconds)
                    .description("Seconds the record being worked on has taken so far (0 when none)").tags(tags).register(metrics);
            return p;
        });
    }

    private double lastProgressAgeSeconds(Partition p) {
        Instant at = p.lastProgressAt;
        return at == null ? 0 : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }

    private double inFlightAgeSeconds(Partition p) {
        Instant since = p.inFlightSince;
        return since == null ? 0 : Duration.between(since, clock.instant()).toMillis() / 1000.0;
    }

    private static String key(String consumer, String topic, int partition) {
        return consumer + '\u0001' + topic + '\u0001' + partition;
    }
}
