package id.go.wna.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.platform.events.KafkaProducers;
import id.go.wna.platform.events.KafkaSettings;
import id.go.wna.platform.idempotency.IdempotencyKeys;
import id.go.wna.platform.outbox.Outbox;
import id.go.wna.platform.outbox.OutboxRelay;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two instances of a service relay one outbox: each event is published once, in order per key, by either. */
@QuarkusTest
class OutboxRelayTest {

    private static final String SERVICE = "reciprocity-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void allowTestTopics() {
        RealInfrastructure.allowTestTopics(SERVICE, "platform-test-");
    }

    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    IdempotencyKeys idempotencyKeys;

    public record Step(String aggregate, int seq) {
    }

    @Test
    void twoRelaysOnOneOutboxBothPublishAndEachEventLeavesOnceInOrderPerKey() throws Exception {
        String topic = "platform-test-two-relays." + UUID.randomUUID();
        // A second instance: its own producer, the same database, relaying as fast as it can.
        KafkaProducers secondProducer = new KafkaProducers(new KafkaSettings(RealInfrastructure.kafkaClientAs(SERVICE)), SERVICE + "-second");
        OutboxRelay second = new OutboxRelay(dataSource, secondProducer, SERVICE, 20, Duration.ofMillis(50),
                Duration.ofSeconds(1), Duration.ofDays(7), Duration.ZERO, idempotencyKeys, List.of());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger publishedBySecond = new AtomicInteger();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread secondRelay = new Thread(() -> {
            while (running.get()) {
                try {
                    int n = second.publishBatch();
                    publishedBySecond.addAndGet(n);
                    if (n == 0) Thread.sleep(5);
                } catch (Exception e) {
                    failures.add(e);
                }
            }
        });
        secondRelay.start();
        List<String> ids = new ArrayList<>();
        try {
            List<String> aggregates = List.of("a", "b", "c", "d", "e", "f");
            for (int seq = 0; seq < 50; seq++) { // 300 events, one transaction each, while both relays run
                for (String a : aggregates) {
                    int s = seq;
                    ids.add(QuarkusTransaction.requiringNew().call(() ->
                            outbox.record(topic, "TestAggregate", a, "TestStep.v1", new Step(a, s)).toString()));
                }
            }
            assertEachOnceInOrderPerKey(ids, readAll(topic, ids.size()));
        } finally {
            running.set(false);
            secondRelay.join(10_000);
            secondProducer.reliable().close();
        }
        assertTrue(failures.isEmpty(), "second relay failed: " + failures);
        assertTrue(publishedBySecond.get() > 0, "the second relay published none of " + ids.size() + " events");
        assertTrue(publishedBySecond.get() < ids.size(), "the service's own relay published none of " + ids.size() + " events");
    }

    /** Reads the topic until {@code expected} records arrived (or 60 s passed), and a little longer for duplicates. */
    private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(RealInfrastructure.kafkaClient(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "platform-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")), new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (all.size() < expected && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(300)).forEach(all::add);
            }
            long settle = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < settle) {
                c.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    private static void assertEachOnceInOrderPerKey(List<String> ids, List<ConsumerRecord<String, String>> records) throws Exception {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> lastSeq = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            String id = CloudEventHeaders.read(r.headers(), CloudEventHeaders.ID);
            assertTrue(seen.add(id), "event " + id + " was published twice");
            int seq = JSON.readTree(r.value()).get("seq").asInt();
            Integer previous = lastSeq.put(r.key(), seq);
            assertTrue(previous == null || previous < seq, "key " + r.key() + ": seq " + seq + " after " + previous);
        }
        assertEquals(new HashSet<>(ids), seen, "every committed event is published");
    }
}
