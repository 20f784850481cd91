package id.go.wna.cases;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.platform.outbox.Outbox;
import id.go.wna.platform.outbox.OutboxBacklog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Outbox figures on this machine (prints, asserts nothing timed). Run:
 * {@code ./mvnw -pl case-service -am verify -Dtest=OutboxBenchmark -Dbenchmarks.excluded=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class OutboxBenchmark {

    @BeforeAll
    static void allowTestTopics() {
        // The relay, as case-service, publishes to topics of this benchmark only.
        RealInfrastructure.allowTestTopics("case-service", "outbox-benchmark.");
    }

    @Inject
    Outbox outbox;
    @Inject
    OutboxBacklog backlog;

    public record Tick(int n) {
    }

    private boolean warmedUp;

    @Test
    void relayThroughputAndCommitToConsumerLatency() throws Exception {
        String topic = "outbox-benchmark." + UUID.randomUUID();
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(RealInfrastructure.kafkaClient(Map.of(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5)), new StringDeserializer(), new StringDeserializer())) {
                c.subscribe(List.of(topic));
                while (reading.get()) {
                    for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(20))) {
                        long now = System.nanoTime();
                        Long t0 = committedAt.remove(CloudEventHeaders.read(r.headers(), CloudEventHeaders.ID));
                        if (t0 != null) latenciesMicros.add((now - t0) / 1000);
                    }
                }
            }
        });
        reader.start();

        // 1. Latency at steady rates: one event per transaction, as a service records them. The first round warms
        //    up the JIT, the connection pool and the topic's metadata, and is not reported.
        for (int rate : new int[]{200, 50, 200, 500}) {
            boolean warmUp = latenciesMicros.isEmpty() && committedAt.isEmpty() && rate == 200 && !warmedUp;
            warmedUp = true;
            latenciesMicros.clear();
            int events = rate * 10;
            long intervalNanos = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                long due = start + i * intervalNanos;
                while (System.nanoTime() < due) Thread.onSpinWait();
                int n = i;
                String id = QuarkusTransaction.requiringNew().call(() ->
                        outbox.record(topic, "Bench", "key-" + (n % 64), "BenchTick.v1", new Tick(n)).toString());
                committedAt.put(id, System.nanoTime());
            }
            long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (latenciesMicros.size() < events && System.nanoTime() < waitUntil) Thread.sleep(20);
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            if (warmUp) continue;
            System.out.printf("BENCH commit-to-consumer at %d events/s (%d events): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    rate, sorted.size(), pct(sorted, 50), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
        }

        // 2. Relay throughput: a backlog of 20,000 committed events drained as fast as the relay can.
        int backlogSize = 20_000;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < backlogSize; i++) {
                outbox.record(topic, "Bench", "key-" + (i % 64), "BenchTick.v1", new Tick(i));
            }
        });
        long t0 = System.nanoTime();
        while (backlog.snapshot().pending() > 0 && System.nanoTime() - t0 < Duration.ofSeconds(120).toNanos()) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH relay throughput: %d events in %.2f s = %.0f events/s (published and acknowledged)%n",
                backlogSize, seconds, backlogSize / seconds);
        reading.set(false);
        reader.join(5000);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
